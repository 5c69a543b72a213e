package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The builder names one container per law and one test per case, and its tests fail where a law is broken. */
class RuleTestsTest {
  private static final List<String> LAWS = List.of(
      "total: every valid case is scored; bounded: attainment in [0, 1]",
      "met means the bound holds; met implies 1; 1 implies met (bounds that are not strict)",
      "deterministic: the same case gives the same result, bit for bit",
      "baseline gives 0: a value equal to the baseline attains 0 where the goal improves on it",
      "non-finite refused: NaN and infinities never reach a rule",
      "monotone: a better value never lowers attainment");
  private static final String SCALE = "scale-invariant: multiplying value, goal and baseline by one positive factor"
      + " changes nothing";

  @Test
  void oneContainerPerLawAndOneTestPerCaseNamedByTheLawAndTheCase() {
    List<Nodes.Law> laws = Nodes.laws(RuleTests.forRule(AttainmentRule.distanceToTarget()).cases(9, 12).build());
    assertThat(Nodes.names(laws)).containsExactlyElementsOf(LAWS);
    List<AttainmentInput> cases = AttainmentCases.of(supported(AttainmentRule.distanceToTarget()), 9, 12);
    List<DynamicTest> bounded = laws.get(0).tests();
    assertThat(bounded).hasSize(12);
    for (int i = 0; i < 12; i++) {
      assertThat(bounded.get(i).getDisplayName()).isEqualTo("total, bounded, case " + (i + 1) + " of 12: " + cases.get(i));
    }
    assertThat(laws.get(1).tests().get(0).getDisplayName())
        .startsWith("met means the bound holds, met implies 1, 1 implies met (bounds that are not strict), case 1 of 12: ");
    List<MonotonePair> pairs = AttainmentCases.pairs(supported(AttainmentRule.distanceToTarget()), 9, 12);
    assertThat(laws.get(5).tests().get(3).getDisplayName()).isEqualTo("monotone, case 4 of 12: " + pairs.get(3));
  }

  @Test
  void aScaleInvariantRuleGetsTheScaleLawAndTheDefaultsDrawAHundredCases() {
    List<Nodes.Law> laws = Nodes.laws(RuleTests.forRule(AttainmentRule.growthRatio())
        .features(Feature.SCALE_INVARIANT).build());
    assertThat(Nodes.names(laws)).containsExactlyElementsOf(concat(LAWS, SCALE));
    assertThat(laws).allSatisfy(c -> assertThat(c.tests()).hasSize(RuleTests.DEFAULT_COUNT));
    assertThat(laws.get(6).tests().get(0).getDisplayName()).startsWith("scale-invariant, case 1 of 100: ");
    assertThat(Nodes.failures(Nodes.tests(laws))).isEmpty();
    // the features can be set again, to none
    assertThat(RuleTests.forRule(AttainmentRule.growthRatio()).features(Feature.SCALE_INVARIANT).features().build())
        .hasSize(LAWS.size());
    // each build draws again, for another run
    RuleTests tests = RuleTests.forRule(AttainmentRule.growthRatio()).cases(5, 3);
    assertThat(Nodes.tests(Nodes.laws(tests.build()))).extracting(DynamicTest::getDisplayName)
        .isEqualTo(Nodes.tests(Nodes.laws(tests.build())).stream().map(DynamicTest::getDisplayName).toList());
  }

  @Test
  void theCasesAreOfTheKindsTheRuleSupports() {
    Set<Bound.Kind> seen = ConcurrentHashMap.newKeySet();
    AttainmentRule spy = rule("spy", k -> k == Bound.Kind.AT_MOST || k == Bound.Kind.TOP_RANK, in -> {
      seen.add(in.bound().kind());
      return in.boundHolds() ? 1 : 0;
    });
    assertThat(Nodes.failures(Nodes.tests(Nodes.laws(RuleTests.forRule(spy).cases(3, 40).build())))).isEmpty();
    assertThat(seen).containsExactlyInAnyOrder(Bound.Kind.AT_MOST, Bound.Kind.TOP_RANK);
  }

  @Test
  void aBrokenLawFailsItsTestsAndOnlyThose() {
    // 1 from half the goal on: "1 implies met" breaks; the rule is still a ratio, so scale
    // invariance holds
    AttainmentRule generous = rule("generous", k -> k == Bound.Kind.AT_LEAST,
        in -> in.boundHolds() || in.value() >= in.goal().getAsDouble() / 2 ? 1 : 0);
    List<Nodes.Law> laws = Nodes.laws(RuleTests.forRule(generous).features(Feature.SCALE_INVARIANT).cases(1, 200)
        .build());
    for (int i = 0; i < laws.size(); i++) {
      List<String> failures = Nodes.failures(laws.get(i).tests());
      if (i == 1) {
        assertThat(failures).isNotEmpty().allSatisfy(f -> assertThat(f)
            .startsWith("met means the bound holds, met implies 1, 1 implies met (bounds that are not strict), case ")
            .contains("AttainmentRule 'generous' breaks the law '1 implies met (bounds that are not strict)': "
                + "attainment 1 but not met; case AttainmentInput{"));
      } else if (i == 3 || i == 5) {
        // a value at the baseline may attain 1 (a baseline above half the goal), and a better value 0
        assertThat(failures).allSatisfy(f -> assertThat(f).contains("breaks the law '"));
      } else {
        assertThat(failures).as(laws.get(i).name()).isEmpty();
      }
    }
  }

  @Test
  void badArgumentsAreRefusedNamingTheField() {
    AttainmentRule none = rule("none", k -> false, in -> 0);
    assertThatThrownBy(() -> RuleTests.forRule(none).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleTests.rule (a rule that supports a kind of bound): 'none'");
    assertThatThrownBy(() -> RuleTests.forRule(none).cases(1, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleTests.count (valid values 1 - 100000): 0");
    assertThatThrownBy(() -> RuleTests.forRule(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("RuleTests.rule");
    assertThatThrownBy(() -> RuleTests.forRule(none).features((Feature) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("RuleTests.features[]");
  }

  @Test
  void aBuilderIsNeverChangedByTheBuildersMadeFromIt() {
    RuleTests base = RuleTests.forRule(AttainmentRule.nearestEdge());
    base.features(Feature.SCALE_INVARIANT);
    base.cases(1, 3);
    List<Nodes.Law> laws = Nodes.laws(base.build());
    assertThat(laws).hasSize(LAWS.size());
    assertThat(laws.get(0).tests()).hasSize(RuleTests.DEFAULT_COUNT);
  }

  /** A rule for the kinds accepted, scoring what a function makes of the case, met when the bound holds. */
  static AttainmentRule rule(String name, Predicate<Bound.Kind> kinds, java.util.function.ToDoubleFunction<AttainmentInput> f) {
    return new AttainmentRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean supports(Bound.Kind kind) {
        return kinds.test(kind);
      }

      @Override
      public Attainment attain(AttainmentInput in) {
        return Attainment.builder().rule(name).value(f.applyAsDouble(in)).met(in.boundHolds()).build();
      }
    };
  }

  private static Set<Bound.Kind> supported(AttainmentRule rule) {
    Set<Bound.Kind> kinds = EnumSet.noneOf(Bound.Kind.class);
    for (Bound.Kind k : Bound.Kind.values()) {
      if (rule.supports(k)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.add(b);
    return all;
  }
}
