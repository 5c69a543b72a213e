package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.internal.ObservationColumns;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.observation.ObservationStatus;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.BoundKind;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a plan from the columns of one observation set: the numbers of every target, pillar
 * and composite are computed now from primitive arrays, and the scorecard's texts (explanations,
 * trajectories, reasons, sentences, components) are built by the {@link Engine}, the same way
 * as for any scorecard, when first read.
 *
 * <p>What the columns cannot give exactly as the engine would is left to the engine, target by
 * target, now: a rule other than the built-in distance rules, a baseline to be read from the
 * observations, growth per year, a unit with two series of an indicator to merge, an indicator
 * defined differently from the target's. The numbers are the engine's, bit for bit: the rules'
 * and indices' arithmetic is shared ({@link Rules}, {@link IndexNumbers}).
 *
 * <p>One scorer per plan, set, as-of date and engine; immutable once made and thread-safe.
 */
final class ColumnScorer {
  // how a target is scored from the columns
  private static final byte DISTANCE = 0;
  private static final byte EDGE = 1;
  private static final byte BY_ENGINE = 2;

  // the state of a target for a unit
  static final byte NOT_APPLICABLE = 0;
  static final byte NO_DATA = 1;
  static final byte SCORED = 2;
  static final byte SCORED_MET = 3;
  static final byte ENGINE = 4;
  private static final byte ILLUSTRATIVE = 8;
  /** Marks a target to be scored once the others are: never the state of a result. */
  private static final byte LATER = 5;

  // how a target's bound is tested: a comparison with a number, or by its input
  private static final byte AT_LEAST = 0;
  private static final byte MORE_THAN = 1;
  private static final byte AT_MOST = 2;
  private static final byte LESS_THAN = 3;
  private static final byte BY_INPUT = 4;

  private final Engine engine;
  private final Views views;
  private final Plan plan;
  private final ObservationSet set;
  private final ObservationColumns columns;
  private final LocalDate asOf;
  private final long asOfDay;
  private final Profile profile;
  private final int n;
  private final Target[] targets;
  private final String[] keys;
  private final double[] weights;
  private final byte[] how;
  private final AttainmentInput[] probe;
  private final byte[] test;
  private final double[] goal;
  private final double[] base;
  private final boolean[] improves;
  private final Direction[] improving;
  private final double[] centre;
  private final double[] tolerance;
  private final long[] baseDay;
  private final String[] rule;
  private final boolean[] differs;
  private final AdministrativeLevel[] mapped;
  private final boolean[] inForce;
  /** Whether a target is scored by a distance rule on a bound of one comparison. */
  private final boolean[] quick;
  /**
   * For the bounds of one comparison: 1 where higher is better, −1 where lower is; whether the
   * bound is strict.
   */
  private final double[] sign;
  private final boolean[] strict;
  /** Whether the engine scores a target in full, for every unit; whether it does any. */
  private final boolean[] byEngine;
  private final boolean anyByEngine;
  /** Pillars in index order; the plan order of their targets; the targets in component-key order. */
  private final Pillar[] pillars;
  private final int[][] members;
  private final int[][] canonical;
  private final double[] pillarWeights;
  /** Pillars in component-key (code) order. */
  private final int[] pillarOrder;
  private final int widest;
  private final Map<AdministrativeLevel, Levels> byLevel = new ConcurrentHashMap<>();
  private final Weighing own;
  private volatile Reweighed reweighed;

  /** Which series a unit's targets read, for units of one own level. */
  private static final class Levels {
    final AdministrativeLevel[] level;
    /** Key ids asked for, ascending; for each, the target and whether it is the own-level key. */
    final int[] queryKey;
    final int[] queryTarget;
    final boolean[] queryOwn;
    /** Whether a target reads the own-level series as well as the one at its level. */
    final boolean[] both;

    Levels(AdministrativeLevel[] level, int[] queryKey, int[] queryTarget, boolean[] queryOwn,
        boolean[] both) {
      this.level = level;
      this.queryKey = queryKey;
      this.queryTarget = queryTarget;
      this.queryOwn = queryOwn;
      this.both = both;
    }
  }

  /** Weights as the targets and pillars of this plan carry them, and the profile they belong to. */
  private final class Weighing {
    final Profile profile;
    final double[] tw;
    final double[] pw;
    /**
     * For each pillar, the weight of its targets added up 0, 1, 2… times in a row, as the
     * coverage adds them; {@code null} unless the profile aggregates targets by the arithmetic
     * mean and the targets of each pillar weigh the same. Then a pillar's numbers are worked out
     * without copying its values.
     */
    final double[][] equal;

    Weighing(Profile profile, double[] tw, double[] pw) {
      this.profile = profile;
      this.tw = tw;
      this.pw = pw;
      this.equal = equalSums(tw, profile.targetAggregator());
    }
  }

  /** New weights, and how they weigh this plan's targets and pillars. */
  private static final class Reweighed {
    final Profile from;
    final Weights weights;
    final Weighing weighing;

    Reweighed(Profile from, Weights weights, Weighing weighing) {
      this.from = from;
      this.weights = weights;
      this.weighing = weighing;
    }
  }

  /**
   * What a unit's scorecard keeps: the state and attainment of each target (the values scored
   * are read again from the columns when the results are made).
   */
  static final class Numbers {
    final ColumnScorer scorer;
    final Engine.Subject subject;
    final byte[] state;
    final double[] attainment;
    /** The results the engine built in full, by target; {@code null} while there is none. */
    TargetResult[] byEngine;
    /** Whether an observation a result uses is illustrative. */
    boolean illustrative;
    final AdministrativeLevel[] level;

    Numbers(ColumnScorer scorer, Engine.Subject subject, int n, AdministrativeLevel[] level) {
      this.scorer = scorer;
      this.subject = subject;
      this.state = new byte[n];
      this.attainment = new double[n];
      this.level = level;
    }
  }

  ColumnScorer(Engine engine, Views views, Profile profile, Map<AdministrativeLevel, AdministrativeLevel> levelMap,
      Plan plan, ObservationSet set, LocalDate asOf) {
    this.engine = engine;
    this.views = views;
    this.plan = plan;
    this.set = set;
    this.columns = ObservationColumns.of(set);
    this.asOf = asOf;
    this.asOfDay = asOf.toEpochDay();
    this.profile = profile;
    List<Target> list = plan.targets();
    n = list.size();
    targets = list.toArray(new Target[0]);
    keys = new String[n];
    weights = new double[n];
    how = new byte[n];
    probe = new AttainmentInput[n];
    test = new byte[n];
    sign = new double[n];
    Arrays.fill(sign, 1);
    strict = new boolean[n];
    goal = new double[n];
    base = new double[n];
    improves = new boolean[n];
    improving = new Direction[n];
    centre = new double[n];
    tolerance = new double[n];
    baseDay = new long[n];
    rule = new String[n];
    differs = new boolean[n];
    mapped = new AdministrativeLevel[n];
    inForce = new boolean[n];
    boolean builtInTrajectory = profile.trajectoryMethod() == CompoundGrowthMethod.INSTANCE;
    TreeMap<Pillar, List<Integer>> byPillar = new TreeMap<>();
    for (int t = 0; t < n; t++) {
      Target target = targets[t];
      keys[t] = target.key().toString();
      weights[t] = profile.weights().of(target);
      AdministrativeLevel declared = target.level();
      mapped[t] = levelMap.getOrDefault(declared, declared);
      inForce[t] = mapped[t].isInForceOn(asOf);
      Optional<Indicator> observed = columns.indicator(target.indicator().code());
      differs[t] = observed.isPresent() && !observed.get().equals(target.indicator());
      how[t] = builtInTrajectory ? prepare(t) : BY_ENGINE;
      byPillar.computeIfAbsent(target.indicator().pillar(), p -> new ArrayList<>()).add(t);
    }
    pillars = byPillar.keySet().toArray(new Pillar[0]);
    members = new int[pillars.length][];
    canonical = new int[pillars.length][];
    pillarWeights = new double[pillars.length];
    int wide = pillars.length;
    Set<String> pillarCodes = new HashSet<>();
    for (int p = 0; p < pillars.length; p++) {
      members[p] = byPillar.get(pillars[p]).stream().mapToInt(Integer::intValue).toArray();
      canonical[p] = byPillar.get(pillars[p]).stream().sorted((a, b) -> keys[a].compareTo(keys[b]))
          .mapToInt(Integer::intValue).toArray();
      pillarWeights[p] = profile.weights().of(pillars[p]);
      wide = Math.max(wide, members[p].length);
      if (!pillarCodes.add(pillars[p].code())) {
        // two pillars with one code: the engine refuses the composite's components
        Arrays.fill(how, BY_ENGINE);
      }
    }
    widest = wide;
    byEngine = new boolean[n];
    quick = new boolean[n];
    boolean any = false;
    for (int t = 0; t < n; t++) {
      byEngine[t] = how[t] == BY_ENGINE || differs[t];
      quick[t] = how[t] == DISTANCE && test[t] != BY_INPUT && !differs[t];
      any |= byEngine[t] && inForce[t];
    }
    anyByEngine = any;
    own = new Weighing(profile, weights, pillarWeights);
    Integer[] order = new Integer[pillars.length];
    Arrays.setAll(order, p -> p);
    Arrays.sort(order, (a, b) -> pillars[a].code().compareTo(pillars[b].code()));
    pillarOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** Tells whether this scorer is for a plan, a set and a date (the same objects). */
  boolean isFor(Plan plan, ObservationSet set, LocalDate asOf) {
    return this.plan == plan && this.set == set && this.asOf.equals(asOf);
  }

  /** Prepares what target {@code t} needs to be scored from the columns, or leaves it to the engine. */
  private byte prepare(int t) {
    Target target = targets[t];
    BoundKind kind = target.bound().kind();
    AttainmentRule r = profile.rule(kind);
    byte way;
    if (r == Rules.DISTANCE && r.supports(kind)) {
      way = DISTANCE;
    } else if (r == Rules.NEAREST_EDGE && kind == BoundKind.APPROXIMATELY) {
      way = EDGE;
    } else {
      return BY_ENGINE;
    }
    Optional<Baseline> declared = target.baseline();
    if (declared.isPresent() && declared.get().value().isEmpty()) {
      return BY_ENGINE; // read from the observations of the baseline year
    }
    if (declared.isEmpty() && (kind == BoundKind.RELATIVE_CHANGE || kind == BoundKind.MAINTAIN)) {
      return BY_ENGINE;
    }
    Indicator indicator = target.indicator();
    Measure measure = indicator.measure();
    double any = Double.isFinite(measure.min()) ? measure.min() : Double.isFinite(measure.max()) ? measure.max() : 0;
    if (!measure.isValid(any)) {
      return BY_ENGINE;
    }
    AttainmentInput in;
    try {
      AttainmentInput.Builder b = AttainmentInput.builder().measure(measure).direction(indicator.direction())
          .bound(target.bound()).value(any);
      declared.ifPresent(d -> b.baseline(d.value().getAsDouble()));
      in = b.build();
    } catch (InvalidValueException e) {
      return BY_ENGINE; // the engine refuses it, for the first unit with data, as it always has
    }
    probe[t] = in;
    // what AttainmentInput.holds does for the bounds read as one comparison with the goal, their
    // threshold (Rules.DistanceToTarget.meets): its direction and whether it is strict
    switch (kind) {
      case AT_LEAST:
        test[t] = AT_LEAST;
        break;
      case MORE_THAN:
        test[t] = MORE_THAN;
        strict[t] = true;
        break;
      case AT_MOST:
        test[t] = AT_MOST;
        sign[t] = -1;
        break;
      case LESS_THAN:
        test[t] = LESS_THAN;
        sign[t] = -1;
        strict[t] = true;
        break;
      default:
        test[t] = BY_INPUT;
    }
    base[t] = in.effectiveBaseline();
    improves[t] = in.goalImprovesOnBaseline();
    improving[t] = in.improvingDirection();
    baseDay[t] = declared.isPresent() ? LocalDate.of(declared.get().year(), 12, 31).toEpochDay() : Long.MIN_VALUE;
    rule[t] = r.name();
    if (way == DISTANCE) {
      goal[t] = in.goal().getAsDouble();
    } else {
      Bound.Approximately a = (Bound.Approximately) target.bound();
      centre[t] = a.value();
      tolerance[t] = a.tolerance();
    }
    return way;
  }

  /** The series keys a unit of an own level reads. */
  private Levels levels(AdministrativeLevel own) {
    return byLevel.computeIfAbsent(own, o -> {
      AdministrativeLevel[] level = new AdministrativeLevel[n];
      List<long[]> queries = new ArrayList<>();
      boolean[] both = new boolean[n];
      for (int t = 0; t < n; t++) {
        AdministrativeLevel l = mapped[t];
        if (l == plan.unit().level() && o != l) {
          l = o;
        }
        level[t] = l;
        if (!inForce[t]) {
          continue;
        }
        String code = targets[t].indicator().code();
        int explicit = columns.keyId(code, l);
        if (explicit >= 0) {
          queries.add(new long[] {explicit, t, 0});
        }
        if (l == o) {
          int ownKey = columns.keyId(code, null);
          if (ownKey >= 0) {
            queries.add(new long[] {ownKey, t, 1});
          }
          both[t] = true;
        }
      }
      queries.sort((a, b) -> Long.compare(a[0], b[0]));
      int q = queries.size();
      int[] key = new int[q];
      int[] target = new int[q];
      boolean[] isOwn = new boolean[q];
      for (int i = 0; i < q; i++) {
        key[i] = (int) queries.get(i)[0];
        target[i] = (int) queries.get(i)[1];
        isOwn[i] = queries.get(i)[2] == 1;
      }
      return new Levels(level, key, target, isOwn, both);
    });
  }

  /** Scratch space for one thread scoring units one after another with one scorer. */
  static final class Scratch {
    final int[] explicit;
    final int[] own;
    /**
     * Which of the unit's series each target reads: its place among the unit's series, or
     * {@link #NO_SERIES} or {@link #TWO_SERIES}.
     */
    final int[] pick;
    /** The weights and values of an index's components with data. */
    final double[] w;
    final double[] v;
    final double[] out = new double[2];
    /** The series keys read by units of the last own level scored, and that level. */
    AdministrativeLevel levelsOf;
    Levels levels;
    /** The number of the last unit found in the set, or -1. */
    int unit = -1;
    /** The unit and the series keys {@link #pick} was worked out for; -1 and null for none. */
    int pickUnit = -1;
    Levels pickLevels;
    /** Whether a target reads two series of the unit. */
    boolean pickTwo;

    private Scratch(int targets, int widest) {
      explicit = new int[targets];
      own = new int[targets];
      pick = new int[targets];
      w = new double[widest];
      v = new double[widest];
    }
  }

  /** A target reads no series of the unit. */
  private static final int NO_SERIES = -1;
  /** A target reads two series of the unit, to be merged. */
  private static final int TWO_SERIES = -2;

  /** Returns scratch space for scoring units with this scorer, on one thread. */
  Scratch scratch() {
    return new Scratch(n, widest);
  }

  /** Scores one unit. */
  Scorecard score(Engine.Subject subject, Scratch scratch) {
    Levels lv = scratch.levels;
    if (scratch.levelsOf != subject.ownLevel()) {
      lv = levels(subject.ownLevel());
      scratch.levels = lv;
      scratch.levelsOf = subject.ownLevel();
    }
    Numbers num = new Numbers(this, subject, n, lv.level);
    byte[] state = num.state;
    double[] attainment = num.attainment;
    if (subject.unknown().isPresent()) {
      Arrays.fill(attainment, Double.NaN);
      for (int t = 0; t < n; t++) {
        state[t] = inForce[t] ? NO_DATA : NOT_APPLICABLE;
      }
      return card(num, own);
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
        pick(lv, unit, scratch);
      }
    } else {
      Arrays.fill(pick, NO_SERIES);
      scratch.pickUnit = -1;
      scratch.pickLevels = null;
      scratch.pickTwo = false;
    }
    long lo = firstDay(subject);
    long hi = lastDay(subject);
    if (anyByEngine || scratch.pickTwo) {
      // the targets the engine scores in full, in plan order, as it would score them
      for (int t = 0; t < n; t++) {
        if (inForce[t] && pick[t] != NO_SERIES && (byEngine[t] || pick[t] == TWO_SERIES)) {
          TargetResult r = engine.scoreTarget(plan, targets[t], subject, set, asOf);
          if (num.byEngine == null) {
            num.byEngine = new TargetResult[n];
          }
          num.byEngine[t] = r;
          num.illustrative |= r.illustrative();
          state[t] = ENGINE;
          attainment[t] = r.attainment().orElse(Double.NaN);
        }
      }
    }
    boolean anyLater = quick(num, pick, first, lo, hi);
    for (int t = 0; t < n && anyLater; t++) {
      if (state[t] == LATER) {
        state[t] = later(num, t, first + pick[t], lo, hi);
        num.illustrative |= (state[t] & ILLUSTRATIVE) != 0;
      }
    }
    return card(num, own, scratch);
  }

  /**
   * Scores the targets from the last observation of their series, by a distance rule on a bound
   * of one comparison: no date to read, and the value is the one the set keeps for the series'
   * last observation. Whether the bound holds and the attainment are worked out without a branch
   * on either ({@link Rules.DistanceToTarget#meets}, {@link Rules.DistanceToTarget#valueOfComparison}):
   * they vary from unit to unit, and mispredicted branches cost more than the arithmetic. Marks
   * the others {@link #LATER} and tells whether there is any.
   */
  private boolean quick(Numbers num, int[] pick, int first, long lo, long hi) {
    ObservationColumns cols = columns;
    boolean[] inForce = this.inForce;
    boolean[] quick = this.quick;
    boolean anyLater = false;
    byte[] state = num.state;
    double[] attainment = num.attainment;
    for (int t = 0; t < n; t++) {
      if (state[t] == ENGINE) {
        continue;
      }
      if (!inForce[t]) {
        state[t] = NOT_APPLICABLE;
        attainment[t] = Double.NaN;
        continue;
      }
      if (pick[t] == NO_SERIES) {
        state[t] = NO_DATA;
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
      state[t] = (byte) (SCORED + met); // SCORED_MET where met
    }
    return anyLater;
  }

  /**
   * Scores target {@code t} from series {@code series}, reading the observations' dates: where
   * the latest observation is after the date {@code hi}, or there is none, or the unit's
   * validity starts on {@code lo}, or an observation may be illustrative; or where the target's
   * rule or bound needs more than one comparison. Keeps its attainment and returns its state.
   */
  private byte later(Numbers num, int t, int series, long lo, long hi) {
    int start = columns.start(series);
    int last = latest(series, hi);
    if (last < start || columns.day(last) < lo) {
      num.attainment[t] = Double.NaN;
      return NO_DATA;
    }
    long lastDay = columns.day(last);
    double v = columns.value(last);
    boolean met = met(t, v);
    num.attainment[t] = attain(t, v, met);
    byte st = met ? SCORED_MET : SCORED;
    if (columns.hasIllustrative(series)) {
      int from = start;
      while (lo != Long.MIN_VALUE && columns.day(from) < lo) {
        from++;
      }
      if (baseDay[t] != Long.MIN_VALUE && baseDay[t] < lastDay) {
        while (columns.day(from) <= baseDay[t]) {
          from++;
        }
      }
      for (int i = from; i <= last; i++) {
        if (columns.status(i) == ObservationStatus.ILLUSTRATIVE) {
          st |= ILLUSTRATIVE;
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

  /** The first day an observation scored for a unit may be dated: its validity's start, if any. */
  private static long firstDay(Engine.Subject subject) {
    Optional<Validity> w = subject.window();
    return w.isPresent() && w.get().from().isPresent() ? w.get().from().get().toEpochDay() : Long.MIN_VALUE;
  }

  /** The last day an observation scored for a unit may be dated: the date scored, or its validity's end. */
  private long lastDay(Engine.Subject subject) {
    Optional<Validity> w = subject.window();
    return w.isPresent() && w.get().until().isPresent() ? Math.min(asOfDay, w.get().until().get().toEpochDay())
        : asOfDay;
  }

  /**
   * The values a unit's targets scored from the columns were scored on, read again from the
   * columns (a scorecard keeps only the targets' states and attainments); {@code NaN} for the
   * others.
   */
  private double[] values(Numbers num) {
    double[] values = new double[n];
    Arrays.fill(values, Double.NaN);
    Engine.Subject subject = num.subject;
    int unit = subject.unknown().isPresent() ? -1 : columns.unit(subject.code());
    if (unit < 0) {
      return values; // no target was scored from the columns
    }
    Scratch scratch = scratch();
    pick(levels(subject.ownLevel()), unit, scratch);
    int first = columns.firstSeries(unit);
    long hi = lastDay(subject);
    for (int t = 0; t < n; t++) {
      byte st = (byte) (num.state[t] & ~ILLUSTRATIVE);
      if (st == SCORED || st == SCORED_MET) {
        values[t] = columns.value(latest(first + scratch.pick[t], hi));
      }
    }
    return values;
  }

  /** Tells whether value {@code v} meets target {@code t}'s bound. */
  private boolean met(int t, double v) {
    return test[t] == BY_INPUT ? probe[t].holds(v)
        : Rules.DistanceToTarget.meets(v, goal[t], sign[t], strict[t]) == 1;
  }

  /** The attainment of value {@code v} for target {@code t}, by its rule. */
  private double attain(int t, double v, boolean met) {
    return how[t] == DISTANCE
        ? Rules.DistanceToTarget.value(v, goal[t], base[t], met, improves[t], improving[t])
        : Rules.NearestEdge.value(v, base[t], centre[t], tolerance[t], met, improves[t]);
  }

  /** Works out which of a unit's series each target reads, for units with the same series keys. */
  private void pick(Levels lv, int unit, Scratch scratch) {
    int[] explicit = scratch.explicit;
    int[] own = scratch.own;
    Arrays.fill(explicit, -1);
    Arrays.fill(own, -1);
    int first = columns.firstSeries(unit);
    int s = first;
    int end = columns.endSeries(unit);
    int[] queryKey = lv.queryKey;
    for (int q = 0; q < queryKey.length && s < end; q++) {
      int want = queryKey[q];
      while (s < end && columns.keyIdOf(s) < want) {
        s++;
      }
      if (s < end && columns.keyIdOf(s) == want) {
        if (lv.queryOwn[q]) {
          own[lv.queryTarget[q]] = s;
        } else {
          explicit[lv.queryTarget[q]] = s;
        }
      }
    }
    int[] pick = scratch.pick;
    boolean two = false;
    for (int t = 0; t < n; t++) {
      if (lv.both[t] && explicit[t] >= 0 && own[t] >= 0) {
        pick[t] = TWO_SERIES;
        two = true;
        continue;
      }
      int series = lv.both[t] ? Math.max(explicit[t], own[t]) : explicit[t];
      pick[t] = series < 0 ? NO_SERIES : series - first;
    }
    scratch.pickUnit = unit;
    scratch.pickLevels = lv;
    scratch.pickTwo = two;
  }

  private Scorecard card(Numbers num, Weighing g) {
    return card(num, g, new Scratch(0, widest)); // for the indices only
  }

  /**
   * For each pillar, weight {@code tw} of its targets added up 0, 1, 2… times in a row; or
   * {@code null} unless the aggregator is {@link Means#ARITHMETIC} and the targets of each
   * pillar weigh the same.
   */
  private double[][] equalSums(double[] tw, Aggregator aggregator) {
    if (aggregator != Means.ARITHMETIC) {
      return null;
    }
    double[][] sums = new double[canonical.length][];
    for (int p = 0; p < sums.length; p++) {
      int[] c = canonical[p];
      double w = tw[c[0]];
      sums[p] = new double[c.length + 1];
      for (int k = 0; k < c.length; k++) {
        if (tw[c[k]] != w) {
          return null;
        }
        sums[p][k + 1] = sums[p][k] + w;
      }
    }
    return sums;
  }

  /** One scorecard's numbers: its targets', and each pillar's score, coverage and applicability. */
  private final class Card implements Views.Source {
    final Numbers num;
    final double[] tw;
    final double[] pw;
    final Profile used;
    /** Score and coverage of pillar p at 2p and 2p + 1. */
    final double[] pillarNumbers;
    final boolean[] pillarApplicable;

    Card(Numbers num, Weighing g) {
      this.num = num;
      this.tw = g.tw;
      this.pw = g.pw;
      this.used = g.profile;
      this.pillarNumbers = new double[2 * pillars.length];
      this.pillarApplicable = new boolean[pillars.length];
    }

    @Override
    public List<TargetResult> targets() {
      return results(num, tw);
    }

    @Override
    public List<IndexScore> pillars() {
      String aggregator = used.targetAggregator().name();
      double threshold = used.coverageThreshold();
      IndexScore[] list = new IndexScore[pillars.length];
      for (int p = 0; p < list.length; p++) {
        list[p] = views.index(pillars[p].label(), Optional.of(pillars[p]), aggregator, pillarNumbers[2 * p],
            pillarNumbers[2 * p + 1], threshold, this, p);
      }
      return Arrays.asList(list);
    }

    @Override
    public IndexScore index(int which) {
      double threshold = used.coverageThreshold();
      if (which == Views.COMPOSITE) {
        return IndexScore.aggregate(Engine.COMPOSITE, Optional.empty(), used.pillarAggregator(), threshold,
            pillarComponents(this));
      }
      Pillar pillar = pillars[which];
      return IndexScore.aggregate(pillar.label(), Optional.of(pillar), used.targetAggregator(), threshold,
          components(num, which, tw));
    }
  }

  /** Rolls a unit's targets up into its scorecard, with weights {@code g}. */
  private Scorecard card(Numbers num, Weighing g, Scratch scratch) {
    double[] tw = g.tw;
    double[] pw = g.pw;
    Profile used = g.profile;
    byte[] state = num.state;
    double[] attainment = num.attainment;
    double threshold = used.coverageThreshold();
    Aggregator targetAggregator = used.targetAggregator();
    Aggregator pillarAggregator = used.pillarAggregator();
    double[] w = scratch.w;
    double[] v = scratch.v;
    double[] out = scratch.out;
    int pc = pillars.length;
    Card card = new Card(num, g);
    double[] pillarNumbers = card.pillarNumbers;
    boolean[] pillarApplicable = card.pillarApplicable;
    // with equal weights, a pillar's arithmetic mean needs only the sum of its values, their count
    // and range; unless the engine scored a target in full, whose attainment may be -0.0
    double[][] equal = num.byEngine == null ? g.equal : null;
    for (int p = 0; p < pc && equal != null; p++) {
      int[] c = canonical[p];
      int applicable = 0;
      int withData = 0;
      double sum = 0;
      // the bits of numbers 0 or above (not -0.0) order as the numbers do: the range as bits
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int k = 0; k < c.length; k++) {
        int t = c[k];
        if (state[t] == NOT_APPLICABLE) {
          continue;
        }
        applicable++;
        double a = attainment[t];
        if (a == a) {
          double x = a * 100;
          withData++;
          sum += x;
          long bits = Double.doubleToRawLongBits(x);
          min = Math.min(min, bits);
          max = Math.max(max, bits);
        }
      }
      double[] sums = equal[p];
      IndexNumbers.finishEqual(sums[applicable], sums[withData], withData, sum, Double.longBitsToDouble(min),
          Double.longBitsToDouble(max), threshold, out);
      pillarNumbers[2 * p] = out[1];
      pillarNumbers[2 * p + 1] = out[0];
      pillarApplicable[p] = sums[applicable] > 0;
    }
    for (int p = 0; p < pc && equal == null; p++) {
      int[] c = canonical[p];
      // what IndexNumbers.compute does with the components, without copying them first
      double total = 0;
      double covered = 0;
      int withData = 0;
      for (int k = 0; k < c.length; k++) {
        int t = c[k];
        byte st = state[t];
        if (st == NOT_APPLICABLE || tw[t] == 0
            || st == ENGINE && num.byEngine[t].outcome() == Outcome.NOT_APPLICABLE) {
          continue;
        }
        total += tw[t];
        if (!Double.isNaN(attainment[t])) {
          covered += tw[t];
          v[withData] = attainment[t] * 100;
          w[withData++] = tw[t];
        }
      }
      boolean applicable = total > 0;
      IndexNumbers.finish(total, covered, withData, v, w, targetAggregator, threshold, out);
      pillarNumbers[2 * p] = out[1];
      pillarNumbers[2 * p + 1] = out[0];
      pillarApplicable[p] = applicable;
    }
    double total = 0;
    double covered = 0;
    int withData = 0;
    for (int k = 0; k < pc; k++) {
      int p = pillarOrder[k];
      if (!pillarApplicable[p] || pw[p] == 0) {
        continue;
      }
      total += pw[p];
      if (!Double.isNaN(pillarNumbers[2 * p])) {
        covered += pw[p];
        v[withData] = pillarNumbers[2 * p];
        w[withData++] = pw[p];
      }
    }
    IndexNumbers.finish(total, covered, withData, v, w, pillarAggregator, threshold, out);
    IndexScore composite = views.index(Engine.COMPOSITE, Optional.empty(), pillarAggregator.name(), out[1], out[0],
        threshold, card, Views.COMPOSITE);
    return views.card(plan.id(), num.subject.code(), num.subject.unit(), asOf, used, num.illustrative, card,
        composite);
  }

  /** The components of pillar {@code p}, in plan order, as the engine writes them. */
  private List<Component> components(Numbers num, int p, double[] tw) {
    List<Component> list = new ArrayList<>(members[p].length);
    for (int t : members[p]) {
      Label name = targets[t].indicator().label();
      byte st = num.state[t];
      boolean notApplicable = st == NOT_APPLICABLE
          || (st == ENGINE && num.byEngine[t].outcome() == Outcome.NOT_APPLICABLE);
      if (notApplicable) {
        list.add(Component.notApplicable(keys[t], name, tw[t]));
      } else if (!Double.isNaN(num.attainment[t])) {
        list.add(Component.of(keys[t], name, tw[t], num.attainment[t] * 100));
      } else {
        list.add(Component.missing(keys[t], name, tw[t]));
      }
    }
    return list;
  }

  /** The components of a card's composite, in pillar order, as the engine writes them. */
  private List<Component> pillarComponents(Card card) {
    List<Component> list = new ArrayList<>(pillars.length);
    for (int p = 0; p < pillars.length; p++) {
      String key = pillars[p].code();
      Label name = pillars[p].label();
      double score = card.pillarNumbers[2 * p];
      if (!card.pillarApplicable[p]) {
        list.add(Component.notApplicable(key, name, card.pw[p]));
      } else if (!Double.isNaN(score)) {
        list.add(Component.of(key, name, card.pw[p], score));
      } else {
        list.add(Component.missing(key, name, card.pw[p]));
      }
    }
    return list;
  }

  /** The targets' results, in plan order, with target weights {@code tw}. */
  private List<TargetResult> results(Numbers num, double[] tw) {
    ImmutableList.Builder<TargetResult> out = ImmutableList.builderWithExpectedSize(n);
    double[] values = values(num);
    for (int t = 0; t < n; t++) {
      byte st = num.state[t];
      Target target = targets[t];
      double weight = tw[t];
      if (st == ENGINE) {
        TargetResult r = num.byEngine[t];
        out.add(Double.compare(r.weight(), weight) == 0 ? r : TargetResult.builder().from(r).weight(weight).build());
        continue;
      }
      Outcome outcome;
      AdministrativeLevel level = num.level[t];
      if (st == NOT_APPLICABLE) {
        outcome = Outcome.NOT_APPLICABLE;
        level = mapped[t];
      } else if (st == NO_DATA) {
        outcome = Outcome.NO_DATA;
      } else {
        outcome = Outcome.SCORED;
      }
      boolean scored = outcome == Outcome.SCORED;
      boolean met = (st & ~ILLUSTRATIVE) == SCORED_MET;
      Engine.Subject subject = num.subject;
      out.add(views.target(target, outcome, level, num.attainment[t], met, values[t], scored ? rule[t] : null,
          weight, (st & ILLUSTRATIVE) != 0, () -> {
            TargetResult r = engine.scoreTarget(plan, target, subject, set, asOf);
            return Double.compare(r.weight(), weight) == 0 ? r : TargetResult.builder().from(r).weight(weight).build();
          }));
    }
    return out.build();
  }

  /** Re-aggregates a scorecard made by this scorer with other weights. */
  static Scorecard reweigh(Views.Source source, Weights w) {
    Card card = (Card) source;
    return card.num.scorer.reweigh(card.num, card.used, w);
  }

  private Scorecard reweigh(Numbers num, Profile from, Weights w) {
    Reweighed r = reweighed;
    if (r == null || r.from != from || r.weights != w) {
      double[] tw = new double[n];
      for (int t = 0; t < n; t++) {
        tw[t] = w.of(targets[t]);
      }
      double[] pw = new double[pillars.length];
      for (int p = 0; p < pw.length; p++) {
        pw[p] = w.of(pillars[p]);
      }
      r = new Reweighed(from, w, new Weighing(Profile.builder().from(from).name("custom").weights(w).build(), tw, pw));
      reweighed = r;
    }
    return card(num, r.weighing);
  }
}
