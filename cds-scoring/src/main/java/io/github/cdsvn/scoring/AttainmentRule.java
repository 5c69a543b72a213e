package io.github.cdsvn.scoring;

import io.github.cdsvn.core.plan.Bound;

/**
 * Turns one case — a bound, the value at the as-of date, the baseline and the series — into an
 * {@link Attainment}: a number in [0, 1] and whether the bound is met.
 *
 * <p>A rule obeys the laws that cds-scoring-testkit's rule contract
 * ({@code io.github.cdsvn.scoring.testkit.AttainmentRuleContract}) checks: its attainment lies
 * in [0, 1]; "met" implies 1, and for a bound that is not strict 1 implies "met"; a better value
 * never lowers the attainment; a value equal to the baseline gives 0 where the goal improves on
 * the baseline; a ratio rule gives the same result when value, goal and baseline are multiplied
 * by one positive factor; and the same input always gives the same result. Non-finite numbers
 * never reach a rule: {@link AttainmentInput} refuses them.
 *
 * <p>Implementations must be immutable and thread-safe. The built-ins are obtained from the
 * static factories; others are registered through a
 * {@link io.github.cdsvn.scoring.spi.ScoringProvider} or given to
 * {@code Scorer.builder().rule(kind, rule)} directly.
 */
public interface AttainmentRule {

  /**
   * Returns the rule's name, unique among the rules a provider offers.
   *
   * @return a lower-case code such as {@code distance-to-target}
   */
  String name();

  /**
   * Tells whether this rule scores a kind of bound.
   *
   * @param kind the kind
   * @return {@code true} if {@link #attain(AttainmentInput)} accepts inputs with such a bound
   */
  boolean supports(Bound.Kind kind);

  /**
   * Scores one case.
   *
   * @param input the case, valid by construction
   * @return the attainment
   * @throws io.github.cdsvn.core.InvalidValueException if the rule does not support the bound's
   *     kind
   */
  Attainment attain(AttainmentInput input);

  /**
   * The distance to the goal, {@code clamp((v − b) / (t − b), 0, 1)}, mirrored where lower is
   * better; 1 if the bound holds and 0 if not where the goal does not improve on the baseline.
   * Scores every kind of bound except "approximately" and growth per year: ranks
   * ({@code (b − rank) / (b − N)}, b being the baseline rank or M), relative change
   * ({@code t = b × (1 + change)}), milestones (0 or 1), ordinal categories (positions on the
   * scale) and "maintain" (t = b).
   *
   * @return the built-in rule {@code distance-to-target}
   */
  static AttainmentRule distanceToTarget() {
    return Rules.DISTANCE;
  }

  /**
   * "Approximately": 1 within the tolerance, else {@code clamp(1 − d(v) / d(b), 0, 1)} where
   * {@code d(x) = |x − t| − tolerance} is the distance to the nearest edge of the band.
   *
   * @return the built-in rule {@code nearest-edge}
   */
  static AttainmentRule nearestEdge() {
    return Rules.NEAREST_EDGE;
  }

  /**
   * Growth per year: {@code clamp(CAGR_observed / g, 0, 1)}, the compound annual growth from the
   * first point of the series to the last, against the rate asked for.
   *
   * @return the built-in rule {@code growth-ratio}
   */
  static AttainmentRule growthRatio() {
    return Rules.GROWTH;
  }

  /**
   * Returns the built-in rule for a kind of bound, as the {@code default} profile uses it.
   *
   * @param kind the kind
   * @return {@link #nearestEdge()} for "approximately", {@link #growthRatio()} for growth per
   *     year, {@link #distanceToTarget()} otherwise
   */
  static AttainmentRule builtIn(Bound.Kind kind) {
    return Rules.forKind(kind);
  }
}
