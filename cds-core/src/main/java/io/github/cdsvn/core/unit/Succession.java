package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;

/**
 * One link of lineage: an old unit went, fully or partly, into a new unit on a date.
 *
 * <p>Lineage is many-to-many: a new commune is made from several old ones, and an old commune
 * split between new ones has a {@link SuccessionType#PARTIAL} link to each. Two links are equal
 * when their units, type and date are. Immutable and thread-safe.
 */
public sealed interface Succession permits UnitRecords.Succession {

  /**
   * Obtains a link.
   *
   * @param predecessor the old unit, in force the day before {@code effective}
   * @param successor the new unit, in force on {@code effective}
   * @param type whether all or part of the predecessor went into the successor
   * @param effective the first day of the successor
   * @return the link
   * @throws InvalidValueException if the predecessor is not in force the day before
   *     {@code effective} or the successor not on it
   */
  static Succession of(AdministrativeUnit predecessor, AdministrativeUnit successor,
      SuccessionType type, LocalDate effective) {
    return new UnitRecords.Succession(predecessor, successor, type, effective);
  }

  /**
   * Returns the old unit.
   *
   * @return the unit, in force the day before {@link #effective()}
   */
  AdministrativeUnit predecessor();

  /**
   * Returns the new unit.
   *
   * @return the unit, in force on {@link #effective()}
   */
  AdministrativeUnit successor();

  /**
   * Returns whether all or part of the predecessor went into the successor.
   *
   * @return full or partial
   */
  SuccessionType type();

  /**
   * Returns the first day of the successor.
   *
   * @return the day the link takes effect
   */
  LocalDate effective();
}
