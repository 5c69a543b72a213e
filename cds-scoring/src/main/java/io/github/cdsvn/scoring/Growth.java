package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The arithmetic of yearly growth that attainment rules and trajectory methods share: years
 * between two days, compound annual growth (CAGR) and the straight-line rate.
 *
 * <p>Years are counted from the dates: whole years first, then the remaining days as a share of
 * the year that follows, so 31 December 2020 to 31 December 2024 is exactly 4 years and
 * 31 December 2024 to 30 June 2025 is 181/365. This class has only static methods and is
 * thread-safe.
 */
public final class Growth {
  private Growth() {}

  /**
   * Returns the number of years from one day to another.
   *
   * @param from the first day
   * @param to the last day
   * @return the years, negative if {@code to} is before {@code from}
   */
  public static double years(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -years(to, from);
    }
    long whole = ChronoUnit.YEARS.between(from, to);
    LocalDate anniversary = from.plusYears(whole);
    long rest = ChronoUnit.DAYS.between(anniversary, to);
    long yearLength = ChronoUnit.DAYS.between(anniversary, from.plusYears(whole + 1));
    return whole + (double) rest / yearLength;
  }

  /**
   * Returns the compound annual growth rate from one value to another,
   * {@code (last / first)^(1 / years) − 1}, as a fraction (0.125 for 12.5% a year).
   *
   * @param first the first value
   * @param last the last value
   * @param years the years between them
   * @return the rate, or empty where it is undefined: {@code years <= 0}, a negative value, or a
   *     first value of 0; the rate may be infinite where the ratio overflows
   * @throws InvalidValueException if an argument is NaN or infinite
   */
  public static OptionalDouble compoundRate(double first, double last, double years) {
    finite("first", first);
    finite("last", last);
    finite("years", years);
    if (years <= 0 || first <= 0 || last < 0) {
      return OptionalDouble.empty();
    }
    double ratio = last / first;
    if (ratio == 0) {
      return OptionalDouble.of(last == 0 ? -1 : Math.expm1((Math.log(last) - Math.log(first)) / years));
    }
    if (Double.isInfinite(ratio)) {
      return OptionalDouble.of(Math.expm1((Math.log(last) - Math.log(first)) / years));
    }
    return OptionalDouble.of(Math.pow(ratio, 1 / years) - 1);
  }

  /**
   * Returns the value reached from a start after some years of compound growth at a rate.
   *
   * @param start the starting value
   * @param rate the yearly rate as a fraction, above −1
   * @param years the years of growth, not negative
   * @return {@code start × (1 + rate)^years}
   */
  public static double compound(double start, double rate, double years) {
    return start * Math.pow(1 + rate, years);
  }

  /**
   * Returns the straight-line change per year from one value to another.
   *
   * @param first the first value
   * @param last the last value
   * @param years the years between them
   * @return {@code (last − first) / years}, or empty if {@code years <= 0}
   * @throws InvalidValueException if an argument is NaN or infinite
   */
  public static OptionalDouble linearRate(double first, double last, double years) {
    finite("first", first);
    finite("last", last);
    finite("years", years);
    if (years <= 0) {
      return OptionalDouble.empty();
    }
    double slope = last / years - first / years;
    return OptionalDouble.of(slope);
  }

  private static void finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("Growth." + field, value, "must be a finite number");
    }
  }
}
