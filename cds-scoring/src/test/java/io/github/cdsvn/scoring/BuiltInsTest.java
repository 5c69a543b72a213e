package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Horizon;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules, aggregators and trajectory method at the edges their laws rest on, in plain
 * examples: which rule scores which bound, what an input says of its goal and baseline, what the
 * aggregators refuse, and the values of 0 where a rate or a power is undefined. (The laws
 * themselves, on generated cases, are proved in cds-scoring-testkit.)
 */
class BuiltInsTest {
  private static final List<Aggregator> ALL = List.of(Aggregator.arithmetic(), Aggregator.geometric(),
      Aggregator.harmonic(), Aggregator.minimum(), Aggregator.generalisedMean(-3), Aggregator.generalisedMean(0),
      Aggregator.generalisedMean(0.5), Aggregator.generalisedMean(2));

  @Test
  void everyKindHasABuiltInRuleThatSupportsIt() {
    for (Bound.Kind kind : Bound.Kind.values()) {
      assertThat(AttainmentRule.builtIn(kind).supports(kind)).as(kind.name()).isTrue();
    }
    assertThat(AttainmentRule.distanceToTarget().supports(Bound.Kind.APPROXIMATELY)).isFalse();
    assertThat(AttainmentRule.distanceToTarget().supports(Bound.Kind.GROWTH_PER_YEAR)).isFalse();
  }

  @Test
  void eachBuiltInRuleSupportsItsKindsOnly() {
    assertThat(AttainmentRule.builtIn(Bound.Kind.APPROXIMATELY)).isSameAs(AttainmentRule.nearestEdge());
    assertThat(AttainmentRule.builtIn(Bound.Kind.GROWTH_PER_YEAR)).isSameAs(AttainmentRule.growthRatio());
    assertThat(AttainmentRule.builtIn(Bound.Kind.AT_LEAST)).isSameAs(AttainmentRule.distanceToTarget());
    assertThat(AttainmentRule.distanceToTarget().name()).isEqualTo("distance-to-target");
    for (Bound.Kind kind : Bound.Kind.values()) {
      boolean approx = kind == Bound.Kind.APPROXIMATELY;
      boolean growth = kind == Bound.Kind.GROWTH_PER_YEAR;
      assertThat(AttainmentRule.distanceToTarget().supports(kind)).as(kind.name()).isEqualTo(!approx && !growth);
      assertThat(AttainmentRule.nearestEdge().supports(kind)).as(kind.name()).isEqualTo(approx);
      assertThat(AttainmentRule.growthRatio().supports(kind)).as(kind.name()).isEqualTo(growth);
    }
  }

  @Test
  void theGoalImprovesOnTheBaselineOnlyWhereItAsksForMore() {
    Measure pct = Measure.percent();
    Direction up = Direction.HIGHER_IS_BETTER;
    // approximately: a baseline outside the band, not one on its edge
    assertThat(AttainmentInput.of(pct, up, Bound.approximately(50, 5), 40, 44.9).goalImprovesOnBaseline()).isTrue();
    assertThat(AttainmentInput.of(pct, up, Bound.approximately(50, 5), 40, 45).goalImprovesOnBaseline()).isFalse();
    assertThat(AttainmentInput.of(pct, up, Bound.approximately(50, 5), 40, 55).goalImprovesOnBaseline()).isFalse();
    // growth: a rate above 0
    assertThat(growth(0.5).goalImprovesOnBaseline()).isTrue();
    assertThat(growth(0).goalImprovesOnBaseline()).isFalse();
    assertThat(growth(-2).goalImprovesOnBaseline()).isFalse();
    // maintain: the goal is the baseline
    assertThat(AttainmentInput.of(pct, up, Bound.maintain(), 40, 30).goalImprovesOnBaseline()).isFalse();
    // the others: a goal strictly better than the baseline, in the bound's direction
    assertThat(AttainmentInput.of(pct, up, Bound.atLeast(80), 40, 79).goalImprovesOnBaseline()).isTrue();
    assertThat(AttainmentInput.of(pct, up, Bound.atLeast(80), 40, 80).goalImprovesOnBaseline()).isFalse();
    assertThat(AttainmentInput.of(pct, up, Bound.atMost(20), 40, 21).goalImprovesOnBaseline()).isTrue();
    assertThat(AttainmentInput.of(pct, up, Bound.atMost(20), 40, 20).goalImprovesOnBaseline()).isFalse();
  }

  @Test
  void anInputRefusesABaselineTheMeasureCannotTake() {
    assertThatThrownBy(() -> AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 40,
        120)).isInstanceOf(InvalidValueException.class).hasMessageContaining("AttainmentInput.baseline");
    AttainmentInput in = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 40, 10);
    assertThat(in.measure()).isEqualTo(Measure.percent());
    assertThat(in.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(in.baseline()).hasValue(10.0);
    assertThat(in.points()).isEmpty();
    assertThat(in.withValue(50).value()).isEqualTo(50.0);
    assertThatThrownBy(() -> in.withBaseline(Double.NaN)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void growthFromZeroIsScoredWithoutARate() {
    AttainmentInput rise = AttainmentInput.builder().measure(Measure.count()).direction(Direction.HIGHER_IS_BETTER)
        .bound(Bound.growthPerYear(10, false)).addPoint(LocalDate.of(2020, 12, 31), 0)
        .addPoint(LocalDate.of(2022, 12, 31), 5).value(5).build();
    Attainment a = AttainmentRule.growthRatio().attain(rise);
    assertThat(a.met()).isTrue();
    assertThat(a.value()).isEqualTo(1.0);
    AttainmentInput flat = rise.withValue(0);
    assertThat(AttainmentRule.growthRatio().attain(flat).met()).isFalse();
    assertThat(AttainmentRule.growthRatio().attain(flat).value()).isZero();
  }

  @Test
  void growthBelowAFallAllowedIsMissedWithoutCredit() {
    // at most a 5% fall a year allowed, a 10% fall a year observed: the goal does not improve on
    // the baseline, and a ratio of two falls would read as twice the growth asked
    AttainmentInput fall = AttainmentInput.builder().measure(Measure.count()).direction(Direction.HIGHER_IS_BETTER)
        .bound(Bound.growthPerYear(-5, false)).addPoint(LocalDate.of(2020, 12, 31), 100)
        .addPoint(LocalDate.of(2022, 12, 31), 81).value(81).build();
    Attainment a = AttainmentRule.growthRatio().attain(fall);
    assertThat(a.met()).isFalse();
    assertThat(a.value()).isZero();
    assertThat(AttainmentRule.growthRatio().attain(fall.withValue(95)).value()).isEqualTo(1.0);
  }

  @Test
  void aTrajectoryFromZeroIsJudgedWithoutACompoundRate() {
    AttainmentInput in = AttainmentInput.builder().measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER)
        .bound(Bound.atLeast(80)).addPoint(LocalDate.of(2022, 12, 31), 0).addPoint(LocalDate.of(2024, 12, 31), 40)
        .value(40).build();
    Attainment now = AttainmentRule.distanceToTarget().attain(in);
    Trajectory t = TrajectoryMethod.compoundGrowth().assess(TrajectoryInput.of(in, now, Horizon.of(2030),
        LocalDate.of(2024, 12, 31)));
    assertThat(t.ratio()).isPresent();
    assertThat(t.status()).isEqualTo(Trajectory.Status.ofRatio(t.ratio().getAsDouble()));
  }

  @Test
  void badInputIsRefusedByEveryBuiltInAggregatorNamingTheField() {
    for (Aggregator a : ALL) {
      refused(a, new double[] {1, 2}, new double[] {1}, "Aggregator.values");
      refused(a, new double[] {}, new double[] {}, "Aggregator.values");
      refused(a, new double[] {1, -1}, new double[] {1, 1}, "Aggregator.values[1]");
      refused(a, new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 1}, "Aggregator.values[1]");
      refused(a, new double[] {1, Double.NaN}, new double[] {1, 1}, "Aggregator.values[1]");
      refused(a, new double[] {1, 2}, new double[] {1, 0}, "Aggregator.weights[1]");
      refused(a, new double[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY}, "Aggregator.weights[1]");
      refused(a, new double[] {1, 2}, new double[] {1, -1}, "Aggregator.weights[1]");
      assertThat(a.aggregate(new double[] {0, 0}, new double[] {1, Double.MIN_VALUE})).as(a.name()).isZero();
      assertThat(a.aggregate(new double[] {0, 4}, new double[] {1, 1})).as(a.name()).isBetween(0.0, 4.0);
    }
    assertThatThrownBy(() -> Aggregator.generalisedMean(Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("generalisedMean.p");
    assertThatThrownBy(() -> Aggregator.generalisedMean(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aGeneralisedMeanOfZerosIsZero() {
    for (double p : new double[] {-3, -1, 0.5, 2, 3}) {
      assertThat(Aggregator.generalisedMean(p).aggregate(new double[] {0, 0, 0}, new double[] {1, 2, 3}))
          .as("p = " + p).isZero();
    }
    // a power that underflows to 0 for every value: rescaled to the largest, not 0/0
    assertThat(Aggregator.generalisedMean(3).aggregate(new double[] {1e-200, 1e-200}, new double[] {1, 1}))
        .isEqualTo(1e-200);
    // rescaled to the largest value, not the first: relative to 1e-300, 1e-110 cubed overflows
    assertThat(Aggregator.generalisedMean(3).aggregate(new double[] {1e-300, 1e-110}, new double[] {1, 1}))
        .isCloseTo(Math.cbrt(0.5) * 1e-110, org.assertj.core.api.Assertions.withinPercentage(1e-9));
  }

  @Test
  void anIndexOfAnotherAggregatorUsesThatAggregator() {
    Aggregator largest = new Aggregator() {
      @Override
      public String name() {
        return "largest";
      }

      @Override
      public double aggregate(double[] values, double[] weights) {
        return java.util.Arrays.stream(values).max().getAsDouble();
      }
    };
    assertThat(Means.isBuiltIn(largest)).isFalse();
    assertThat(Means.isBuiltIn(Aggregator.arithmetic())).isTrue();
    IndexScore index = IndexScore.aggregate(Label.of("chỉ số", "index"), largest, 0.5,
        List.of(IndexScore.Component.of("a", Label.of("a", "a"), 1, 10), IndexScore.Component.of("b", Label.of("b", "b"), 1, 30)));
    assertThat(index.score()).hasValue(30.0);
  }

  private static AttainmentInput growth(double percent) {
    return AttainmentInput.builder().measure(Measure.count()).direction(Direction.HIGHER_IS_BETTER)
        .bound(Bound.growthPerYear(percent, false)).addPoint(LocalDate.of(2020, 12, 31), 10)
        .addPoint(LocalDate.of(2022, 12, 31), 12).value(12).build();
  }

  private static void refused(Aggregator a, double[] values, double[] weights, String field) {
    assertThatThrownBy(() -> a.aggregate(values, weights)).as(a.name()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(field);
  }
}
