package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Target;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the engine needs to score a plan's targets from a value alone, prepared once per plan and
 * profile: for each target scored by a built-in distance rule (distance to target, nearest edge)
 * with a baseline the plan states or none, its goal, baseline, direction and bound, and how its
 * bound is tested. The arithmetic is the rules' own ({@link Rules.DistanceToTarget},
 * {@link Rules.NearestEdge}), so the numbers are theirs, bit for bit. The other targets (another
 * rule, a baseline to be read from the observations, growth per year, a trajectory method other
 * than the built-in) are scored in full, target by target ({@link TargetScorer}). Immutable once
 * made.
 */
final class PreparedTargets {
  // how a target is scored from its value
  static final byte DISTANCE = 0;
  static final byte EDGE = 1;
  static final byte IN_FULL = 2;

  // how a target's bound is tested: a comparison with its goal, or by its input
  private static final byte COMPARISON = 0;
  private static final byte BY_INPUT = 1;

  final byte[] how;
  /** Whether a target is scored by a distance rule on a bound of one comparison. */
  final boolean[] quick;
  private final AttainmentInput[] probe;
  private final byte[] test;
  final double[] goal;
  final double[] base;
  final boolean[] improves;
  private final Direction[] improving;
  private final double[] centre;
  private final double[] tolerance;
  /** The end of a stated baseline year, as an epoch day, or {@link Long#MIN_VALUE}. */
  final long[] baseDay;
  /** For the bounds of one comparison: 1 where higher is better, −1 where lower is; strictness. */
  final double[] sign;
  final boolean[] strict;

  /**
   * Prepares targets.
   *
   * @param targets the targets
   * @param profile the profile scoring them
   * @param differs whether the observations define each target's indicator otherwise, which
   *     only a score in full refuses
   */
  PreparedTargets(Target[] targets, Profile profile, boolean[] differs) {
    int n = targets.length;
    how = new byte[n];
    quick = new boolean[n];
    probe = new AttainmentInput[n];
    test = new byte[n];
    goal = new double[n];
    base = new double[n];
    improves = new boolean[n];
    improving = new Direction[n];
    centre = new double[n];
    tolerance = new double[n];
    baseDay = new long[n];
    sign = new double[n];
    Arrays.fill(sign, 1);
    strict = new boolean[n];
    boolean builtInTrajectory = profile.trajectoryMethod() == CompoundGrowthMethod.INSTANCE;
    for (int t = 0; t < n; t++) {
      how[t] = builtInTrajectory && !differs[t] ? prepare(t, targets[t], profile) : IN_FULL;
      quick[t] = how[t] == DISTANCE && test[t] == COMPARISON;
    }
  }

  private byte prepare(int t, Target target, Profile profile) {
    Bound.Kind kind = target.bound().kind();
    AttainmentRule r = profile.rule(kind);
    byte way;
    if (r == Rules.DISTANCE && r.supports(kind)) {
      way = DISTANCE;
    } else if (r == Rules.NEAREST_EDGE && kind == Bound.Kind.APPROXIMATELY) {
      way = EDGE;
    } else {
      return IN_FULL;
    }
    Optional<Baseline> declared = target.baseline();
    if (declared.isPresent() && declared.get().value().isEmpty()) {
      return IN_FULL; // read from the observations of the baseline year
    }
    if (declared.isEmpty() && (kind == Bound.Kind.RELATIVE_CHANGE || kind == Bound.Kind.MAINTAIN)) {
      return IN_FULL;
    }
    Indicator indicator = target.indicator();
    Measure measure = indicator.measure();
    double any = Double.isFinite(measure.min()) ? measure.min() : Double.isFinite(measure.max()) ? measure.max() : 0;
    if (!measure.isValid(any)) {
      return IN_FULL;
    }
    AttainmentInput in;
    try {
      AttainmentInput.Builder b = AttainmentInput.builder().measure(measure).direction(indicator.direction())
          .bound(target.bound()).value(any);
      declared.ifPresent(d -> b.baseline(d.value().getAsDouble()));
      in = b.build();
    } catch (InvalidValueException e) {
      return IN_FULL; // scored in full, it is refused for the first unit with data, as it always was
    }
    probe[t] = in;
    // what AttainmentInput.holds does for the bounds read as one comparison with the goal, their
    // threshold (Rules.DistanceToTarget.meets): its direction and whether it is strict
    test[t] = COMPARISON;
    switch (kind) {
      case AT_LEAST:
        break;
      case MORE_THAN:
        strict[t] = true;
        break;
      case AT_MOST:
        sign[t] = -1;
        break;
      case LESS_THAN:
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
    if (way == DISTANCE) {
      goal[t] = in.goal().getAsDouble();
    } else {
      Bound.Approximately a = (Bound.Approximately) target.bound();
      centre[t] = a.value();
      tolerance[t] = a.tolerance();
    }
    return way;
  }

  /** Tells whether value {@code v} meets target {@code t}'s bound. */
  boolean met(int t, double v) {
    return test[t] == BY_INPUT ? probe[t].holds(v) : Rules.DistanceToTarget.meets(v, goal[t], sign[t], strict[t]) == 1;
  }

  /** The attainment of value {@code v} for target {@code t}, by its rule. */
  double attain(int t, double v, boolean met) {
    return how[t] == DISTANCE
        ? Rules.DistanceToTarget.value(v, goal[t], base[t], met, improves[t], improving[t])
        : Rules.NearestEdge.value(v, base[t], centre[t], tolerance[t], met, improves[t]);
  }
}
