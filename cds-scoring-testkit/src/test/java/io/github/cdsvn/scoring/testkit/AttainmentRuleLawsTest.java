package io.github.cdsvn.scoring.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * The built-in rules pass the attainment-rule contract, on cases QuickTheories generates and on
 * the cases the testkit's own generator draws.
 */
class AttainmentRuleLawsTest {

  private static void obeysEveryLaw(AttainmentRule rule, Gen<AttainmentInput> cases) {
    AttainmentRuleContract contract = AttainmentRuleContract.of(rule, Feature.SCALE_INVARIANT);
    qt().withExamples(2000).forAll(cases).checkAssert(contract::check);
    qt().withExamples(2000).forAll(cases.flatMap(c -> Cases.otherValue(c).map(v -> new Object[] {c, v})))
        .checkAssert(pair -> contract.checkMonotone((AttainmentInput) pair[0], (Double) pair[1]));
    qt().withExamples(500).forAll(cases, integers().between(-4, 4))
        .checkAssert(contract::checkScaleInvariance);
  }

  @Test
  void distanceToTargetOnThresholds() {
    obeysEveryLaw(AttainmentRule.distanceToTarget(), Cases.thresholds());
  }

  @Test
  void distanceToTargetOnRanks() {
    obeysEveryLaw(AttainmentRule.distanceToTarget(), Cases.ranks());
  }

  @Test
  void distanceToTargetOnRelativeChanges() {
    obeysEveryLaw(AttainmentRule.distanceToTarget(), Cases.relativeChanges());
  }

  @Test
  void distanceToTargetOnMilestonesOrdinalsAndMaintain() {
    obeysEveryLaw(AttainmentRule.distanceToTarget(), Cases.milestones());
    obeysEveryLaw(AttainmentRule.distanceToTarget(), Cases.ordinals());
    obeysEveryLaw(AttainmentRule.distanceToTarget(), Cases.maintains());
  }

  @Test
  void nearestEdgeOnApproximately() {
    obeysEveryLaw(AttainmentRule.nearestEdge(), Cases.approximately());
  }

  @Test
  void growthRatioOnGrowth() {
    obeysEveryLaw(AttainmentRule.growthRatio(), Cases.growth());
  }

  @TestFactory
  Stream<DynamicContainer> distanceToTargetOnDrawnCases() {
    return RuleTests.forRule(AttainmentRule.distanceToTarget()).features(Feature.SCALE_INVARIANT)
        .cases(20251231, 450).build();
  }

  @TestFactory
  Stream<DynamicContainer> nearestEdgeOnDrawnCases() {
    return RuleTests.forRule(AttainmentRule.nearestEdge()).features(Feature.SCALE_INVARIANT)
        .cases(20251231, 200).build();
  }

  @TestFactory
  Stream<DynamicContainer> growthRatioOnDrawnCases() {
    return RuleTests.forRule(AttainmentRule.growthRatio()).features(Feature.SCALE_INVARIANT)
        .cases(20251231, 200).build();
  }
}
