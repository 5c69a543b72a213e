package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The codes of the units a reader refused, so that what refers to them is not reported again: a
 * unit whose parent is one of them is checked without its parent, and a link of lineage naming
 * one of them is not reported as naming no unit. The refused unit's own problems say what is
 * wrong; once they are fixed, the next reading checks the references. Not thread-safe: one per
 * reading.
 */
final class RefusedUnits {
  private final Set<String> codes = new HashSet<>();

  /** Remembers the code of a unit refused; {@code null} (no code read) is ignored. */
  void add(String code) {
    if (code != null) {
      codes.add(code);
    }
  }

  /** Tells whether a unit with this code was refused. */
  boolean contains(String code) {
    return codes.contains(code);
  }

  /** The unit, without its parent if a unit with the parent's code was refused. */
  AdministrativeUnit withoutRefusedParent(AdministrativeUnit unit) {
    if (unit.parentCode().isPresent() && codes.contains(unit.parentCode().get())) {
      return AdministrativeUnit.builder().from(unit).parentCode(Optional.empty()).build();
    }
    return unit;
  }
}
