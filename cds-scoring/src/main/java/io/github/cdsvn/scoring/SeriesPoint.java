package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a series on the day it counts as observed: the end of an observation's period, or
 * the end of a baseline year whose value a plan states.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day the value counts as observed
 * @param value the value, finite
 */
public record SeriesPoint(LocalDate date, double value) {

  /**
   * Validates the point.
   *
   * @param date the day, not null
   * @param value finite
   * @throws InvalidValueException if the value is NaN or infinite
   */
  public SeriesPoint {
    Objects.requireNonNull(date, "SeriesPoint.date");
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("SeriesPoint.value", value, "must be a finite number");
    }
  }

  /**
   * Obtains a point.
   *
   * @param date the day the value counts as observed
   * @param value the value, finite
   * @return the point
   * @throws InvalidValueException if the value is NaN or infinite
   */
  public static SeriesPoint of(LocalDate date, double value) {
    return new SeriesPoint(date, value);
  }
}
