package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each law has a check of its own, which fails only for what breaks that law; the contracts'
 * messages name the implementation, the law and the case; a case that is not valid is refused
 * naming the field; the arrays given are never modified.
 */
class ContractChecksTest {
  private static final AttainmentInput HALF = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER,
      Bound.atLeast(80), 40);
  private static final double[] VALUES = {10, 20, 40};
  private static final double[] WEIGHTS = {1, 2, 1};

  @Test
  void aRuleFailureNamesTheRuleTheLawAndTheCase() {
    AttainmentRule generous = RuleTestsTest.rule("generous", k -> k == Bound.Kind.AT_LEAST, in -> 1);
    AttainmentRuleContract contract = AttainmentRuleContract.of(generous);
    assertThatThrownBy(() -> contract.checkMet(HALF)).isInstanceOf(AssertionError.class)
        .hasMessage("AttainmentRule 'generous' breaks the law '1 implies met (bounds that are not strict)': "
            + "attainment 1 but not met; case " + HALF);
    // the other laws hold for this rule and case
    assertThatCode(() -> contract.checkBounded(HALF)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkDeterministic(HALF)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkRefusesNonFinite(HALF)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkMonotone(new MonotonePair(HALF, 60))).doesNotThrowAnyException();
    assertThatThrownBy(() -> contract.checkBaselineGivesZero(HALF)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("'baseline gives 0: ");
    assertThat(contract.rule()).isSameAs(generous);
    assertThat(contract.features()).isEmpty();
    assertThat(AttainmentRuleContract.of(generous, Feature.SCALE_INVARIANT, Feature.SCALE_INVARIANT).features())
        .containsExactly(Feature.SCALE_INVARIANT);
    assertThatThrownBy(() -> contract.features().add(Feature.SCALE_INVARIANT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aScaleFailureSaysByWhatFactor() {
    AttainmentRule absolute = RuleTestsTest.rule("absolute", k -> k == Bound.Kind.AT_LEAST,
        in -> in.boundHolds() ? 1 : Math.max(0, 1 - (in.goal().getAsDouble() - in.value()) / 50));
    AttainmentInput count = AttainmentInput.of(Measure.count(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 60);
    assertThatThrownBy(() -> AttainmentRuleContract.of(absolute).checkScaleInvariance(count, -1))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("AttainmentRule 'absolute' breaks the law 'scale-invariant: multiplying value, goal"
            + " and baseline by one positive factor changes nothing': got 0.6 not met, multiplied by 0.5 0.8 not met");
    // declared, check() scales too; not declared, it does not
    assertThatThrownBy(() -> AttainmentRuleContract.of(absolute, Feature.SCALE_INVARIANT).check(count))
        .hasMessageContaining("'scale-invariant");
    assertThatCode(() -> AttainmentRuleContract.of(absolute).check(count)).doesNotThrowAnyException();
    // measures without a natural zero are outside the law
    AttainmentInput index = AttainmentInput.of(Measure.index(-50, 50), Direction.HIGHER_IS_BETTER,
        Bound.atLeast(30), 10);
    assertThatCode(() -> AttainmentRuleContract.of(absolute).checkScaleInvariance(index, 1))
        .doesNotThrowAnyException();
  }

  @Test
  void aRuleContractRefusesWhatIsNotACaseOfTheRule() {
    AttainmentRuleContract contract = AttainmentRuleContract.of(AttainmentRule.distanceToTarget());
    assertThatThrownBy(() -> contract.checkMonotone(HALF, 101)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for AttainmentRuleContract.otherValue (a value that makes a valid"
            + " case of " + HALF + ": Invalid value for AttainmentInput.value");
    AttainmentInput approx = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER,
        Bound.approximately(50, 5), 40);
    assertThatThrownBy(() -> contract.checkBounded(approx)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AttainmentRuleContract.case").hasMessageContaining("does not support APPROXIMATELY");
    assertThatThrownBy(() -> contract.check(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("AttainmentRuleContract.case");
    assertThatThrownBy(() -> AttainmentRuleContract.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("AttainmentRuleContract.rule");
    assertThatThrownBy(() -> AttainmentRuleContract.of(AttainmentRule.growthRatio(), (Feature) null))
        .isInstanceOf(NullPointerException.class).hasMessage("AttainmentRuleContract.features[]");
  }

  @Test
  void anAggregatorFailureNamesTheAggregatorTheLawAndTheCase() {
    Aggregator last = aggregator("last", (v, w) -> v[v.length - 1]);
    AggregatorContract contract = AggregatorContract.of(last);
    assertThatThrownBy(() -> contract.checkOrderFree(VALUES, WEIGHTS)).isInstanceOf(AssertionError.class)
        .hasMessage("Aggregator 'last' breaks the law 'order-free: the order of the values does not matter': got"
            + " 40.0, reordered 10.0 for [40.0, 20.0, 10.0]; values [10.0, 20.0, 40.0], weights [1.0, 2.0, 1.0]");
    assertThatCode(() -> contract.checkBounded(VALUES, WEIGHTS)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkEqualInputs(VALUES, WEIGHTS)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkDeterministic(VALUES, WEIGHTS)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkRenormalisedWeights(VALUES, WEIGHTS)).doesNotThrowAnyException();
    assertThatCode(() -> contract.checkMonotone(VALUES, WEIGHTS, 2, 50)).doesNotThrowAnyException();
    assertThat(contract.aggregator()).isSameAs(last);
    // equal inputs: a mean that drifts for equal values
    Aggregator drifting = aggregator("drifting", (v, w) -> v[0] == v[v.length - 1] ? Math.nextDown(v[0]) : v[0]);
    assertThatThrownBy(() -> AggregatorContract.of(drifting).checkEqualInputs(VALUES, WEIGHTS))
        .hasMessageStartingWith("Aggregator 'drifting' breaks the law 'equal inputs give that value': got 9.999999999999998"
            + " for values all 10.0; values [10.0, 10.0, 10.0]");
  }

  @Test
  void anAggregatorContractRefusesWhatIsNotACaseNamingTheField() {
    AggregatorContract contract = AggregatorContract.of(Aggregator.arithmetic());
    assertThatThrownBy(() -> contract.check(new double[] {1, -2}, new double[] {1, 1}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for AggregatorContract.values[1] (must not be negative): -2");
    assertThatThrownBy(() -> contract.check(new double[] {1, 2}, new double[] {1, 0}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorContract.weights[1]");
    assertThatThrownBy(() -> contract.check(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorContract.weights.length");
    assertThatThrownBy(() -> contract.check(new double[] {}, new double[] {}))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorContract.values.length");
    assertThatThrownBy(() -> contract.checkMonotone(VALUES, WEIGHTS, 3, 50))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for AggregatorContract.index (valid values 0 - 2): 3");
    assertThatThrownBy(() -> contract.checkMonotone(VALUES, WEIGHTS, 1, 15))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorContract.raised");
    assertThatThrownBy(() -> contract.checkMissingNeverCountsAsZero(new double[] {1}, new double[] {1}, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorContract.values.length");
    assertThatThrownBy(() -> contract.checkMissingNeverCountsAsZero(VALUES, WEIGHTS, -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorContract.missing");
    assertThatThrownBy(() -> contract.check(null, WEIGHTS)).isInstanceOf(NullPointerException.class)
        .hasMessage("AggregatorContract.values");
    assertThatThrownBy(() -> AggregatorContract.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("AggregatorContract.aggregator");
  }

  @Test
  void theArraysGivenAreNeverModified() {
    Aggregator scribbling = aggregator("scribbling", (v, w) -> {
      double r = Aggregator.arithmetic().aggregate(v, w);
      java.util.Arrays.fill(v, 0);
      java.util.Arrays.fill(w, 1);
      return r;
    });
    double[] values = VALUES.clone();
    double[] weights = WEIGHTS.clone();
    AggregatorContract contract = AggregatorContract.of(scribbling);
    contract.check(values, weights);
    contract.checkMonotone(values, weights, 0, 30);
    contract.checkMissingNeverCountsAsZero(values, weights, 1);
    assertThat(values).containsExactly(VALUES);
    assertThat(weights).containsExactly(WEIGHTS);
    assertThat(Set.of(contract.aggregator().name())).containsExactly("scribbling");
  }

  /** An aggregator computed by a function of the arrays, refusing bad arrays as the arithmetic mean does. */
  private static Aggregator aggregator(String name, java.util.function.BiFunction<double[], double[], Double> f) {
    return new Aggregator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double aggregate(double[] values, double[] weights) {
        Aggregator.arithmetic().aggregate(values, weights);
        return f.apply(values, weights);
      }
    };
  }
}
