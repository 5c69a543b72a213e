package io.github.cdsvn.scoring.internal;

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
import io.github.cdsvn.scoring.Component;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.Outcome;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.TargetResult;
import io.github.cdsvn.scoring.Weights;
import io.github.cdsvn.scoring.spi.Aggregator;
import io.github.cdsvn.scoring.spi.AttainmentInput;
import io.github.cdsvn.scoring.spi.AttainmentRule;
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
  private final double[] bound;
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
  /** Pillars in index order; the plan order of their targets; the targets in component-key order. */
  private final Pillar[] pillars;
  private final int[][] members;
  private final int[][] canonical;
  private final double[] pillarWeights;
  /** Pillars in component-key (code) order. */
  private final int[] pillarOrder;
  private final int widest;
  private final Map<AdministrativeLevel, Levels> byLevel = new ConcurrentHashMap<>();
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

  /** New weights, as the targets and pillars of this plan carry them. */
  private static final class Reweighed {
    final Profile from;
    final Weights weights;
    final Profile profile;
    final double[] targetWeights;
    final double[] pillarWeights;

    Reweighed(Profile from, Weights weights, Profile profile, double[] targetWeights, double[] pillarWeights) {
      this.from = from;
      this.weights = weights;
      this.profile = profile;
      this.targetWeights = targetWeights;
      this.pillarWeights = pillarWeights;
    }
  }

  /** What a unit's scorecard keeps: the state and numbers of each target. */
  static final class Numbers {
    final ColumnScorer scorer;
    final Engine.Subject subject;
    final byte[] state;
    final double[] attainment;
    final double[] value;
    /** The results the engine built in full, by target; {@code null} while there is none. */
    TargetResult[] byEngine;
    final AdministrativeLevel[] level;

    Numbers(ColumnScorer scorer, Engine.Subject subject, int n, AdministrativeLevel[] level) {
      this.scorer = scorer;
      this.subject = subject;
      this.state = new byte[n];
      this.attainment = new double[n];
      this.value = new double[n];
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
    bound = new double[n];
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
    // what AttainmentInput.holds does for the bounds read as one comparison
    switch (kind) {
      case AT_LEAST:
        test[t] = AT_LEAST;
        bound[t] = ((Bound.AtLeast) target.bound()).value();
        break;
      case MORE_THAN:
        test[t] = MORE_THAN;
        bound[t] = ((Bound.MoreThan) target.bound()).value();
        break;
      case AT_MOST:
        test[t] = AT_MOST;
        bound[t] = ((Bound.AtMost) target.bound()).value();
        break;
      case LESS_THAN:
        test[t] = LESS_THAN;
        bound[t] = ((Bound.LessThan) target.bound()).value();
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
    final double[] w;
    final double[] v;
    final boolean[] a;
    final double[] out = new double[2];
    final double[][] reuse;
    /** The series keys read by units of the last own level scored, and that level. */
    AdministrativeLevel levelsOf;
    Levels levels;
    /** The number of the last unit found in the set, or -1. */
    int unit = -1;

    private Scratch(int targets, int widest) {
      explicit = new int[targets];
      own = new int[targets];
      w = new double[widest];
      v = new double[widest];
      a = new boolean[widest];
      reuse = IndexNumbers.reuse(widest);
    }
  }

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
    double[] value = num.value;
    if (subject.unknown().isPresent()) {
      Arrays.fill(attainment, Double.NaN);
      Arrays.fill(value, Double.NaN);
      for (int t = 0; t < n; t++) {
        state[t] = inForce[t] ? NO_DATA : NOT_APPLICABLE;
      }
      return card(num, weights, pillarWeights, profile);
    }
    int[] explicit = scratch.explicit;
    int[] own = scratch.own;
    Arrays.fill(explicit, 0, n, -1);
    Arrays.fill(own, 0, n, -1);
    // units are scored in code order, as the set holds them: try the next one first
    int unit = columns.unit(subject.code(), scratch.unit + 1);
    if (unit >= 0) {
      scratch.unit = unit;
      int s = columns.firstSeries(unit);
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
    }
    long lo = Long.MIN_VALUE;
    long hi = asOfDay;
    if (subject.window().isPresent()) {
      Validity w = subject.window().get();
      if (w.from().isPresent()) {
        lo = w.from().get().toEpochDay();
      }
      if (w.until().isPresent()) {
        hi = Math.min(hi, w.until().get().toEpochDay());
      }
    }
    for (int t = 0; t < n; t++) {
      if (!inForce[t]) {
        state[t] = NOT_APPLICABLE;
        attainment[t] = Double.NaN;
        value[t] = Double.NaN;
        continue;
      }
      int series;
      if (!lv.both[t]) {
        series = explicit[t];
      } else if (explicit[t] >= 0 && own[t] >= 0) {
        series = -2; // two series to merge
      } else {
        series = Math.max(explicit[t], own[t]);
      }
      if (series == -1) {
        state[t] = NO_DATA;
        attainment[t] = Double.NaN;
        value[t] = Double.NaN;
        continue;
      }
      if (how[t] == BY_ENGINE || series == -2 || differs[t]) {
        TargetResult r = engine.scoreTarget(plan, targets[t], subject, set, asOf);
        if (num.byEngine == null) {
          num.byEngine = new TargetResult[n];
        }
        num.byEngine[t] = r;
        state[t] = ENGINE;
        attainment[t] = r.attainment().orElse(Double.NaN);
        value[t] = r.value().orElse(Double.NaN);
        continue;
      }
      int last = columns.end(series) - 1;
      long lastDay = columns.lastDay(series);
      if (lastDay > hi || lastDay == Long.MIN_VALUE || lo != Long.MIN_VALUE) {
        // the latest observation is after the date, or there is none, or the window has a start:
        // read the dates
        int start = columns.start(series);
        while (last >= start && columns.day(last) > hi) {
          last--;
        }
        if (last < start || columns.day(last) < lo) {
          state[t] = NO_DATA;
          attainment[t] = Double.NaN;
          value[t] = Double.NaN;
          continue;
        }
        lastDay = columns.day(last);
      }
      double v = columns.value(last);
      boolean met;
      switch (test[t]) {
        case AT_LEAST:
          met = v >= bound[t];
          break;
        case MORE_THAN:
          met = v > bound[t];
          break;
        case AT_MOST:
          met = v <= bound[t];
          break;
        case LESS_THAN:
          met = v < bound[t];
          break;
        default:
          met = probe[t].holds(v);
      }
      double a = how[t] == DISTANCE
          ? Rules.DistanceToTarget.value(v, goal[t], base[t], met, improves[t], improving[t])
          : Rules.NearestEdge.value(v, base[t], centre[t], tolerance[t], met, improves[t]);
      attainment[t] = a;
      value[t] = v;
      byte st = met ? SCORED_MET : SCORED;
      if (columns.hasIllustrative(series)) {
        int from = columns.start(series);
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
      state[t] = st;
    }
    return card(num, weights, pillarWeights, profile, scratch);
  }

  private Scorecard card(Numbers num, double[] tw, double[] pw, Profile used) {
    return card(num, tw, pw, used, new Scratch(0, widest)); // for the indices only
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

    Card(Numbers num, double[] tw, double[] pw, Profile used) {
      this.num = num;
      this.tw = tw;
      this.pw = pw;
      this.used = used;
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

  /** Rolls a unit's targets up into its scorecard, with target weights {@code tw} and pillar weights {@code pw}. */
  private Scorecard card(Numbers num, double[] tw, double[] pw, Profile used, Scratch scratch) {
    byte[] state = num.state;
    double[] attainment = num.attainment;
    double threshold = used.coverageThreshold();
    Aggregator targetAggregator = used.targetAggregator();
    Aggregator pillarAggregator = used.pillarAggregator();
    double[] w = scratch.w;
    double[] v = scratch.v;
    boolean[] a = scratch.a;
    double[] out = scratch.out;
    int pc = pillars.length;
    Card card = new Card(num, tw, pw, used);
    double[] pillarNumbers = card.pillarNumbers;
    boolean[] pillarApplicable = card.pillarApplicable;
    for (int p = 0; p < pc; p++) {
      int[] c = canonical[p];
      boolean applicable = false;
      for (int k = 0; k < c.length; k++) {
        int t = c[k];
        w[k] = tw[t];
        boolean ap = state[t] != NOT_APPLICABLE;
        if (state[t] == ENGINE) {
          ap = num.byEngine[t].outcome() != Outcome.NOT_APPLICABLE;
        }
        a[k] = ap;
        v[k] = Double.isNaN(attainment[t]) ? Double.NaN : attainment[t] * 100;
        applicable |= ap && tw[t] > 0;
      }
      IndexNumbers.compute(c.length, w, v, a, targetAggregator, threshold, out, scratch.reuse);
      pillarNumbers[2 * p] = out[1];
      pillarNumbers[2 * p + 1] = out[0];
      pillarApplicable[p] = applicable;
    }
    for (int k = 0; k < pc; k++) {
      int p = pillarOrder[k];
      w[k] = pw[p];
      v[k] = pillarNumbers[2 * p];
      a[k] = pillarApplicable[p];
    }
    IndexNumbers.compute(pc, w, v, a, pillarAggregator, threshold, out, scratch.reuse);
    IndexScore composite = views.index(Engine.COMPOSITE, Optional.empty(), pillarAggregator.name(), out[1], out[0],
        threshold, card, Views.COMPOSITE);
    boolean illustrative = false;
    for (int t = 0; t < n && !illustrative; t++) {
      illustrative = state[t] == ENGINE ? num.byEngine[t].illustrative() : (state[t] & ILLUSTRATIVE) != 0;
    }
    return views.card(plan.id(), num.subject.code(), num.subject.unit(), asOf, used, illustrative, card, composite);
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
      out.add(views.target(target, outcome, level, num.attainment[t], met, num.value[t], scored ? rule[t] : null,
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
      r = new Reweighed(from, w, Profile.builder().from(from).name("custom").weights(w).build(), tw, pw);
      reweighed = r;
    }
    return card(num, r.targetWeights, r.pillarWeights, r.profile);
  }
}
