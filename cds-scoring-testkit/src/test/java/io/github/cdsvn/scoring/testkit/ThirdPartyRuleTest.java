package io.github.cdsvn.scoring.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.AttainmentInput;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The ways a third party checks its rule: the contract driven by its own generator, or the builder's tests. */
class ThirdPartyRuleTest {

  @Test
  void theThirdPartyRulePassesTheContract() {
    AttainmentRuleContract contract = AttainmentRuleContract.of(new SteppedRule(),
        AttainmentRuleContract.Feature.SCALE_INVARIANT);
    qt().withExamples(1000).forAll(doubles().between(0, 100), doubles().between(1, 99), doubles().between(0, 100))
        .checkAssert((v, t, other) -> {
          AttainmentInput c = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.moreThan(t), v);
          contract.check(c);
          contract.checkMonotone(c, other);
        });
  }

  @TestFactory
  Stream<DynamicContainer> theThirdPartyRuleObeysTheLawsOnDrawnCases() {
    return RuleTests.forRule(new SteppedRule()).features(AttainmentRuleContract.Feature.SCALE_INVARIANT)
        .cases(7, 300).build();
  }
}
