package io.github.cdsvn.scoring.uncertainty;

import io.github.cdsvn.core.InvalidValueException;

/**
 * A closed interval of real numbers, such as a bootstrap confidence interval or the 5th to 95th
 * percentile of a unit's rank. Two intervals are equal when their ends are. Immutable and
 * thread-safe.
 *
 * @param lower the lower end, finite
 * @param upper the upper end, finite, not below the lower end
 */
public record Interval(double lower, double upper) {

  /**
   * Validates the interval.
   *
   * @param lower the lower end, finite
   * @param upper the upper end, finite, not below the lower end
   * @throws InvalidValueException if an end is not finite or the ends are the wrong way round
   */
  public Interval {
    if (!Double.isFinite(lower)) {
      throw new InvalidValueException("Interval.lower", lower, "a finite number");
    }
    if (!Double.isFinite(upper) || upper < lower) {
      throw new InvalidValueException("Interval.upper", upper, "a finite number, not below the lower end " + lower);
    }
  }

  /**
   * Tells whether a number lies in the interval, ends included.
   *
   * @param x the number
   * @return {@code true} if {@code lower <= x <= upper}
   */
  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper - lower}
   */
  public double width() {
    return upper - lower;
  }
}
