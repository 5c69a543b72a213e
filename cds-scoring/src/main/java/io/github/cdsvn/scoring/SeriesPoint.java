package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One value of a series on the day it counts as observed: the end of an observation's period, or
 * the end of a baseline year whose value a plan states. Obtained from {@link #of}; immutable and
 * thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class SeriesPoint {

  SeriesPoint() {}

  /**
   * Obtains a point.
   *
   * @param date the day the value counts as observed
   * @param value the value, finite
   * @return the point
   * @throws InvalidValueException if the value is NaN or infinite
   */
  public static SeriesPoint of(LocalDate date, double value) {
    return ImmutableSeriesPoint.of(date, value);
  }

  /**
   * Returns the day the value counts as observed.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the value.
   *
   * @return the value, finite
   */
  @Value.Parameter
  public abstract double value();

  @Value.Check
  void check() {
    InvalidValueException.requireFinite("SeriesPoint.value", value());
  }
}
