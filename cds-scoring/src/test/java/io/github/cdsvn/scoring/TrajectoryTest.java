package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.BAC_GIANG;
import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.NQ111;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static io.github.cdsvn.scoring.Fixtures.plan;
import static io.github.cdsvn.scoring.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trajectory statuses, rates, the straight-line fallback and projections, computed by hand. */
class TrajectoryTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final String WORK = "gov.work-records.online";

  private static Trajectory workRecords(LocalDate asOf, double... yearValue) {
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      list.add(obs("44", WORK, (int) yearValue[i], yearValue[i + 1]));
    }
    Scorecard card = Scorer.standard().score(Fixtures.quangBinhWorkRecords(), ObservationSet.of(list), asOf);
    return card.targets().get(0).trajectory().orElseThrow();
  }

  @Test
  void onTrackWithAProjectionCappedAtTheMeasuresMaximum() {
    Trajectory t = workRecords(END_2024, 2022, 60, 2024, 86.4);
    double observed = Math.sqrt(86.4 / 60) - 1;      // 20% a year
    double required = 95 / 86.4 - 1;                  // one year left
    assertThat(t.status()).isEqualTo(Trajectory.Status.ON_TRACK);
    assertThat(t.linear()).isFalse();
    assertThat(t.observedRate().getAsDouble()).isCloseTo(observed, within(1e-12));
    assertThat(t.requiredRate().getAsDouble()).isCloseTo(required, within(1e-12));
    assertThat(t.ratio().getAsDouble()).isCloseTo(observed / required, within(1e-12));
    assertThat(t.projection().orElseThrow().value()).isEqualTo(100.0);   // 103.68, capped
    assertThat(t.projection().orElseThrow().meetsTarget()).isTrue();
    assertThat(t.projection().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(t.inputs()).extracting(Explanation.Input::symbol).containsExactly("x_first", "x_last", "years_observed",
        "years_remaining", "goal", "CAGR_observed", "CAGR_required", "R", "projected");
    assertThat(t.sentence().vi()).isEqualTo("Đúng tiến độ: bình quân 20%/năm (2022–2024), cần 9,95%/năm để đạt 95%"
        + " vào 31/12/2025 (R = 2,01); dự báo 100% khi đến hạn, đạt mục tiêu");
    assertThat(t.sentence().en()).isEqualTo("On track: 20% a year observed (2022–2024), 9.95% a year needed to reach 95%"
        + " by 2025-12-31 (R = 2.01); projected 100% at the horizon, meeting the target");
  }

  @Test
  void accelerationNeededLimitedProgressAndDeterioration() {
    Trajectory acc = workRecords(END_2024, 2021, 50, 2024, 80);
    assertThat(acc.ratio().getAsDouble()).isCloseTo((Math.cbrt(1.6) - 1) / (95.0 / 80 - 1), within(1e-12));
    assertThat(acc.status()).isEqualTo(Trajectory.Status.ACCELERATION_NEEDED);
    Trajectory limited = workRecords(END_2024, 2022, 80, 2024, 81);
    assertThat(limited.ratio().getAsDouble()).isCloseTo((Math.sqrt(81.0 / 80) - 1) / (95.0 / 81 - 1), within(1e-12));
    assertThat(limited.status()).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    Trajectory worse = workRecords(END_2024, 2022, 85, 2024, 80);
    assertThat(worse.ratio().getAsDouble()).isNegative();
    assertThat(worse.status()).isEqualTo(Trajectory.Status.DETERIORATION);
    assertThat(worse.projection().orElseThrow().meetsTarget()).isFalse();
  }

  @Test
  void targetAchievedBeforeTheHorizonAndInsufficientData() {
    assertThat(workRecords(END_2024, 2023, 90, 2024, 96).status()).isEqualTo(Trajectory.Status.TARGET_ACHIEVED);
    Trajectory one = workRecords(END_2024, 2024, 80);
    assertThat(one.status()).isEqualTo(Trajectory.Status.INSUFFICIENT_DATA);
    assertThat(one.sentence().en()).isEqualTo("Insufficient data: at least two values on different days are needed");
  }

  @Test
  void straightLineWhereGrowthFromZeroIsUndefined() {
    Trajectory t = workRecords(END_2024, 2022, 0, 2024, 40);
    assertThat(t.linear()).isTrue();
    assertThat(t.observedRate().getAsDouble()).isCloseTo(20, within(1e-12));   // points a year
    assertThat(t.requiredRate().getAsDouble()).isCloseTo(55, within(1e-12));
    assertThat(t.ratio().getAsDouble()).isCloseTo(20.0 / 55, within(1e-12));
    assertThat(t.status()).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    assertThat(t.projection().orElseThrow().value()).isCloseTo(60, within(1e-12));
    assertThat(t.notes()).extracting(l -> l.en())
        .containsExactly("compound growth is undefined where a value is 0: the straight-line path to the goal is used");
    assertThat(t.inputs()).extracting(Explanation.Input::symbol).contains("slope_observed", "slope_required");
    assertThat(t.sentence().vi()).contains("bình quân 20 điểm phần trăm/năm (2022–2024), cần 55 điểm phần trăm/năm"
        + " để đạt 95% vào 31/12/2025 (theo đường thẳng)");
  }

  @Test
  void afterTheHorizonAchievedOrMissedOnTheHorizonsValue() {
    LocalDate mid2026 = LocalDate.of(2026, 6, 30);
    Trajectory achieved = workRecords(mid2026, 2024, 90, 2025, 96);
    assertThat(achieved.status()).isEqualTo(Trajectory.Status.ACHIEVED);
    assertThat(achieved.sentence().en()).isEqualTo("Achieved (2025-12-31): 96% against a target of at least 95%");
    Trajectory missed = workRecords(mid2026, 2024, 90, 2025, 93);
    assertThat(missed.status()).isEqualTo(Trajectory.Status.MISSED);
    assertThat(missed.sentence().vi()).isEqualTo("Không đạt khi đến hạn (31/12/2025): 93% so với mục tiêu tối thiểu 95%");
    // a later value does not rescue a target missed at its horizon
    Observation spring2026 = Observation.of("44", Fixtures.indicator(WORK),
        ObservationPeriod.ofDate(LocalDate.of(2026, 3, 31)), 97);
    Scorecard card = Scorer.standard().score(Fixtures.quangBinhWorkRecords(), ObservationSet.of(List.of(
        obs("44", WORK, 2025, 93), spring2026)), mid2026);
    TargetResult r = card.targets().get(0);
    assertThat(r.met()).isTrue();
    assertThat(r.trajectory().orElseThrow().status()).isEqualTo(Trajectory.Status.MISSED);
    // on the horizon's last day, with the horizon's own value, the verdict is final
    assertThat(workRecords(LocalDate.of(2025, 12, 31), 2024, 90, 2025, 93).status()).isEqualTo(Trajectory.Status.MISSED);
    // no value by the horizon's end
    Scorecard late = Scorer.standard().score(Fixtures.quangBinhWorkRecords(), ObservationSet.of(List.of(spring2026)),
        mid2026);
    assertThat(late.targets().get(0).trajectory().orElseThrow().status()).isEqualTo(Trajectory.Status.INSUFFICIENT_DATA);
  }

  @Test
  void lowerIsBetterIsDirectionAware() {
    Target fewer = Target.builder().indicator(Fixtures.indicator("gov.procedures.count"))
        .level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2030).bound(Bound.relativeChange(-30))
        .baseline(Baseline.of(2022, 1800)).source(Source.of(KH698, "giảm 30% các TTHC")).build();
    Scorecard card = Scorer.standard().score(plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(fewer)),
        ObservationSet.of(List.of(obs("44", "gov.procedures.count", 2024, 1530))), END_2024);
    Trajectory t = card.targets().get(0).trajectory().orElseThrow();
    double observed = Math.sqrt(1530.0 / 1800) - 1;
    double required = Math.pow(1260.0 / 1530, 1.0 / 6) - 1;
    assertThat(t.observedRate().getAsDouble()).isCloseTo(observed, within(1e-12)).isNegative();
    assertThat(t.requiredRate().getAsDouble()).isCloseTo(required, within(1e-12)).isNegative();
    assertThat(t.ratio().getAsDouble()).isCloseTo(observed / required, within(1e-12));
    assertThat(t.status()).isEqualTo(Trajectory.Status.ON_TRACK);
    // the stated baseline is the first point of the series
    assertThat(card.targets().get(0).explanation().observations()).hasSize(1);

    Target top15 = target("dti.rank", AdministrativeLevel.PROVINCE, Bound.topRank(15, 63), NQ111, "nhóm 15 tỉnh dẫn đầu");
    Trajectory rank = Scorer.standard().score(plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(top15)),
        ObservationSet.of(List.of(obs("24", "dti.rank", 2022, 40), obs("24", "dti.rank", 2024, 20))), END_2024)
        .targets().get(0).trajectory().orElseThrow();
    assertThat(rank.ratio().getAsDouble()).isCloseTo((Math.sqrt(0.5) - 1) / (15.0 / 20 - 1), within(1e-12));
    assertThat(rank.status()).isEqualTo(Trajectory.Status.ON_TRACK);
  }

  @Test
  void statusOfRatioBoundaries() {
    assertThat(Trajectory.Status.ofRatio(0.95)).isEqualTo(Trajectory.Status.ON_TRACK);
    assertThat(Trajectory.Status.ofRatio(Math.nextDown(0.95))).isEqualTo(Trajectory.Status.ACCELERATION_NEEDED);
    assertThat(Trajectory.Status.ofRatio(0.60)).isEqualTo(Trajectory.Status.ACCELERATION_NEEDED);
    assertThat(Trajectory.Status.ofRatio(Math.nextDown(0.60))).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    assertThat(Trajectory.Status.ofRatio(0)).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    assertThat(Trajectory.Status.ofRatio(-0.0001)).isEqualTo(Trajectory.Status.DETERIORATION);
    assertThat(Trajectory.Status.ofRatio(Double.POSITIVE_INFINITY)).isEqualTo(Trajectory.Status.ON_TRACK);
    assertThatThrownBy(() -> Trajectory.Status.ofRatio(Double.NaN)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void strictBoundAtItsGoalIsJudgedByTheDirectionOfChange() {
    AttainmentInput in = AttainmentInput.builder().measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER)
        .bound(Bound.moreThan(50)).value(50).addPoint(LocalDate.of(2023, 12, 31), 45)
        .addPoint(LocalDate.of(2024, 12, 31), 50).build();
    Trajectory t = TrajectoryMethod.compoundGrowth().assess(TrajectoryInput.of(in,
        AttainmentRule.distanceToTarget().attain(in), Horizon.Y2025, END_2024));
    assertThat(t.status()).isEqualTo(Trajectory.Status.ON_TRACK);
    assertThat(t.ratio()).isEmpty();
    assertThat(t.notes()).extracting(l -> l.en())
        .containsExactly("the ratio R is undefined: judged by the direction of the observed change");
  }

  @Test
  void yearsAreCountedFromTheDates() {
    assertThat(Growth.years(LocalDate.of(2020, 12, 31), LocalDate.of(2024, 12, 31))).isEqualTo(4.0);
    assertThat(Growth.years(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30))).isEqualTo(181.0 / 365);
    assertThat(Growth.years(LocalDate.of(2025, 6, 30), LocalDate.of(2024, 12, 31))).isEqualTo(-181.0 / 365);
    assertThat(Growth.compoundRate(100, 112.5, 1)).hasValue(0.125);
    assertThat(Growth.compoundRate(0, 5, 1)).isEmpty();
    assertThat(Growth.compoundRate(5, 0, 2)).hasValue(-1.0);
    assertThat(Growth.compoundRate(5, 6, 0)).isEmpty();
    assertThat(Growth.linearRate(0, 40, 2)).hasValue(20.0);
  }

  @Test
  void growthBoundTrajectoryAndProjection() {
    Plan plan = plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(target("econ.labour-productivity",
        AdministrativeLevel.PROVINCE, Bound.growthPerYear(12.5, true), NQ111, "năng suất lao động hàng năm tăng trên 12,5%")));
    Trajectory t = Scorer.standard().score(plan, ObservationSet.of(List.of(obs("24", "econ.labour-productivity", 2022, 100),
        obs("24", "econ.labour-productivity", 2024, 110.25))), END_2024).targets().get(0).trajectory().orElseThrow();
    assertThat(t.observedRate().getAsDouble()).isCloseTo(0.05, within(1e-12));
    assertThat(t.requiredRate().getAsDouble()).isEqualTo(0.125);
    assertThat(t.ratio().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(t.status()).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    assertThat(t.projection().orElseThrow().value()).isCloseTo(110.25 * 1.05, within(1e-9));
    assertThat(t.projection().orElseThrow().meetsTarget()).isFalse();
  }
}
