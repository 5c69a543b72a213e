package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Bounds read literally at their edges: "at least 95%" holds at 95, "more than 50%" (trên) only
 * above 50, a top-10 rank at 10 and not at 11, and the goal, baseline and improving direction
 * each kind of bound gives a rule.
 */
class AttainmentInputBoundsTest {
  private static final Measure PERCENT = Measure.percent();
  private static final Direction UP = Direction.HIGHER_IS_BETTER;
  private static final Direction DOWN = Direction.LOWER_IS_BETTER;

  private static AttainmentInput percent(Bound bound, Direction direction) {
    return AttainmentInput.of(PERCENT, direction, bound, 50);
  }

  @Test
  void atLeastHoldsFromTheThresholdOn() {
    AttainmentInput in = percent(Bound.atLeast(95), UP);
    assertThat(in.holds(95)).isTrue();
    assertThat(in.holds(95.0001)).isTrue();
    assertThat(in.holds(94.9999)).isFalse();
    assertThat(in.goal()).hasValue(95);
    assertThat(in.improvingDirection()).isEqualTo(UP);
  }

  @Test
  void moreThanHoldsOnlyAboveTheThreshold() {
    AttainmentInput in = percent(Bound.moreThan(50), UP);
    assertThat(in.holds(50)).isFalse();
    assertThat(in.holds(50.0001)).isTrue();
    assertThat(in.holds(49)).isFalse();
    assertThat(in.improvingDirection()).isEqualTo(UP);
  }

  @Test
  void atMostHoldsUpToTheThresholdAndLessThanOnlyBelowIt() {
    AttainmentInput atMost = percent(Bound.atMost(20), DOWN);
    assertThat(atMost.holds(20)).isTrue();
    assertThat(atMost.holds(19.9999)).isTrue();
    assertThat(atMost.holds(20.0001)).isFalse();
    assertThat(atMost.improvingDirection()).isEqualTo(DOWN);

    AttainmentInput lessThan = percent(Bound.lessThan(20), DOWN);
    assertThat(lessThan.holds(20)).isFalse();
    assertThat(lessThan.holds(19.9999)).isTrue();
    assertThat(lessThan.improvingDirection()).isEqualTo(DOWN);
  }

  @Test
  void approximatelyHoldsWithinTheToleranceOnBothSides() {
    AttainmentInput in = percent(Bound.approximately(30, 2), UP);
    assertThat(in.holds(28)).isTrue();
    assertThat(in.holds(32)).isTrue();
    assertThat(in.holds(30)).isTrue();
    assertThat(in.holds(27.999)).isFalse();
    assertThat(in.holds(32.001)).isFalse();
    // the goal is the nearest edge of the band to the value, or the value inside it
    assertThat(AttainmentInput.of(PERCENT, UP, Bound.approximately(30, 2), 20).goal()).hasValue(28);
    assertThat(AttainmentInput.of(PERCENT, UP, Bound.approximately(30, 2), 40).goal()).hasValue(32);
    assertThat(AttainmentInput.of(PERCENT, UP, Bound.approximately(30, 2), 31).goal()).hasValue(31);
  }

  @Test
  void aTopRankHoldsAtTheRankAskedAndItsNaturalZeroIsTheLastPlace() {
    AttainmentInput in = AttainmentInput.of(Measure.rank(), DOWN, Bound.topRank(10, 63), 12);
    assertThat(in.holds(10)).isTrue();
    assertThat(in.holds(1)).isTrue();
    assertThat(in.holds(11)).isFalse();
    assertThat(in.goal()).hasValue(10);
    assertThat(in.naturalZero()).isEqualTo(63);
    assertThat(in.effectiveBaseline()).isEqualTo(63);
    assertThat(in.improvingDirection()).isEqualTo(DOWN);
  }

  @Test
  void aMilestoneHoldsWhenDone() {
    AttainmentInput in = AttainmentInput.of(Measure.yesNo(), UP, Bound.milestone(), 0);
    assertThat(in.holds(1)).isTrue();
    assertThat(in.holds(0)).isFalse();
    assertThat(in.goal()).hasValue(1);
  }

  @Test
  void maintainHoldsWhenNoWorseThanTheBaselineInTheIndicatorsDirection() {
    AttainmentInput up = AttainmentInput.of(PERCENT, UP, Bound.maintain(), 70, 70);
    assertThat(up.holds(70)).isTrue();
    assertThat(up.holds(69.9)).isFalse();
    assertThat(up.holds(71)).isTrue();
    assertThat(up.goal()).hasValue(70);
    AttainmentInput down = AttainmentInput.of(PERCENT, DOWN, Bound.maintain(), 70, 70);
    assertThat(down.holds(70)).isTrue();
    assertThat(down.holds(70.1)).isFalse();
    assertThat(down.holds(69)).isTrue();
    assertThat(down.improvingDirection()).isEqualTo(DOWN);
  }

  @Test
  void aRelativeChangeIsMeasuredFromTheBaselineInTheDirectionOfItsSign() {
    // "reduce by 30%" from 200: at most 140
    AttainmentInput cut = AttainmentInput.of(Measure.count(), DOWN, Bound.relativeChange(-30), 150, 200);
    assertThat(cut.goal().getAsDouble()).isEqualTo(140, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(cut.improvingDirection()).isEqualTo(DOWN);
    assertThat(cut.holds(140)).isTrue();
    assertThat(cut.holds(140.5)).isFalse();
    assertThat(cut.effectiveBaseline()).isEqualTo(200);
    // "raise by 50%" from 200: at least 300
    AttainmentInput raise = AttainmentInput.of(Measure.count(), UP, Bound.relativeChange(50), 250, 200);
    assertThat(raise.improvingDirection()).isEqualTo(UP);
    assertThat(raise.holds(300)).isTrue();
    assertThat(raise.holds(299.5)).isFalse();
  }

  @Test
  void withoutABaselineTheNaturalZeroIsTheWorstEndOfAnIndex() {
    Measure index = Measure.index(0, 1);
    assertThat(AttainmentInput.of(index, UP, Bound.atLeast(0.8), 0.5).effectiveBaseline()).isZero();
    assertThat(AttainmentInput.of(index, DOWN, Bound.atMost(0.2), 0.5).effectiveBaseline()).isEqualTo(1);
    assertThat(AttainmentInput.of(PERCENT, UP, Bound.atLeast(95), 50).effectiveBaseline()).isZero();
    assertThat(AttainmentInput.of(PERCENT, UP, Bound.atLeast(95), 50, 40).effectiveBaseline()).isEqualTo(40);
  }

  @Test
  void growthPerYearCompoundsFromTheFirstPointOfTheSeries() {
    // 100 at the end of 2020, 121 at the end of 2022: exactly 10% a year
    AttainmentInput.Builder b = AttainmentInput.builder().measure(Measure.count()).direction(UP)
        .addPoint(LocalDate.of(2020, 12, 31), 100).addPoint(LocalDate.of(2022, 12, 31), 121).value(121);
    AttainmentInput atLeast10 = b.bound(Bound.growthPerYear(10, false)).build();
    assertThat(atLeast10.holds(121.0001)).isTrue();
    assertThat(atLeast10.holds(120.9)).isFalse();
    assertThat(atLeast10.effectiveBaseline()).isEqualTo(100);
    assertThat(atLeast10.goal()).isEmpty();
    AttainmentInput moreThan10 = b.bound(Bound.growthPerYear(10, true)).build();
    assertThat(moreThan10.holds(121.01)).isTrue();
    assertThat(moreThan10.holds(120.99)).isFalse();
  }

  @Test
  void growthFromZeroHoldsForAnyRiseAndStayingAtZeroIsNoGrowth() {
    AttainmentInput.Builder b = AttainmentInput.builder().measure(Measure.count()).direction(UP)
        .addPoint(LocalDate.of(2020, 12, 31), 0).addPoint(LocalDate.of(2022, 12, 31), 0).value(0);
    assertThat(b.bound(Bound.growthPerYear(10, false)).build().holds(0.5)).isTrue();
    assertThat(b.bound(Bound.growthPerYear(10, false)).build().holds(0)).isFalse();
    assertThat(b.bound(Bound.growthPerYear(0, false)).build().holds(0)).isTrue();
    assertThat(b.bound(Bound.growthPerYear(0, true)).build().holds(0)).isFalse();
  }
}
