package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The contracts fail, naming the law, for rules and aggregators that break one. */
class ContractSelfTest {
  private static final AttainmentInput HALF = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER,
      Bound.atLeast(80), 40);
  private static final AttainmentInput MET = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER,
      Bound.atLeast(80), 90);

  /** A rule for "at least" whose attainment is any function of the case, met when the bound holds. */
  private static AttainmentRule rule(String name, ToDoubleFunction<AttainmentInput> f) {
    return new AttainmentRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean supports(Bound.Kind kind) {
        return kind == Bound.Kind.AT_LEAST;
      }

      @Override
      public Attainment attain(AttainmentInput in) {
        return Attainment.builder().rule(name).value(f.applyAsDouble(in)).met(in.boundHolds()).build();
      }
    };
  }

  private static double share(AttainmentInput in) {
    return Math.min(1, Math.max(0, in.value() / in.goal().getAsDouble()));
  }

  @Test
  void aGoodRulePasses() {
    assertThatCode(() -> AttainmentRuleContract.of(rule("share", ContractSelfTest::share), Feature.SCALE_INVARIANT)
        .check(HALF)).doesNotThrowAnyException();
  }

  @Test
  void eachBrokenLawIsNamed() {
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("unclamped", in -> in.value() / 80)).check(MET))
        .isInstanceOf(AssertionError.class).hasMessageContaining("breaks the law 'total")
        .hasMessageContaining("Attainment.value").hasMessageContaining("unclamped");
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("half-met", in -> in.boundHolds() ? 0.5 : share(in)))
        .check(MET)).isInstanceOf(AssertionError.class).hasMessageContaining("'met implies 1'");
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("generous", in -> 1)).check(HALF))
        .isInstanceOf(AssertionError.class).hasMessageContaining("'1 implies met (bounds that are not strict)'");
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("upside-down", in -> in.boundHolds() ? 1 : 1 - share(in)))
        .checkMonotone(HALF, 60)).isInstanceOf(AssertionError.class).hasMessageContaining("'monotone");
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("floor", in -> in.boundHolds() ? 1 : Math.max(0.1, share(in))))
        .check(HALF)).isInstanceOf(AssertionError.class).hasMessageContaining("'baseline gives 0");
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("drifting", in -> share(in) * (calls.incrementAndGet() % 2 == 0 ? 1 : 0.99)))
        .check(HALF)).isInstanceOf(AssertionError.class).hasMessageContaining("'deterministic");
    assertThatThrownBy(() -> AttainmentRuleContract.of(rule("absolute", in -> in.boundHolds() ? 1
        : Math.max(0, 1 - (in.goal().getAsDouble() - in.value()) / 50)), Feature.SCALE_INVARIANT)
        .checkScaleInvariance(AttainmentInput.of(Measure.count(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 60), 1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("'scale-invariant");
    AttainmentRule lying = new AttainmentRule() {
      @Override
      public String name() {
        return "lying";
      }

      @Override
      public boolean supports(Bound.Kind kind) {
        return true;
      }

      @Override
      public Attainment attain(AttainmentInput in) {
        return Attainment.builder().rule("lying").value(1).met(true).build();
      }
    };
    assertThatThrownBy(() -> AttainmentRuleContract.of(lying).check(HALF)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("'met means the bound holds'");
    assertThatThrownBy(() -> AttainmentRuleContract.of(AttainmentRule.growthRatio()).check(HALF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not support AT_LEAST");
  }

  /** An aggregator computed by a function of the arrays. */
  private static Aggregator aggregator(String name, java.util.function.BiFunction<double[], double[], Double> f) {
    return new Aggregator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double aggregate(double[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
          throw new IllegalArgumentException("bad arrays");
        }
        for (int i = 0; i < values.length; i++) {
          if (!(values[i] >= 0 && values[i] < Double.POSITIVE_INFINITY) || !(weights[i] > 0 && weights[i] < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bad number");
          }
        }
        return f.apply(values, weights);
      }
    };
  }

  @Test
  void eachBrokenAggregatorLawIsNamed() {
    double[] v = {10, 20, 40};
    double[] w = {1, 2, 1};
    AggregatorContract.of(Aggregator.arithmetic()).check(v, w);
    assertThatThrownBy(() -> AggregatorContract.of(aggregator("sum", (x, y) -> x[0] + x[1] + x[2])).check(v, w))
        .isInstanceOf(AssertionError.class).hasMessageContaining("'bounded");
    // between the smallest and largest value, by how much weight there is in all: not renormalised
    assertThatThrownBy(() -> AggregatorContract.of(aggregator("unnormalised", (x, y) -> {
      double min = Math.min(x[0], Math.min(x[1], x[2]));
      double max = Math.max(x[0], Math.max(x[1], x[2]));
      return min + (max - min) * Math.min(1, (y[0] + y[1] + y[2]) / 100);
    })).check(v, w)).isInstanceOf(AssertionError.class).hasMessageContaining("'renormalised weights");
    assertThatThrownBy(() -> AggregatorContract.of(aggregator("first", (x, y) -> x[0])).check(v, w))
        .isInstanceOf(AssertionError.class).hasMessageContaining("'order-free");
    assertThatThrownBy(() -> AggregatorContract.of(aggregator("contrary", (x, y) -> x[0] > 10 ? 10.0 : 40.0))
        .checkMonotone(v, w, 0, 15)).isInstanceOf(AssertionError.class).hasMessageContaining("'monotone");
    assertThatThrownBy(() -> AggregatorContract.of(aggregator("nan", (x, y) -> Double.NaN)).check(v, w))
        .isInstanceOf(AssertionError.class).hasMessageContaining("never NaN");
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> AggregatorContract.of(aggregator("stateful",
        (x, y) -> calls.incrementAndGet() % 2 == 0 ? x[0] : x[x.length - 1])).checkMissingNeverCountsAsZero(v, w, 1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("'missing data never counts as 0");
    Aggregator lax = new Aggregator() {
      @Override
      public String name() {
        return "lax";
      }

      @Override
      public double aggregate(double[] values, double[] weights) {
        return 0;
      }
    };
    assertThatThrownBy(() -> AggregatorContract.of(lax).checkRefusesBadInput()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("'bad input refused'");
  }
}
