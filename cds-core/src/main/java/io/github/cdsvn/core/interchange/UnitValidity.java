package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;

/** The validity of a unit read from a file, whose two ends are each given or open. */
final class UnitValidity {
  private UnitValidity() {}

  /**
   * Returns the validity between two ends, {@code null} for an open end.
   *
   * @throws io.github.cdsvn.core.InvalidValueException if {@code until} is before {@code from}
   */
  static Validity of(LocalDate from, LocalDate until) {
    if (from == null) {
      return until == null ? Validity.always() : Validity.until(until);
    }
    return until == null ? Validity.from(from) : Validity.between(from, until);
  }
}
