package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The starting point a target is measured from: a year and, where the plan states it, the value
 * in that year.
 *
 * <p>Where the value is not stated ("giảm 30% các TTHC" against the count when the plan was
 * adopted), scoring takes it from the observation of the baseline year. Immutable and
 * thread-safe.
 *
 * @param year the baseline year
 * @param value the value in that year, or empty if the plan does not state it
 */
public record Baseline(int year, OptionalDouble value) {

  /**
   * Validates the baseline.
   *
   * @param year from {@value Horizon#MIN_YEAR} to {@value Horizon#MAX_YEAR}
   * @param value finite where present
   */
  public Baseline {
    Checks.inRange("Baseline.year", year, Horizon.MIN_YEAR, Horizon.MAX_YEAR);
    Objects.requireNonNull(value, "Baseline.value");
    if (value.isPresent()) {
      Checks.finite("Baseline.value", value.getAsDouble());
    }
  }

  /**
   * A baseline with a stated value.
   *
   * @param year the year
   * @param value the value in that year, finite
   * @return the baseline
   */
  public static Baseline of(int year, double value) {
    return new Baseline(year, OptionalDouble.of(value));
  }

  /**
   * A baseline year whose value the plan does not state.
   *
   * @param year the year
   * @return the baseline
   */
  public static Baseline ofYear(int year) {
    return new Baseline(year, OptionalDouble.empty());
  }

  @Override
  public String toString() {
    return value.isPresent() ? year + ": " + Checks.number(value.getAsDouble()) : Integer.toString(year);
  }
}
