package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.time.LocalDate;

/**
 * One link of lineage: an old unit went, fully or partly, into a new unit on a date.
 *
 * <p>Lineage is many-to-many: a new commune is made from several old ones, and an old commune
 * split between new ones has a {@link Type#PARTIAL} link to each. Two links are equal
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
      Type type, LocalDate effective) {
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
  Type type();

  /**
   * Returns the first day of the successor.
   *
   * @return the day the link takes effect
   */
  LocalDate effective();

  /** How much of an old unit went into a new one. */
  enum Type {
    /** The whole old unit went into the new one (toàn bộ). */
    FULL(Label.of("toàn bộ", "full")),
    /** Only part of the old unit went into the new one (một phần); the rest went elsewhere. */
    PARTIAL(Label.of("một phần", "partial"));

    private final Label label;

    Type(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this type.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }
}
