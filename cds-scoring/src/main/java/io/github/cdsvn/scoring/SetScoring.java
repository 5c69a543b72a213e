package io.github.cdsvn.scoring;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.internal.ObservationColumns;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A plan scored for the units of one observation set on one date: the one scoring path of the
 * engine. Each unit's targets are scored from the set's columns where a value and a prepared
 * bound are enough ({@link PreparedTargets}), and in full otherwise ({@link TargetScorer}); the
 * numbers are rolled up at once ({@link ScorecardNumbers}), and every text of the scorecard is
 * written by the {@link TargetScorer} when first read. Immutable once made and thread-safe; one
 * {@link SeriesPicks.Scratch} per thread.
 */
final class SetScoring {
  /** Marks a target to be scored once the others are: never the state of a result. */
  private static final byte LATER = 16;

  private final TargetScorer scorer;
  private final Plan plan;
  private final ObservationSet set;
  private final ObservationColumns columns;
  private final LocalDate asOf;
  private final long asOfDay;
  final PlanLayout layout;
  private final int n;
  private final boolean[] inForce;
  private final PreparedTargets prepared;
  /** Whether a target is scored in full for every unit; whether any in force is. */
  private final boolean[] inFull;
  private final boolean anyInFull;
  private final SeriesPicks picks;
  private final PlanLayout.Weighing own;
  private final ScorecardNumbers.Results results = new UnitResults();

  SetScoring(TargetScorer scorer, Profile profile, Plan plan, ObservationSet set, LocalDate asOf) {
    this.scorer = scorer;
    this.plan = plan;
    this.set = set;
    this.columns = ObservationColumns.of(set);
    this.asOf = asOf;
    this.asOfDay = asOf.toEpochDay();
    this.layout = new PlanLayout(plan.targets());
    this.n = layout.n;
    AdministrativeLevel[] mapped = new AdministrativeLevel[n];
    inForce = new boolean[n];
    boolean[] differs = new boolean[n];
    for (int t = 0; t < n; t++) {
      mapped[t] = scorer.mapped(layout.targets[t]);
      inForce[t] = mapped[t].isInForceOn(asOf);
      Indicator indicator = layout.targets[t].indicator();
      Optional<Indicator> observed = columns.indicator(indicator.code());
      differs[t] = observed.isPresent() && !observed.get().equals(indicator);
    }
    prepared = new PreparedTargets(layout.targets, profile, differs);
    inFull = new boolean[n];
    boolean any = false;
    for (int t = 0; t < n; t++) {
      inFull[t] = prepared.how[t] == PreparedTargets.IN_FULL;
      any |= inFull[t] && inForce[t];
    }
    anyInFull = any;
    picks = new SeriesPicks(columns, layout.targets, mapped, inForce, plan.unit().level());
    own = layout.weighing(profile);
  }

  /** Tells whether this is for a plan, a set and a date (the same objects). */
  boolean isFor(Plan plan, ObservationSet set, LocalDate asOf) {
    return this.plan == plan && this.set == set && this.asOf.equals(asOf);
  }

  /** Returns scratch space for scoring units on one thread. */
  SeriesPicks.Scratch scratch() {
    return new SeriesPicks.Scratch(n, layout);
  }

  /** Scores one unit. */
  Scorecard score(Subject subject, SeriesPicks.Scratch scratch) {
    SeriesPicks.Levels lv = scratch.levels;
    if (scratch.levelsOf != subject.ownLevel()) {
      lv = picks.levels(subject.ownLevel());
      scratch.levels = lv;
      scratch.levelsOf = subject.ownLevel();
    }
    UnitNumbers num = new UnitNumbers(subject, n, lv.level);
    byte[] state = num.state;
    if (subject.unknown().isPresent()) {
      Arrays.fill(num.attainment, Double.NaN);
      for (int t = 0; t < n; t++) {
        state[t] = inForce[t] ? UnitNumbers.NO_DATA : UnitNumbers.NOT_APPLICABLE;
      }
      return card(num, subject, scratch);
    }
    int[] pick = scratch.pick;
    int first = 0;
    // units are scored in code order, as the set holds them: try the next one first
    int unit = columns.unit(subject.code(), scratch.unit + 1);
    if (unit >= 0) {
      scratch.unit = unit;
      first = columns.firstSeries(unit);
      // most units have series of the same keys as the one before: the same picks
      if (scratch.pickLevels != lv || !columns.sameKeys(scratch.pickUnit, unit)) {
        picks.pick(lv, unit, scratch);
      }
    } else {
      scratch.none();
    }
    long lo = subject.firstDay();
    long hi = subject.lastDay(asOfDay);
    if (anyInFull || scratch.pickTwo) {
      // the targets scored in full, in plan order
      for (int t = 0; t < n; t++) {
        if (inForce[t] && pick[t] != SeriesPicks.NO_SERIES && (inFull[t] || pick[t] == SeriesPicks.TWO_SERIES)) {
          num.keep(t, scorer.score(plan, layout.targets[t], subject, set, asOf, own.tw[t]));
        }
      }
    }
    boolean anyLater = quick(num, pick, first, lo, hi);
    for (int t = 0; t < n && anyLater; t++) {
      if (state[t] == LATER) {
        state[t] = later(num, t, first + pick[t], lo, hi);
        num.illustrative |= (state[t] & UnitNumbers.ILLUSTRATIVE) != 0;
      }
    }
    return card(num, subject, scratch);
  }

  private Scorecard card(UnitNumbers num, Subject subject, SeriesPicks.Scratch scratch) {
    return ScorecardNumbers.make(layout, num, own, results, plan.id(), subject.code(),
        subject.unit(), asOf, scratch.cards);
  }

  /**
   * Scores the targets from the last observation of their series, by a distance rule on a bound
   * of one comparison: no date to read, and the value is the one the set keeps for the series'
   * last observation. Whether the bound holds and the attainment are worked out without a branch
   * on either ({@link Rules.DistanceToTarget#meets}, {@link Rules.DistanceToTarget#valueOfComparison}):
   * they vary from unit to unit, and mispredicted branches cost more than the arithmetic. Marks
   * the others {@link #LATER} and tells whether there is any.
   */
  private boolean quick(UnitNumbers num, int[] pick, int first, long lo, long hi) {
    ObservationColumns cols = columns;
    boolean[] inForce = this.inForce;
    boolean[] quick = prepared.quick;
    double[] goal = prepared.goal;
    double[] base = prepared.base;
    double[] sign = prepared.sign;
    boolean[] strict = prepared.strict;
    boolean[] improves = prepared.improves;
    boolean anyLater = false;
    byte[] state = num.state;
    double[] attainment = num.attainment;
    for (int t = 0; t < n; t++) {
      if ((state[t] & UnitNumbers.FULL) != 0) {
        continue;
      }
      if (!inForce[t]) {
        state[t] = UnitNumbers.NOT_APPLICABLE;
        attainment[t] = Double.NaN;
        continue;
      }
      if (pick[t] == SeriesPicks.NO_SERIES) {
        state[t] = UnitNumbers.NO_DATA;
        attainment[t] = Double.NaN;
        continue;
      }
      int series = first + pick[t];
      long lastDay = cols.lastDay(series);
      if (!quick[t] || lastDay > hi || lastDay == Long.MIN_VALUE || lo != Long.MIN_VALUE
          || cols.hasIllustrative(series)) {
        state[t] = LATER;
        anyLater = true;
        continue;
      }
      double v = cols.lastValue(series);
      long met = Rules.DistanceToTarget.meets(v, goal[t], sign[t], strict[t]);
      attainment[t] = Rules.DistanceToTarget.valueOfComparison(v, goal[t], base[t], met, improves[t], sign[t]);
      state[t] = (byte) (UnitNumbers.SCORED + met); // SCORED_MET where met
    }
    return anyLater;
  }

  /**
   * Scores target {@code t} from series {@code series}, reading the observations' dates: where
   * the latest observation is after the day {@code hi}, or there is none, or the unit's window
   * starts on {@code lo}, or an observation may be illustrative; or where the target's bound
   * needs more than one comparison. Keeps its attainment and returns its state.
   */
  private byte later(UnitNumbers num, int t, int series, long lo, long hi) {
    int start = columns.start(series);
    int last = latest(series, hi);
    if (last < start || columns.day(last) < lo) {
      num.attainment[t] = Double.NaN;
      return UnitNumbers.NO_DATA;
    }
    double v = columns.value(last);
    boolean met = prepared.met(t, v);
    num.attainment[t] = prepared.attain(t, v, met);
    byte st = met ? UnitNumbers.SCORED_MET : UnitNumbers.SCORED;
    if (columns.hasIllustrative(series)) {
      long lastDay = columns.day(last);
      for (int i = start; i <= last; i++) {
        long day = columns.day(i);
        if (day >= lo && Usable.used(day, lastDay, prepared.baseDay[t], false)
            && columns.status(i) == Observation.Status.ILLUSTRATIVE) {
          st |= UnitNumbers.ILLUSTRATIVE;
          break;
        }
      }
    }
    return st;
  }

  /**
   * The latest observation of a series on or before day {@code hi}: its position, or one less
   * than the series' start if there is none.
   */
  private int latest(int series, long hi) {
    int start = columns.start(series);
    int last = columns.end(series) - 1;
    while (last >= start && columns.day(last) > hi) {
      last--;
    }
    return last;
  }

  /** Units' full results and values, made when their scorecards' texts are first read. */
  private final class UnitResults implements ScorecardNumbers.Results {
    @Override
    public TargetResult full(UnitNumbers num, int t, double weight) {
      return scorer.score(plan, layout.targets[t], num.subject, set, asOf, weight);
    }

    /** The values scored from the columns, read again (the numbers keep only the attainments). */
    @Override
    public double[] values(UnitNumbers num) {
      Subject subject = num.subject;
      double[] values = new double[n];
      Arrays.fill(values, Double.NaN);
      int unit = subject.unknown().isPresent() ? -1 : columns.unit(subject.code());
      if (unit < 0) {
        return values; // no target was scored from the columns
      }
      SeriesPicks.Scratch scratch = scratch();
      picks.pick(picks.levels(subject.ownLevel()), unit, scratch);
      int first = columns.firstSeries(unit);
      long hi = subject.lastDay(asOfDay);
      for (int t = 0; t < n; t++) {
        byte st = num.state[t];
        if ((st & UnitNumbers.FULL) == 0 && (st & UnitNumbers.OUTCOME) >= UnitNumbers.SCORED) {
          values[t] = columns.value(latest(first + scratch.pick[t], hi));
        }
      }
      return values;
    }
  }
}
