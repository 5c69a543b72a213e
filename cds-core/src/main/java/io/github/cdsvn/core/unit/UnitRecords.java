package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record behind {@link io.github.cdsvn.core.unit.Succession}: it checks its units against the
 * date when made, and only {@link io.github.cdsvn.core.unit.Succession#of} makes it.
 */
final class UnitRecords {
  private UnitRecords() {}

  record Succession(AdministrativeUnit predecessor, AdministrativeUnit successor, io.github.cdsvn.core.unit.Succession.Type type,
      LocalDate effective) implements io.github.cdsvn.core.unit.Succession {
    Succession {
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

    @Override
    public String toString() {
      return predecessor.fullName() + " (" + predecessor.code() + ") → " + successor.fullName()
          + " (" + successor.code() + "), " + type.label().en() + ", " + effective;
    }
  }
}
