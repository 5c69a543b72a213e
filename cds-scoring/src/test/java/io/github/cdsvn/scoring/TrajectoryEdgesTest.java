package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Horizon;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The compound-growth method at its edges: a goal equal to the latest value, rates too large to
 * write, a goal beyond the largest number, growth from zero, growth bounds, and a horizon that
 * has passed with or without a value.
 */
class TrajectoryEdgesTest {
  private static final TrajectoryMethod METHOD = TrajectoryMethod.compoundGrowth();
  private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final Horizon H2026 = Horizon.of(2026);

  private static AttainmentInput series(Measure m, Direction d, Bound bound, double first, double last) {
    return AttainmentInput.builder().measure(m).direction(d).bound(bound).value(last).addPoint(END_2022, first)
        .addPoint(END_2024, last).build();
  }

  private static Trajectory assess(AttainmentInput in) {
    return METHOD.assess(TrajectoryInput.of(in, AttainmentRule.builtIn(in.bound().kind()).attain(in), H2026, END_2024));
  }

  @Test
  void aGoalEqualToTheLatestValueIsJudgedByTheDirectionOfTheChange() {
    // more than 60 at 60: not met, and no rate is needed to stay at 60, so R is undefined
    Trajectory rising = assess(series(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.moreThan(60), 50, 60));
    assertThat(rising.status()).isEqualTo(Trajectory.Status.ON_TRACK);
    assertThat(rising.ratio()).isEmpty();
    assertThat(rising.requiredRate()).hasValue(0);
    assertThat(rising.notes()).extracting(l -> l.en())
        .contains("the ratio R is undefined: judged by the direction of the observed change");
    Trajectory falling = assess(series(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.moreThan(60), 70, 60));
    assertThat(falling.status()).isEqualTo(Trajectory.Status.DETERIORATION);
    Trajectory flat = assess(series(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.moreThan(60), 60, 60));
    assertThat(flat.status()).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    // lower is better: less than 20 at 20, coming down from 30, is on track
    Trajectory down = assess(series(Measure.percent(), Direction.LOWER_IS_BETTER, Bound.lessThan(20), 30, 20));
    assertThat(down.status()).isEqualTo(Trajectory.Status.ON_TRACK);
    Trajectory up = assess(series(Measure.percent(), Direction.LOWER_IS_BETTER, Bound.lessThan(20), 10, 20));
    assertThat(up.status()).isEqualTo(Trajectory.Status.DETERIORATION);
  }

  @Test
  void aStraightLinePathIsTakenFromZero() {
    Trajectory t = assess(series(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(90), 0, 30));
    assertThat(t.linear()).isTrue();
    assertThat(t.observedRate()).hasValue(15);
    assertThat(t.requiredRate()).hasValue(30);
    assertThat(t.ratio()).hasValue(0.5);
    assertThat(t.projection().orElseThrow().value()).isEqualTo(60);
    assertThat(t.projection().orElseThrow().meetsTarget()).isFalse();
    assertThat(t.inputs()).extracting(Explanation.Input::symbol).containsExactly("x_first", "x_last", "years_observed",
        "years_remaining", "goal", "slope_observed", "slope_required", "R", "projected");
    assertThat(t.status()).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    assertThat(t.sentence().en()).isEqualTo("Limited progress: 15 percentage points a year observed (2022–2024),"
        + " 30 percentage points a year needed to reach 90% by 2026-12-31 (straight-line path) (R = 0.5);"
        + " projected 60% at the horizon, short of the target");
  }

  @Test
  void ratesTooLargeToWriteAreShownAsInfinite() {
    // from the smallest count to a huge one in two years: the observed rate overflows
    Trajectory t = assess(series(Measure.count(), Direction.HIGHER_IS_BETTER, Bound.atLeast(1e301), Double.MIN_VALUE,
        1e300));
    assertThat(t.observedRate()).isEmpty();
    assertThat(t.ratio()).isEmpty();
    assertThat(t.projection()).isEmpty();
    assertThat(t.status()).isEqualTo(Trajectory.Status.ON_TRACK);
    assertThat(t.inputs()).extracting(Explanation.Input::symbol).doesNotContain("CAGR_observed", "R", "projected")
        .contains("CAGR_required");
    assertThat(t.sentence().en()).startsWith("On track: ∞ observed (2022–2024), ");
    assertThat(t.sentence().vi()).startsWith("Đúng tiến độ: bình quân ∞ (2022–2024), ");
  }

  @Test
  void aGoalBeyondTheLargestNumberLeavesTooLittleData() {
    AttainmentInput in = AttainmentInput.builder().measure(Measure.count()).direction(Direction.HIGHER_IS_BETTER)
        .bound(Bound.relativeChange(200)).value(1.2e308).baseline(1e308).addPoint(END_2022, 1e308)
        .addPoint(END_2024, 1.2e308).build();
    Trajectory t = assess(in);
    assertThat(t.status()).isEqualTo(Trajectory.Status.INSUFFICIENT_DATA);
    assertThat(t.sentence().en())
        .isEqualTo("Insufficient data: the goal is beyond the largest number that can be represented");
  }

  @Test
  void growthBoundsCompareRatesAndGrowthFromZeroCannot() {
    Trajectory t = assess(series(Measure.count(), Direction.HIGHER_IS_BETTER, Bound.growthPerYear(10, false), 100,
        104.04));
    assertThat(t.observedRate().getAsDouble()).isCloseTo(0.02, within(1e-12));
    assertThat(t.requiredRate()).hasValue(0.1);
    assertThat(t.ratio().getAsDouble()).isCloseTo(0.2, within(1e-9));
    assertThat(t.status()).isEqualTo(Trajectory.Status.ofRatio(0.2));
    // 104.04 × 1.02² at the horizon, against 100 × 1.1⁴
    assertThat(t.projection().orElseThrow().value()).isCloseTo(104.04 * 1.02 * 1.02, within(1e-9));
    assertThat(t.projection().orElseThrow().meetsTarget()).isFalse();
    assertThat(t.inputs()).extracting(Explanation.Input::symbol).containsExactly("x_first", "x_last", "years_observed",
        "years_remaining", "CAGR_observed", "CAGR_required", "R", "projected", "goal_at_horizon");
    assertThat(t.inputs().get(t.inputs().size() - 1).value()).isCloseTo(146.41, within(1e-9));
    assertThat(t.sentence().en()).isEqualTo(t.status().label().en().substring(0, 1).toUpperCase()
        + t.status().label().en().substring(1) + ": 2% a year observed (2022–2024), 10% a year asked for (R = 0.2);"
        + " projected 108.24 at the horizon, short of the target");
    assertThat(t.sentence().vi()).contains(": tăng bình quân 2%/năm (2022–2024), mục tiêu 10%/năm (R = 0,2)");

    Trajectory shrinking = assess(series(Measure.count(), Direction.HIGHER_IS_BETTER, Bound.growthPerYear(0, true),
        100, 81));
    assertThat(shrinking.status()).isEqualTo(Trajectory.Status.DETERIORATION);
    assertThat(shrinking.ratio()).isEmpty();
    assertThat(shrinking.sentence().en()).doesNotContain("R =");

    Trajectory fromZero = assess(series(Measure.count(), Direction.HIGHER_IS_BETTER, Bound.growthPerYear(10, false),
        0, 0));
    assertThat(fromZero.status()).isEqualTo(Trajectory.Status.INSUFFICIENT_DATA);
    assertThat(fromZero.sentence().en())
        .isEqualTo("Insufficient data: the growth rate is undefined from a first value of 0");
  }

  @Test
  void aPassedHorizonIsAchievedOrMissedByItsValueOrLacksOne() {
    AttainmentInput in = series(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(90), 70, 80);
    Horizon h2024 = Horizon.of(2024);
    // the last value is on the horizon's last day
    AttainmentInput atEnd = in;
    Trajectory missed = METHOD.assess(TrajectoryInput.of(in, AttainmentRule.distanceToTarget().attain(in), h2024,
        LocalDate.of(2025, 3, 1), atEnd, AttainmentRule.distanceToTarget().attain(atEnd)));
    assertThat(missed.status()).isEqualTo(Trajectory.Status.MISSED);
    assertThat(missed.sentence().en()).startsWith("Missed (2024-12-31): 80% against a target of ");
    assertThat(missed.sentence().vi()).isEqualTo("Không đạt khi đến hạn (31/12/2024): 80% so với mục tiêu tối thiểu 90%");
    AttainmentInput reached = in.withValue(92);
    Trajectory achieved = METHOD.assess(TrajectoryInput.of(reached, AttainmentRule.distanceToTarget().attain(reached),
        h2024, END_2024, reached, AttainmentRule.distanceToTarget().attain(reached)));
    assertThat(achieved.status()).isEqualTo(Trajectory.Status.ACHIEVED);
    assertThat(achieved.inputs()).extracting(Explanation.Input::value).containsExactly(92.0);
    Trajectory none = METHOD.assess(TrajectoryInput.of(in, AttainmentRule.distanceToTarget().attain(in),
        Horizon.of(2023), LocalDate.of(2025, 1, 1)));
    assertThat(none.status()).isEqualTo(Trajectory.Status.INSUFFICIENT_DATA);
    assertThat(none.sentence().en()).isEqualTo("Insufficient data: no value by the horizon's end 2023-12-31");
    assertThat(none.sentence().vi()).endsWith("không có giá trị nào đến hạn 31/12/2023");
  }
}
