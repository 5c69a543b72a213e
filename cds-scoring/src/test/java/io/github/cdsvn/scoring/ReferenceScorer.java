package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A second, deliberately plain reading of the scoring rules, to check the engine behind
 * {@link Scorer} against, number for number. It uses public API only, never the engine's classes.
 *
 * <p>It follows the javadoc of {@link Scorer}, {@link TargetResult}, {@link IndexScore},
 * {@link IndexScore.Component}, {@link Weights}, {@link AttainmentInput} and {@link TrajectoryInput}; where
 * that is silent, what the engine does, spelled out on the method that does it:
 * <ul>
 *   <li>on a day in both the own-level series and the series stated at the unit's own level, the
 *       own-level observation is read ({@link #series});
 *   <li>a baseline read from the observations is the latest usable one of its year; a series
 *       starts at the baseline only where the baseline is before the latest value, else it is
 *       every usable observation ({@link #prepare});
 *   <li>a plan's own unit is looked up in a registry on a few dates ({@link #planUnit}); without
 *       a registry, a unit scored by code is not known, even by the plan's own code
 *       ({@link #unitByCode});
 *   <li>a series carrying another definition of the indicator is refused whatever its dates,
 *       where the target is in force and the unit known ({@link #target});
 *   <li>a pillar none of whose targets is applicable with a weight above 0 is not applicable in
 *       the composite ({@link #aggregate}).
 * </ul>
 */
final class ReferenceScorer {
  private final Profile profile;
  private final Optional<UnitRegistry> registry;
  private final Map<AdministrativeLevel, AdministrativeLevel> levels;

  ReferenceScorer(Profile profile, Optional<UnitRegistry> registry,
      Map<AdministrativeLevel, AdministrativeLevel> levels) {
    this.profile = profile;
    this.registry = registry;
    this.levels = Map.copyOf(levels);
  }

  /** The numbers of a scorecard. */
  record Card(String unitCode, Optional<AdministrativeUnit> unit, List<Result> targets, List<Index> pillars,
      Index composite, boolean illustrative) {}

  /** The numbers of a target's result. */
  record Result(Target target, TargetResult.Outcome outcome, AdministrativeLevel level, OptionalDouble value,
      OptionalDouble attainment, boolean met, Optional<String> rule, double weight, boolean illustrative,
      Optional<Trajectory> trajectory) {}

  /** The numbers of a pillar index (with its pillar) or of the composite (without). */
  record Index(Optional<Pillar> pillar, String aggregator, OptionalDouble score, double coverage, double threshold,
      List<IndexScore.Component> components) {}

  /** The unit scored: its code, what is known of it, its own level, the days its code names it. */
  private record Subject(String code, Optional<AdministrativeUnit> unit, AdministrativeLevel ownLevel,
      Optional<Validity> window, boolean unknown) {}

  /** A baseline value and the day it counts for; stated by the plan or observed. */
  private record Base(double value, LocalDate date, boolean stated) {}

  /** An attainment input and the observations it rests on. */
  private record Case(AttainmentInput input, List<Observation> used) {}

  /** Scores a plan for the unit that adopted it. */
  Card score(Plan plan, ObservationSet set, LocalDate asOf) {
    return card(plan, planUnit(plan), set, asOf);
  }

  /** Scores a plan's targets for the unit with a code. */
  Card score(Plan plan, String code, ObservationSet set, LocalDate asOf) {
    InvalidValueException.requireNonBlank("unitCode", code);
    return card(plan, unitByCode(plan, code, asOf), set, asOf);
  }

  /** Scores a plan's targets for many units, each code once, in code order. */
  List<Card> scoreAll(Plan plan, Collection<String> codes, ObservationSet set, LocalDate asOf) {
    for (String code : codes) {
      InvalidValueException.requireNonBlank("unitCodes[]", code);
    }
    List<Card> cards = new ArrayList<>();
    for (String code : new TreeSet<>(codes)) {
      cards.add(score(plan, code, set, asOf));
    }
    return cards;
  }

  /**
   * The plan's own unit. Without a registry, the unit as the plan names it. With one, the plan's
   * unit where the registry holds it; else the unit the registry names by its code on the date of
   * the plan's first dated document, the first day of the unit's validity, or its last day, the
   * first of these found; else it is unknown, and every target in force has no data.
   */
  private Subject planUnit(Plan plan) {
    AdministrativeUnit own = plan.unit();
    if (registry.isEmpty()) {
      return new Subject(own.code(), Optional.of(own), own.level(), Optional.empty(), false);
    }
    UnitRegistry units = registry.get();
    if (units.unitsWithCode(own.code()).contains(own)) {
      return new Subject(own.code(), Optional.of(own), own.level(), Optional.of(own.validity()), false);
    }
    List<LocalDate> dates = new ArrayList<>();
    for (Document d : plan.documents()) {
      if (d.date().isPresent()) {
        dates.add(d.date().get());
        break;
      }
    }
    own.validity().from().ifPresent(dates::add);
    own.validity().until().ifPresent(dates::add);
    for (LocalDate date : dates) {
      Optional<AdministrativeUnit> u = units.find(own.code(), date);
      if (u.isPresent()) {
        return new Subject(own.code(), u, u.get().level(), Optional.of(u.get().validity()), false);
      }
    }
    return new Subject(own.code(), Optional.of(own), own.level(), Optional.empty(), true);
  }

  /**
   * The unit with a code. With a registry: the unit it names on the as-of date, its level and
   * validity; unknown (every target in force without data) where it names none. Without one, no
   * unit is known (not even for the plan's own code), and the own level is the plan's, or for
   * another code the one level at which the standard registry knows it.
   */
  private Subject unitByCode(Plan plan, String code, LocalDate asOf) {
    if (registry.isPresent()) {
      Optional<AdministrativeUnit> u = registry.get().find(code, asOf);
      return u.isPresent() ? new Subject(code, u, u.get().level(), Optional.of(u.get().validity()), false)
          : new Subject(code, Optional.empty(), plan.unit().level(), Optional.empty(), true);
    }
    AdministrativeLevel level = plan.unit().level();
    if (!code.equals(plan.unit().code())) {
      TreeSet<AdministrativeLevel> known = new TreeSet<>();
      for (AdministrativeUnit u : UnitRegistry.standard().unitsWithCode(code)) {
        known.add(u.level());
      }
      if (known.size() == 1) {
        level = known.first();
      }
    }
    return new Subject(code, Optional.empty(), level, Optional.empty(), false);
  }

  private Card card(Plan plan, Subject unit, ObservationSet set, LocalDate asOf) {
    List<Result> results = new ArrayList<>();
    for (Target t : plan.targets()) {
      results.add(target(plan, t, unit, set, asOf));
    }
    return aggregate(profile, unit.code(), unit.unit(), results);
  }

  private Result target(Plan plan, Target t, Subject unit, ObservationSet set, LocalDate asOf) {
    double weight = profile.weights().of(t);
    AdministrativeLevel level = levels.getOrDefault(t.level(), t.level());
    if (!level.isInForceOn(asOf)) {
      return unscored(t, TargetResult.Outcome.NOT_APPLICABLE, level, weight);
    }
    if (level == plan.unit().level()) {
      // the plan's own level (after mapping) is read as the unit's own level
      level = unit.ownLevel();
    }
    if (unit.unknown()) {
      return unscored(t, TargetResult.Outcome.NO_DATA, level, weight);
    }
    List<Observation> series = series(set, unit.code(), t.indicator().code(), level, unit.ownLevel());
    // every observation of the series, whatever its date, must carry the target's definition
    for (Observation o : series) {
      if (!o.indicator().equals(t.indicator())) {
        throw new InvalidValueException("Observation.indicator", o, "the definition of target " + t.key()
            + "'s indicator, " + t.indicator());
      }
    }
    List<Observation> usable = new ArrayList<>();
    for (Observation o : series) {
      boolean inWindow = unit.window().isEmpty() || unit.window().get().contains(o.date());
      if (inWindow && !o.date().isAfter(asOf)) {
        usable.add(o);
      }
    }
    if (usable.isEmpty()) {
      return unscored(t, TargetResult.Outcome.NO_DATA, level, weight);
    }
    Bound.Kind kind = t.bound().kind();
    Base base = baseline(t, usable);
    if (base == null && (kind == Bound.Kind.RELATIVE_CHANGE || kind == Bound.Kind.MAINTAIN)) {
      return unscored(t, TargetResult.Outcome.NO_DATA, level, weight);
    }
    Case now = prepare(t, usable, base);
    if (now == null) {
      return unscored(t, TargetResult.Outcome.NO_DATA, level, weight);
    }
    AttainmentRule rule = profile.rule(kind);
    Attainment attainment = rule.attain(now.input());
    // the horizon is reached: the case at its end date, read with the same baseline
    Optional<AttainmentInput> atEnd = Optional.empty();
    Optional<Attainment> attainedAtEnd = Optional.empty();
    LocalDate end = t.horizon().endDate();
    if (asOf.isAfter(end) || usable.get(usable.size() - 1).date().equals(end)) {
      List<Observation> byEnd = new ArrayList<>();
      for (Observation o : usable) {
        if (!o.date().isAfter(end)) {
          byEnd.add(o);
        }
      }
      Case h = byEnd.isEmpty() ? null : prepare(t, byEnd, base);
      if (h != null) {
        atEnd = Optional.of(h.input());
        attainedAtEnd = Optional.of(rule.attain(h.input()));
      }
    }
    Trajectory trajectory = profile.trajectoryMethod().assess(atEnd.isPresent()
        ? TrajectoryInput.of(now.input(), attainment, t.horizon(), asOf, atEnd.get(), attainedAtEnd.get())
        : TrajectoryInput.of(now.input(), attainment, t.horizon(), asOf));
    boolean illustrative = false;
    for (Observation o : now.used()) {
      illustrative |= o.status() == Observation.Status.ILLUSTRATIVE;
    }
    return new Result(t, TargetResult.Outcome.SCORED, level, OptionalDouble.of(now.input().value()),
        OptionalDouble.of(attainment.value()), attainment.met(), Optional.of(attainment.rule()), weight, illustrative,
        Optional.of(trajectory));
  }

  private static Result unscored(Target t, TargetResult.Outcome outcome, AdministrativeLevel level, double weight) {
    return new Result(t, outcome, level, OptionalDouble.empty(), OptionalDouble.empty(), false, Optional.empty(),
        weight, false, Optional.empty());
  }

  /**
   * A unit's series of an indicator at a level, oldest first. At the unit's own level, its
   * own-level series and the series stated at that level are one: on a day both have, the
   * own-level observation is read.
   */
  private static List<Observation> series(ObservationSet set, String code, String indicator,
      AdministrativeLevel level, AdministrativeLevel own) {
    if (level != own) {
      return set.series(code, indicator, level);
    }
    TreeMap<LocalDate, Observation> byDay = new TreeMap<>();
    for (Observation o : set.series(code, indicator, level)) {
      byDay.put(o.date(), o);
    }
    for (Observation o : set.series(code, indicator)) {
      byDay.put(o.date(), o);
    }
    return new ArrayList<>(byDay.values());
  }

  /**
   * The baseline: the value the plan states, for the last day of its year; else the latest usable
   * observation in the baseline year; else none ({@code null}).
   */
  private static Base baseline(Target t, List<Observation> usable) {
    if (t.baseline().isEmpty()) {
      return null;
    }
    Baseline b = t.baseline().get();
    if (b.value().isPresent()) {
      return new Base(b.value().getAsDouble(), LocalDate.of(b.year(), 12, 31), true);
    }
    Base found = null;
    for (Observation o : usable) {
      if (o.date().getYear() == b.year()) {
        found = new Base(o.value(), o.date(), false);
      }
    }
    return found;
  }

  /**
   * The case scored from observations, oldest first: the value is the latest. Where a baseline
   * is known and its day is before the latest value's, the series starts at it: a stated
   * baseline is its first point, followed by the observations after its day; an observed one is
   * the first observation kept. Otherwise the series is every observation. Growth per year needs
   * two points and no negative value ({@code null} without them).
   */
  private static Case prepare(Target t, List<Observation> observations, Base base) {
    Observation latest = observations.get(observations.size() - 1);
    boolean fromBase = base != null && base.date().isBefore(latest.date());
    List<SeriesPoint> points = new ArrayList<>();
    List<Observation> used = new ArrayList<>();
    if (fromBase && base.stated()) {
      points.add(SeriesPoint.of(base.date(), base.value()));
    }
    for (Observation o : observations) {
      boolean kept = !fromBase
          || (base.stated() ? o.date().isAfter(base.date()) : !o.date().isBefore(base.date()));
      if (kept) {
        points.add(SeriesPoint.of(o.date(), o.value()));
        used.add(o);
      }
    }
    if (t.bound().kind() == Bound.Kind.GROWTH_PER_YEAR) {
      if (points.size() < 2) {
        return null;
      }
      for (SeriesPoint p : points) {
        if (p.value() < 0) {
          return null;
        }
      }
    }
    AttainmentInput.Builder in = AttainmentInput.builder().measure(t.indicator().measure())
        .direction(t.indicator().direction()).bound(t.bound()).value(latest.value()).points(points);
    if (base != null) {
      in.baseline(base.value());
    }
    return new Case(in.build(), used);
  }

  /**
   * Rolls results up: one index per pillar, in pillar order, of the targets' attainments on
   * 0–100 (components in plan order); the composite of the pillars' scores (components in pillar
   * order). A pillar none of whose targets is applicable with a weight above 0 is not applicable
   * in the composite. A plan without targets has a composite without score or components.
   */
  static Card aggregate(Profile profile, String code, Optional<AdministrativeUnit> unit, List<Result> results) {
    TreeMap<Pillar, List<IndexScore.Component>> byPillar = new TreeMap<>();
    boolean illustrative = false;
    for (Result r : results) {
      String key = r.target().key().toString();
      Label name = r.target().indicator().label();
      IndexScore.Component c = r.outcome() == TargetResult.Outcome.NOT_APPLICABLE ? IndexScore.Component.notApplicable(key, name, r.weight())
          : r.attainment().isPresent() ? IndexScore.Component.of(key, name, r.weight(), r.attainment().getAsDouble() * 100)
          : IndexScore.Component.missing(key, name, r.weight());
      byPillar.computeIfAbsent(r.target().indicator().pillar(), p -> new ArrayList<>()).add(c);
      illustrative |= r.illustrative();
    }
    double threshold = profile.coverageThreshold();
    List<Index> pillars = new ArrayList<>();
    List<IndexScore.Component> parts = new ArrayList<>();
    for (Map.Entry<Pillar, List<IndexScore.Component>> e : byPillar.entrySet()) {
      Pillar p = e.getKey();
      Index index = index(Optional.of(p), profile.targetAggregator(), threshold, e.getValue());
      pillars.add(index);
      boolean applicable = false;
      for (IndexScore.Component c : e.getValue()) {
        applicable |= c.applicable() && c.weight() > 0;
      }
      double w = profile.weights().of(p);
      parts.add(!applicable ? IndexScore.Component.notApplicable(p.code(), p.label(), w)
          : index.score().isPresent() ? IndexScore.Component.of(p.code(), p.label(), w, index.score().getAsDouble())
          : IndexScore.Component.missing(p.code(), p.label(), w));
    }
    Index composite = results.isEmpty()
        ? new Index(Optional.empty(), profile.pillarAggregator().name(), OptionalDouble.empty(), 0, threshold,
            List.of())
        : index(Optional.empty(), profile.pillarAggregator(), threshold, parts);
    return new Card(code, unit, results, pillars, composite, illustrative);
  }

  /**
   * An index of components: those not applicable or of weight 0 are left out; the coverage is the
   * share of the remaining weight with data (0 where none remains); with data, and a coverage at
   * or above the threshold, the score is the aggregate of the values with data. Weights are added
   * up, and values handed to the aggregator, in the order of the components' keys.
   */
  static Index index(Optional<Pillar> pillar, Aggregator aggregator, double threshold, List<IndexScore.Component> components) {
    List<IndexScore.Component> byKey = new ArrayList<>(components);
    byKey.sort(Comparator.comparing(IndexScore.Component::key));
    double total = 0;
    double covered = 0;
    List<IndexScore.Component> withData = new ArrayList<>();
    for (IndexScore.Component c : byKey) {
      if (c.applicable() && c.weight() != 0) {
        total += c.weight();
        if (c.value().isPresent()) {
          covered += c.weight();
          withData.add(c);
        }
      }
    }
    double coverage = total > 0 ? covered / total : 0;
    OptionalDouble score = OptionalDouble.empty();
    if (total > 0 && !withData.isEmpty() && coverage >= threshold) {
      double[] values = new double[withData.size()];
      double[] weights = new double[withData.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = withData.get(i).value().getAsDouble();
        weights[i] = withData.get(i).weight();
      }
      score = OptionalDouble.of(aggregator.aggregate(values, weights));
    }
    return new Index(pillar, aggregator.name(), score, coverage, threshold, List.copyOf(components));
  }
}
