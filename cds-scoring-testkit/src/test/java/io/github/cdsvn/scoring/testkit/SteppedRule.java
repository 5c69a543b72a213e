package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.Explanation;
import java.util.EnumSet;
import java.util.Set;

/**
 * A rule written outside cds-scoring, the way a third party would: 1 when the bound holds, 0.5
 * from half-way between baseline and goal, 0 below.
 */
final class SteppedRule implements AttainmentRule {
  private static final Set<Bound.Kind> KINDS = EnumSet.of(Bound.Kind.AT_LEAST, Bound.Kind.MORE_THAN,
      Bound.Kind.AT_MOST, Bound.Kind.LESS_THAN);

  @Override
  public String name() {
    return "stepped";
  }

  @Override
  public boolean supports(Bound.Kind kind) {
    return KINDS.contains(kind);
  }

  @Override
  public Attainment attain(AttainmentInput in) {
    double v = in.value() / 2;
    double t = in.goal().getAsDouble() / 2;
    double b = in.effectiveBaseline() / 2;
    boolean met = in.boundHolds();
    double share = in.improvingDirection() == Direction.HIGHER_IS_BETTER ? (v - b) / (t - b) : (b - v) / (b - t);
    double value = met ? 1 : (in.goalImprovesOnBaseline() && share >= 0.5 ? 0.5 : 0);
    return Attainment.builder().rule(name()).value(value).met(met)
        .addInputs(Explanation.Input.of("v", in.value(), "giá trị", "value")).build();
  }
}
