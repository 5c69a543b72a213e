package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableMap;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Scores one target for one unit in full: picks its observations, builds its
 * {@link AttainmentInput}, applies the profile's rule and trajectory method, and explains the
 * result. The engine uses it for every text of a result, and for the numbers of the targets that
 * the columns of a set do not score alone ({@link SetScoring}). Immutable and thread-safe.
 */
final class TargetScorer {
  private final Profile profile;
  private final ImmutableMap<AdministrativeLevel, AdministrativeLevel> levelMap;

  TargetScorer(Profile profile, ImmutableMap<AdministrativeLevel, AdministrativeLevel> levelMap) {
    this.profile = profile;
    this.levelMap = levelMap;
  }

  /** The level a target is mapped to: the scorer's mapping of its declared level, if any. */
  AdministrativeLevel mapped(Target target) {
    return levelMap.getOrDefault(target.level(), target.level());
  }

  /**
   * Scores a target.
   *
   * @param weight the weight the result carries
   * @throws InvalidValueException if an observation used carries another definition of the
   *     target's indicator
   */
  TargetResult score(Plan plan, Target target, Subject subject, ObservationSet observations, LocalDate asOf,
      double weight) {
    AdministrativeLevel declared = target.level();
    AdministrativeLevel mapped = mapped(target);
    List<Label> notes = new ArrayList<>();
    if (mapped != declared) {
      notes.add(Label.of(declared.label().vi() + " được ánh xạ sang " + mapped.label().vi(),
          declared.label().en() + " mapped to " + mapped.label().en()));
    }
    TargetResult.Builder result = TargetResult.builder().target(target).weight(weight);
    if (!mapped.isInForceOn(asOf)) {
      Label reason = TargetTexts.levelGone(mapped, asOf);
      return result.outcome(TargetResult.Outcome.NOT_APPLICABLE).level(mapped).reason(reason)
          .explanation(Explanation.builder().sentence(Sentences.notApplicable(reason)).addAllNotes(notes).build())
          .build();
    }
    AdministrativeLevel level = Subject.levelRead(mapped, plan.unit().level(), subject.ownLevel());
    if (level != mapped) {
      notes.add(TargetTexts.readAtOwnLevel(mapped, level));
    }
    result.level(level);
    if (subject.unknown().isPresent()) {
      return noData(result, subject.unknown().get(), notes);
    }
    long firstDay = subject.firstDay();
    long lastDay = subject.lastDay(asOf.toEpochDay());
    Usable usable = single(target, observations, subject, level, firstDay, lastDay);
    if (usable == null) {
      List<Observation> series = select(observations, subject.code(), target.indicator().code(), level,
          subject.ownLevel());
      for (Observation o : series) {
        if (!o.indicator().equals(target.indicator())) {
          throw wrongDefinition(target, o);
        }
      }
      List<Observation> inWindow = new ArrayList<>();
      List<Observation> usableList = new ArrayList<>();
      for (Observation o : series) {
        long day = o.date().toEpochDay();
        if (day >= firstDay && day <= subject.lastDay(Long.MAX_VALUE)) {
          inWindow.add(o);
          if (day <= lastDay) {
            usableList.add(o);
          }
        }
      }
      if (usableList.isEmpty()) {
        return noData(result, TargetTexts.missing(target, subject, level, series, inWindow, asOf), notes);
      }
      usable = new Usable.Listed(usableList);
    }
    Base base = baseline(target, usable);
    Prepared now = prepare(target, usable, base);
    if (now.reason != null) {
      return noData(result, now.reason, notes);
    }
    AttainmentInput input = now.input;
    AttainmentRule rule = profile.rule(target.bound().kind());
    Attainment attainment = rule.attain(input);
    int last = usable.size() - 1;
    LocalDate end = target.horizon().endDate();
    Prepared atEnd = null;
    if (asOf.isAfter(end) || usable.date(last).equals(end)) {
      Usable byEnd = usable.until(end);
      atEnd = byEnd.size() > 0 ? prepare(target, byEnd, base) : null;
    }
    TrajectoryInput judged = atEnd == null || atEnd.reason != null
        ? TrajectoryInput.of(input, attainment, target.horizon(), asOf)
        : TrajectoryInput.of(input, attainment, target.horizon(), asOf, atEnd.input, rule.attain(atEnd.input));
    TrajectoryMethod method = profile.trajectoryMethod();
    // the built-in method cannot fail on a valid input, so it may judge when the trajectory is read
    Trajectory trajectory = method == CompoundGrowthMethod.INSTANCE ? Trajectory.lazily(() -> method.assess(judged))
        : method.assess(judged);
    int[] used = now.used;
    boolean illustrative = false;
    for (int i : used) {
      if (usable.status(i) == Observation.Status.ILLUSTRATIVE) {
        illustrative = true;
        break;
      }
    }
    boolean shownIllustrative = illustrative;
    List<Label> early = notes;
    Usable from = usable;
    Observation.Status latestStatus = usable.status(last);
    Explanation explanation = Explanation.lazily(() -> {
      List<Label> all = new ArrayList<>(early);
      all.add(TargetTexts.baselineNote(input, base.declared, base.value.isPresent(), base.observation, from));
      if (latestStatus != Observation.Status.FINAL) {
        all.add(TargetTexts.status(from.period(last), latestStatus));
      }
      all.addAll(attainment.notes());
      List<Observation> observed = new ArrayList<>(used.length);
      for (int i : used) {
        observed.add(from.get(i));
      }
      return Explanation.builder().observations(observed)
          .addAllInputs(attainment.inputs()).addAllInputs(trajectory.inputs())
          .sentence(Sentences.scored(input, attainment, shownIllustrative)).addAllNotes(all).build();
    });
    return result.outcome(TargetResult.Outcome.SCORED).attainment(attainment.value()).met(attainment.met())
        .value(input.value()).rule(attainment.rule()).trajectory(trajectory).illustrative(illustrative)
        .explanation(explanation).build();
  }

  private static TargetResult noData(TargetResult.Builder result, Label reason, List<Label> notes) {
    return result.outcome(TargetResult.Outcome.NO_DATA).reason(reason)
        .explanation(Explanation.builder().sentence(Sentences.noData(reason)).addAllNotes(notes).build()).build();
  }

  /** Refuses an observation of the target's indicator code that defines the indicator otherwise. */
  static InvalidValueException wrongDefinition(Target target, Observation o) {
    Indicator want = target.indicator();
    Indicator got = o.indicator();
    String what = !want.measure().equals(got.measure())
        ? "the target's indicator " + want.code() + " is measured as " + want.measure()
            + " but the observation's as " + got.measure()
        : "the target's indicator " + want.code() + " (" + want.measure() + ", " + want.direction() + ", "
            + want.pillar() + ") is defined differently from the observation's (" + got.measure() + ", "
            + got.direction() + ", " + got.pillar() + ")";
    return new InvalidValueException("Observation.indicator", o, what
        + "; one code must carry one definition");
  }

  /**
   * The usable observations of a target where they are one series of the set with an
   * observation between the days given; {@code null} otherwise (two series to merge, or nothing
   * usable), where the observations are read one by one.
   */
  private static Usable single(Target target, ObservationSet observations, Subject subject,
      AdministrativeLevel level, long firstDay, long lastDay) {
    String indicator = target.indicator().code();
    ObservationSet.Series explicit = observations.series(subject.code(), indicator, level);
    ObservationSet.Series single;
    if (level != subject.ownLevel()) {
      single = explicit;
    } else {
      ObservationSet.Series own = observations.series(subject.code(), indicator);
      if (explicit.isEmpty()) {
        single = own;
      } else if (own.isEmpty()) {
        single = explicit;
      } else {
        return null;
      }
    }
    if (single.isEmpty()) {
      return null;
    }
    if (!single.indicator().equals(target.indicator())) {
      throw wrongDefinition(target, single.get(0));
    }
    return Usable.of(single, firstDay, lastDay);
  }

  /**
   * The unit's series of an indicator at a level, its own-level series merged in where the levels
   * agree, made once (a series of the set makes its observations each time it is read).
   */
  private static List<Observation> select(ObservationSet observations, String code, String indicator,
      AdministrativeLevel level, AdministrativeLevel own) {
    List<Observation> explicit = observations.series(code, indicator, level).toList();
    if (level != own) {
      return explicit;
    }
    List<Observation> ownSeries = observations.series(code, indicator).toList();
    if (explicit.isEmpty()) {
      return ownSeries;
    }
    if (ownSeries.isEmpty()) {
      return explicit;
    }
    TreeMap<LocalDate, Observation> merged = new TreeMap<>();
    explicit.forEach(o -> merged.put(o.date(), o));
    ownSeries.forEach(o -> merged.put(o.date(), o));
    return new ArrayList<>(merged.values());
  }

  /** The baseline of a target: stated, observed in the baseline year, or none. */
  private static final class Base {
    final OptionalDouble value;
    final LocalDate date;
    /** The position of the observation in the baseline year among the usable ones, or -1. */
    final int observation;
    final Optional<Baseline> declared;

    Base(OptionalDouble value, LocalDate date, int observation, Optional<Baseline> declared) {
      this.value = value;
      this.date = date;
      this.observation = observation;
      this.declared = declared;
    }
  }

  private static Base baseline(Target target, Usable usable) {
    Optional<Baseline> declared = target.baseline();
    if (declared.isEmpty()) {
      return new Base(OptionalDouble.empty(), null, -1, declared);
    }
    Baseline b = declared.get();
    if (b.value().isPresent()) {
      return new Base(b.value(), LocalDate.of(b.year(), 12, 31), -1, declared);
    }
    int inYear = -1;
    for (int i = 0; i < usable.size(); i++) {
      if (usable.date(i).getYear() == b.year()) {
        inYear = i;
      }
    }
    return inYear < 0 ? new Base(OptionalDouble.empty(), null, -1, declared)
        : new Base(OptionalDouble.of(usable.value(inYear)), usable.date(inYear), inYear, declared);
  }

  /** An attainment input, the observations it rests on, or why there is none. */
  private static final class Prepared {
    final AttainmentInput input;
    /** The positions of the observations used among the usable ones. */
    final int[] used;
    final Label reason;

    Prepared(AttainmentInput input, int[] used, Label reason) {
      this.input = input;
      this.used = used;
      this.reason = reason;
    }
  }

  private static final int[] NONE = new int[0];

  private static Prepared prepare(Target target, Usable usable, Base base) {
    Bound.Kind kind = target.bound().kind();
    int last = usable.size() - 1;
    if ((kind == Bound.Kind.RELATIVE_CHANGE || kind == Bound.Kind.MAINTAIN) && base.value.isEmpty()) {
      return new Prepared(null, NONE, TargetTexts.noBaselineValue(base.declared.orElseThrow().year()));
    }
    List<SeriesPoint> points = new ArrayList<>(usable.size() + 1);
    int[] used = new int[usable.size()];
    int count = 0;
    long lastDay = usable.date(last).toEpochDay();
    long baseDay = base.value.isPresent() ? base.date.toEpochDay() : Long.MIN_VALUE;
    boolean observed = base.observation >= 0;
    if (baseDay != Long.MIN_VALUE && baseDay < lastDay && !observed) {
      points.add(SeriesPoint.of(base.date, base.value.getAsDouble()));
    }
    for (int i = 0; i <= last; i++) {
      LocalDate d = usable.date(i);
      if (Usable.used(d.toEpochDay(), lastDay, baseDay, observed)) {
        points.add(SeriesPoint.of(d, usable.value(i)));
        used[count++] = i;
      }
    }
    if (kind == Bound.Kind.GROWTH_PER_YEAR) {
      if (points.size() < 2) {
        return new Prepared(null, NONE, TargetTexts.growthNeedsTwo(usable.period(last)));
      }
      for (SeriesPoint p : points) {
        if (p.value() < 0) {
          return new Prepared(null, NONE, TargetTexts.negativeGrowth(p.date()));
        }
      }
    }
    AttainmentInput.Builder b = AttainmentInput.builder().measure(target.indicator().measure())
        .direction(target.indicator().direction()).bound(target.bound()).value(usable.value(last)).points(points);
    if (base.value.isPresent()) {
      b.baseline(base.value.getAsDouble());
    }
    return new Prepared(b.build(), count == used.length ? used : Arrays.copyOf(used, count), null);
  }
}
