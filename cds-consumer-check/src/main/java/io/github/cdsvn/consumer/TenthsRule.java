package io.github.cdsvn.consumer;

import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.Explanation;
import java.util.EnumSet;
import java.util.Set;

/**
 * An attainment rule of an application's own: credit in whole tenths of the way from the
 * baseline to the goal, for bounds on the value ("at least", "more than", "at most", "less
 * than"); 1 only when the bound is met, at most 0.9 before. Where the goal does not improve on
 * the baseline, 1 if the bound holds and 0 if not.
 *
 * <p>Immutable and thread-safe.
 */
public final class TenthsRule implements AttainmentRule {
  /** The rule's name. */
  public static final String NAME = "tenths";

  private static final Set<Bound.Kind> KINDS = EnumSet.of(Bound.Kind.AT_LEAST, Bound.Kind.MORE_THAN,
      Bound.Kind.AT_MOST, Bound.Kind.LESS_THAN);

  /** Creates the rule; it keeps no state. */
  public TenthsRule() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean supports(Bound.Kind kind) {
    return KINDS.contains(kind);
  }

  @Override
  public Attainment attain(AttainmentInput in) {
    double v = in.value();
    double t = in.goal().orElseThrow();
    double b = in.effectiveBaseline();
    boolean met = in.boundHolds();
    double value;
    if (met) {
      value = 1;
    } else if (!in.goalImprovesOnBaseline()) {
      value = 0;
    } else {
      double done = v - b;
      double asked = t - b;
      if (Double.isInfinite(done) || Double.isInfinite(asked)) {
        // differences of huge values overflow, those of their halves cannot
        done = v / 2 - b / 2;
        asked = t / 2 - b / 2;
      }
      // the signs of both differences follow the improving direction: their ratio is the share
      double share = Math.max(0, Math.min(1, done / asked));
      value = Math.min(0.9, Math.floor(share * 10) / 10);
    }
    return Attainment.builder().rule(NAME).value(value).met(met)
        .addInputs(Explanation.Input.of("v", v, "giá trị", "value"), Explanation.Input.of("t", t, "mục tiêu", "target"),
            Explanation.Input.of("b", b, "cơ sở", "baseline"))
        .build();
  }
}
