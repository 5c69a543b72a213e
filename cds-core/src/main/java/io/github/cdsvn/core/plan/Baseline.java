package io.github.cdsvn.core.plan;

import java.util.OptionalDouble;

/**
 * The starting point a target is measured from: a year and, where the plan states it, the value
 * in that year.
 *
 * <p>Where the value is not stated ("giảm 30% các TTHC" against the count when the plan was
 * adopted), scoring takes it from the observation of the baseline year. Two baselines are equal
 * when year and value are; {@code toString()} is {@code "2020: 45"}, or the year alone.
 * Immutable and thread-safe.
 */
public sealed interface Baseline permits PlanRecords.Baseline {

  /**
   * A baseline with a stated value.
   *
   * @param year the year, from {@value Horizon#MIN_YEAR} to {@value Horizon#MAX_YEAR}
   * @param value the value in that year, finite
   * @return the baseline
   * @throws io.github.cdsvn.core.InvalidValueException if the year is out of range or the value
   *     not finite
   */
  static Baseline of(int year, double value) {
    return new PlanRecords.Baseline(year, OptionalDouble.of(value));
  }

  /**
   * A baseline year whose value the plan does not state.
   *
   * @param year the year, from {@value Horizon#MIN_YEAR} to {@value Horizon#MAX_YEAR}
   * @return the baseline
   * @throws io.github.cdsvn.core.InvalidValueException if the year is out of range
   */
  static Baseline ofYear(int year) {
    return new PlanRecords.Baseline(year, OptionalDouble.empty());
  }

  /**
   * Returns the baseline year.
   *
   * @return the year
   */
  int year();

  /**
   * Returns the value in the baseline year.
   *
   * @return the value, or empty if the plan does not state it
   */
  OptionalDouble value();
}
