package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unit a plan is scored for: its code, what is known of it, its own level, the days its code
 * names it (with a unit registry), or why it is not known. The one place where the days an
 * observation may be dated ({@link #firstDay()}, {@link #lastDay(long)}) and the level a target
 * is read at ({@link #levelRead}) are worked out. Immutable and thread-safe.
 *
 * @param code the code scored
 * @param unit the unit, where known
 * @param ownLevel the unit's own level
 * @param window the days the code names the unit, with a registry
 * @param unknown why the registry does not know the unit, if it does not
 */
record Subject(String code, Optional<AdministrativeUnit> unit, AdministrativeLevel ownLevel,
    Optional<Validity> window, Optional<Label> unknown) {

  /** The unit that adopted a plan, read with a registry where one is given. */
  static Subject ofPlan(Plan plan, Optional<UnitRegistry> registry) {
    AdministrativeUnit own = plan.unit();
    if (registry.isEmpty()) {
      return new Subject(own.code(), Optional.of(own), own.level(), Optional.empty(), Optional.empty());
    }
    UnitRegistry units = registry.get();
    Optional<AdministrativeUnit> found = units.unitsWithCode(own.code()).contains(own) ? Optional.of(own)
        : Optional.empty();
    List<LocalDate> anchors = new ArrayList<>();
    plan.documents().stream().map(Document::date).flatMap(Optional::stream).findFirst().ifPresent(anchors::add);
    own.validity().from().ifPresent(anchors::add);
    own.validity().until().ifPresent(anchors::add);
    for (LocalDate d : anchors) {
      if (found.isEmpty()) {
        found = units.find(own.code(), d);
      }
    }
    if (found.isEmpty()) {
      return new Subject(own.code(), Optional.of(own), own.level(), Optional.empty(), Optional.of(Label.of(
          "danh mục đơn vị không có " + own.fullName() + " (mã " + own.code() + ")",
          "the unit registry does not know " + own.fullName() + " (code " + own.code() + ")")));
    }
    AdministrativeUnit u = found.get();
    return new Subject(u.code(), found, u.level(), Optional.of(u.validity()), Optional.empty());
  }

  /**
   * The unit that has a code on the as-of date: with a registry, the one it names then; without,
   * a unit of the plan's level, or of the one level under which the standard registry knows the
   * code (the nation and the provinces).
   */
  static Subject ofCode(Plan plan, String code, LocalDate asOf, Optional<UnitRegistry> registry) {
    if (registry.isPresent()) {
      Optional<AdministrativeUnit> u = registry.get().find(code, asOf);
      if (u.isEmpty()) {
        return new Subject(code, Optional.empty(), plan.unit().level(), Optional.empty(), Optional.of(
            Texts.both(lang -> (lang == Texts.VI ? "danh mục đơn vị không có đơn vị nào mang mã " + code + " vào ngày "
                : "the unit registry has no unit with code " + code + " on ") + Texts.date(asOf, lang))));
      }
      return new Subject(code, u, u.get().level(), Optional.of(u.get().validity()), Optional.empty());
    }
    AdministrativeLevel level = plan.unit().level();
    if (!code.equals(plan.unit().code())) {
      // the level of a code the standard registry knows at one level only
      AdministrativeLevel known = null;
      boolean one = true;
      for (AdministrativeUnit u : UnitRegistry.standard().unitsWithCode(code)) {
        if (known == null) {
          known = u.level();
        } else if (known != u.level()) {
          one = false;
        }
      }
      if (known != null && one) {
        level = known;
      }
    }
    return new Subject(code, Optional.empty(), level, Optional.empty(), Optional.empty());
  }

  /**
   * The level a target is read at for a unit: the level it is mapped to, except that a target at
   * the plan's own level is read at the unit's own level (the national programme scored for a
   * province reads the province's figures).
   *
   * @param mapped the target's level, after the scorer's level mapping
   * @param planLevel the level of the plan's adopting unit
   * @param ownLevel the unit's own level
   * @return the level read
   */
  static AdministrativeLevel levelRead(AdministrativeLevel mapped, AdministrativeLevel planLevel,
      AdministrativeLevel ownLevel) {
    return mapped == planLevel && ownLevel != mapped ? ownLevel : mapped;
  }

  /**
   * The first day an observation used for this unit may be dated, as an epoch day: the start of
   * the days its code names it, or {@link Long#MIN_VALUE} for none.
   */
  long firstDay() {
    return window.isPresent() && window.get().from().isPresent() ? window.get().from().get().toEpochDay()
        : Long.MIN_VALUE;
  }

  /**
   * The last day an observation used for this unit may be dated, as an epoch day: the as-of
   * date, or the end of the days its code names it if that is earlier.
   *
   * @param asOfDay the as-of date, as an epoch day
   */
  long lastDay(long asOfDay) {
    return window.isPresent() && window.get().until().isPresent()
        ? Math.min(asOfDay, window.get().until().get().toEpochDay()) : asOfDay;
  }
}
