package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value expected at the horizon if the observed trend goes on, and whether the bound would
 * then hold.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the horizon's end date
 * @param value the projected value, finite, kept within the measure's range
 * @param meetsTarget whether the bound would hold for that value
 */
public record Projection(LocalDate date, double value, boolean meetsTarget) {

  /**
   * Validates the projection.
   *
   * @param date not null
   * @param value finite
   * @param meetsTarget whether the bound holds
   * @throws InvalidValueException if the value is not finite
   */
  public Projection {
    Objects.requireNonNull(date, "Projection.date");
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("Projection.value", value, "must be a finite number");
    }
  }
}
