package io.github.cdsvn.examples;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.Explanation;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.AttainmentInput;

/**
 * An attainment rule a team might write for itself: the square of the distance to target,
 * {@code ((v − b) / (t − b))²} clamped to [0, 1], for "at least" and "more than" bounds. It
 * gives little credit for a start and full credit only near the goal, where the built-in
 * distance to target is linear.
 *
 * <p>It keeps the laws every rule obeys (bounded, met implies 1, 1 implies met for "at least",
 * monotone, 0 at the baseline, scale-invariant), which the example's tests check with the
 * contract of cds-scoring-testkit. Immutable and thread-safe.
 */
public final class QuadraticDistanceRule implements AttainmentRule {
  /** The rule's name. */
  public static final String NAME = "quadratic-distance";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean supports(Bound.Kind kind) {
    return kind == Bound.Kind.AT_LEAST || kind == Bound.Kind.MORE_THAN;
  }

  @Override
  public Attainment attain(AttainmentInput in) {
    double v = in.value();
    double t = in.goal().orElseThrow();
    double b = in.effectiveBaseline();
    boolean met = in.boundHolds();
    Attainment.Builder a = Attainment.builder().rule(NAME).met(met)
        .addInputs(Explanation.Input.of("v", v, "giá trị", "value"), Explanation.Input.of("t", t, "mục tiêu", "target"),
            Explanation.Input.of("b", b, "cơ sở", "baseline"));
    if (!in.goalImprovesOnBaseline()) {
      return a.value(met ? 1 : 0)
          .addNotes(Label.of("mục tiêu không cao hơn cơ sở: 1 nếu đạt, 0 nếu không",
              "the target does not improve on the baseline: 1 if met, 0 if not"))
          .build();
    }
    double sign = in.improvingDirection() == Direction.HIGHER_IS_BETTER ? 1 : -1;
    double done = v - b;
    double asked = t - b;
    if (Double.isInfinite(done) || Double.isInfinite(asked)) {
      // differences of huge values overflow, and those of their halves cannot; halves are taken
      // only then, since halving the tiniest values rounds them to 0
      done = v / 2 - b / 2;
      asked = t / 2 - b / 2;
    }
    double share = (sign * done) / (sign * asked);
    double clamped = Math.max(0, Math.min(1, share));
    double value = clamped * clamped;
    if (met) {
      value = 1;
    } else if (value >= 1) {
      // not met: never show a full score
      value = Math.nextDown(1.0);
    }
    return a.value(value).build();
  }

  @Override
  public String toString() {
    return NAME;
  }
}
