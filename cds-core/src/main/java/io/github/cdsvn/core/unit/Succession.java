package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One link of lineage: an old unit went, fully or partly, into a new unit on a date.
 *
 * <p>Lineage is many-to-many: a new commune is made from several old ones, and an old commune
 * split between new ones has a {@link SuccessionType#PARTIAL} link to each. Immutable and
 * thread-safe.
 *
 * @param predecessor the old unit, in force the day before {@code effective}
 * @param successor the new unit, in force on {@code effective}
 * @param type whether all or part of the predecessor went into the successor
 * @param effective the first day of the successor
 */
public record Succession(AdministrativeUnit predecessor, AdministrativeUnit successor,
    SuccessionType type, LocalDate effective) {

  /**
   * Validates the link.
   *
   * @param predecessor the old unit
   * @param successor the new unit
   * @param type full or partial
   * @param effective the first day of the successor
   * @throws InvalidValueException if the predecessor is not in force the day before
   *     {@code effective} or the successor not on it
   */
  public Succession {
    Objects.requireNonNull(predecessor, "Succession.predecessor");
    Objects.requireNonNull(successor, "Succession.successor");
    Objects.requireNonNull(type, "Succession.type");
    Objects.requireNonNull(effective, "Succession.effective");
    if (!predecessor.isValidOn(effective.minusDays(1))) {
      throw new InvalidValueException("Succession.predecessor", predecessor,
          "must be in force on " + effective.minusDays(1) + ", the day before the succession");
    }
    if (!successor.isValidOn(effective)) {
      throw new InvalidValueException("Succession.successor", successor,
          "must be in force on " + effective + ", the day of the succession");
    }
  }

  /**
   * Obtains a link.
   *
   * @param predecessor the old unit
   * @param successor the new unit
   * @param type full or partial
   * @param effective the first day of the successor
   * @return the link
   */
  public static Succession of(AdministrativeUnit predecessor, AdministrativeUnit successor,
      SuccessionType type, LocalDate effective) {
    return new Succession(predecessor, successor, type, effective);
  }

  @Override
  public String toString() {
    return predecessor.fullName() + " (" + predecessor.code() + ") → " + successor.fullName()
        + " (" + successor.code() + "), " + type.label().en() + ", " + effective;
  }
}
