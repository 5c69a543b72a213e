package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.BAC_GIANG;
import static io.github.cdsvn.scoring.Fixtures.BA_TRI;
import static io.github.cdsvn.scoring.Fixtures.BA_TRI_PLAN;
import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.NQ111;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static io.github.cdsvn.scoring.Fixtures.plan;
import static io.github.cdsvn.scoring.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Targets as the example plans state them, scored against observations with attainments and
 * sentences computed by hand.
 */
class RealTargetsTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final Scorer SCORER = Scorer.standard();

  private static TargetResult only(Plan plan, ObservationSet observations, LocalDate asOf) {
    Scorecard card = SCORER.score(plan, observations, asOf);
    assertThat(card.targets()).hasSize(1);
    return card.targets().get(0);
  }

  /** Quảng Bình, KH 698: "trên 50% hồ sơ TTHC nộp trực tuyến" — strict. */
  private static Plan quangBinhApplicationsOnline() {
    return plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(target("gov.applications.submitted-online",
        AdministrativeLevel.PROVINCE, Bound.moreThan(50), KH698, "trên 50% hồ sơ TTHC nộp trực tuyến")));
  }

  @Test
  void strictBoundAtExactlyItsValueAttainsOneButIsNotMet() {
    TargetResult r = only(quangBinhApplicationsOnline(),
        ObservationSet.of(List.of(obs("44", "gov.applications.submitted-online", 2024, 50))), END_2024);
    assertThat(r.outcome()).isEqualTo(TargetResult.Outcome.SCORED);
    assertThat(r.attainment()).hasValue(1.0);
    assertThat(r.met()).isFalse();
    assertThat(r.explanation().sentence().vi())
        .isEqualTo("Đạt 100% chỉ tiêu nhưng chưa hoàn thành (phải vượt mục tiêu): 50% so với mục tiêu trên 50% (cơ sở 0%)");
    assertThat(r.explanation().sentence().en())
        .isEqualTo("100% attained but not met (the target must be exceeded): 50% against a target of more than 50% (baseline 0%)");
  }

  @Test
  void strictBoundBelowAndAboveItsValue() {
    TargetResult below = only(quangBinhApplicationsOnline(),
        ObservationSet.of(List.of(obs("44", "gov.applications.submitted-online", 2024, 42))), END_2024);
    assertThat(below.attainment().getAsDouble()).isCloseTo(0.84, within(1e-12));
    assertThat(below.met()).isFalse();
    assertThat(below.explanation().sentence().vi()).isEqualTo("Đạt 84% chỉ tiêu: 42% so với mục tiêu trên 50% (cơ sở 0%)");
    TargetResult above = only(quangBinhApplicationsOnline(),
        ObservationSet.of(List.of(obs("44", "gov.applications.submitted-online", 2024, 50.5))), END_2024);
    assertThat(above.attainment()).hasValue(1.0);
    assertThat(above.met()).isTrue();
    assertThat(above.explanation().sentence().vi())
        .isEqualTo("Đạt 100% chỉ tiêu, đã hoàn thành: 50,5% so với mục tiêu trên 50% (cơ sở 0%)");
    assertThat(above.explanation().sentence().en())
        .isEqualTo("100% attained, target met: 50.5% against a target of more than 50% (baseline 0%)");
  }

  /** Quảng Bình, KH 698: 95% of province-level, 80% of district-level, 60% of commune-level work records. */
  @Test
  void workRecordsPerLevel() {
    ObservationSet observations = ObservationSet.of(List.of(
        obs("44", "gov.work-records.online", 2024, 83),
        obs("44", "gov.work-records.online", AdministrativeLevel.DISTRICT, 2024, 72),
        obs("44", "gov.work-records.online", AdministrativeLevel.COMMUNE, 2024, 66)));
    Scorecard card = SCORER.score(Fixtures.quangBinhWorkRecords(), observations, END_2024);
    TargetResult province = card.targets().get(0);
    TargetResult district = card.targets().get(1);
    TargetResult commune = card.targets().get(2);

    assertThat(province.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(province.attainment().getAsDouble()).isCloseTo(83.0 / 95, within(1e-12));
    assertThat(province.explanation().sentence().vi()).isEqualTo("Đạt 87% chỉ tiêu: 83% so với mục tiêu 95% (cơ sở 0%)");
    assertThat(province.explanation().sentence().en()).isEqualTo("87% attained: 83% against a target of 95% (baseline 0%)");
    assertThat(province.explanation().inputs()).extracting(Explanation.Input::symbol).containsExactly("v", "t", "b");
    assertThat(province.explanation().observations()).containsExactly(observations.series("44", "gov.work-records.online").get(0));
    assertThat(province.trajectory().orElseThrow().status()).isEqualTo(Trajectory.Status.INSUFFICIENT_DATA);

    assertThat(district.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(district.attainment().getAsDouble()).isCloseTo(0.9, within(1e-12));
    assertThat(district.explanation().sentence().vi()).isEqualTo("Đạt 90% chỉ tiêu: 72% so với mục tiêu 80% (cơ sở 0%)");

    assertThat(commune.attainment()).hasValue(1.0);
    assertThat(commune.met()).isTrue();
    assertThat(commune.explanation().sentence().en()).isEqualTo("100% attained, target met: 66% against a target of 60% (baseline 0%)");

    double pillar = (83.0 / 95 * 100 + 90 + 100) / 3;
    assertThat(card.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow().score().getAsDouble()).isCloseTo(pillar, within(1e-12));
    assertThat(card.composite().score().getAsDouble()).isCloseTo(pillar, within(1e-12));
    assertThat(card.composite().coverage()).isEqualTo(1.0);
  }

  /** After 1 July 2025 the district level is gone: the district-level target does not apply. */
  @Test
  void districtLevelTargetAfterTheReformIsNotApplicable() {
    ObservationSet observations = ObservationSet.of(List.of(
        obs("44", "gov.work-records.online", 2025, 96),
        obs("44", "gov.work-records.online", AdministrativeLevel.DISTRICT, 2024, 72),
        obs("44", "gov.work-records.online", AdministrativeLevel.COMMUNE, 2025, 54)));
    Scorecard card = SCORER.score(Fixtures.quangBinhWorkRecords(), observations, LocalDate.of(2025, 12, 31));
    TargetResult district = card.targets().get(1);
    assertThat(district.outcome()).isEqualTo(TargetResult.Outcome.NOT_APPLICABLE);
    assertThat(district.attainment()).isEmpty();
    assertThat(district.explanation().sentence().vi()).isEqualTo("Không áp dụng: cấp huyện không còn từ ngày 01/07/2025"
        + " (Nghị quyết 202/2025/QH15); ánh xạ cấp này sang cấp khác để chấm điểm");
    assertThat(district.explanation().sentence().en()).isEqualTo("Not applicable: the district level no longer exists"
        + " from 2025-07-01 (Resolution 202/2025/QH15); map it to another level to score it");
    // the pillar leaves it out of the weights: (100 + 90) / 2, coverage 100%
    assertThat(card.composite().score().getAsDouble()).isCloseTo((100 + 54.0 / 60 * 100) / 2, within(1e-12));
    assertThat(card.composite().coverage()).isEqualTo(1.0);
  }

  /** A district's own plan (Ba Tri) scored after the reform: its district-level targets do not apply. */
  @Test
  void baTriPlanAfterTheReform() {
    Plan baTri = plan("ba-tri.cds-2020-2025", BA_TRI, BA_TRI_PLAN, List.of(target("gov.work-records.online",
        AdministrativeLevel.DISTRICT, Bound.atLeast(90), BA_TRI_PLAN, "90% hồ sơ công việc được xử lý trên môi trường mạng")));
    ObservationSet observations = ObservationSet.of(List.of(obs("836", "gov.work-records.online", 2024, 81)));
    TargetResult before = only(baTri, observations, LocalDate.of(2025, 6, 30));
    assertThat(before.attainment().getAsDouble()).isCloseTo(0.9, within(1e-12));
    Scorecard after = SCORER.score(baTri, observations, LocalDate.of(2025, 7, 1));
    assertThat(after.targets().get(0).outcome()).isEqualTo(TargetResult.Outcome.NOT_APPLICABLE);
    assertThat(after.composite().score()).isEmpty();
    assertThat(after.composite().reason().orElseThrow().en()).isEqualTo("nothing applicable to score");
  }

  /** Bắc Giang, NQ 111: "kinh tế số chiếm khoảng 25% GRDP", read with a tolerance of 2.5 points. */
  @Test
  void approximatelyTwentyFivePercentOfGrdp() {
    Plan plan = plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(target("econ.digital-economy.share-of-grdp",
        AdministrativeLevel.PROVINCE, Bound.approximately(25, 2.5), NQ111, "Phát triển kinh tế số chiếm khoảng 25% GRDP của tỉnh")));
    TargetResult below = only(plan, ObservationSet.of(List.of(obs("24", "econ.digital-economy.share-of-grdp", 2024, 18))),
        END_2024);
    // distance to the nearest edge 22.5: 1 − (22.5 − 18) / (22.5 − 0) = 0.8
    assertThat(below.attainment().getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(below.explanation().sentence().vi())
        .isEqualTo("Đạt 80% chỉ tiêu: 18% so với mục tiêu khoảng 25% (từ 22,5% đến 27,5%; cơ sở 0%)");
    assertThat(below.explanation().sentence().en())
        .isEqualTo("80% attained: 18% against a target of approximately 25% (22.5% to 27.5%; baseline 0%)");
    TargetResult above = only(plan, ObservationSet.of(List.of(obs("24", "econ.digital-economy.share-of-grdp", 2024, 30))),
        END_2024);
    // beyond the upper edge 27.5 by 2.5: 1 − 2.5 / 22.5
    assertThat(above.attainment().getAsDouble()).isCloseTo(1 - 2.5 / 22.5, within(1e-12));
    assertThat(above.met()).isFalse();
    TargetResult inside = only(plan, ObservationSet.of(List.of(obs("24", "econ.digital-economy.share-of-grdp", 2024, 26.9))),
        END_2024);
    assertThat(inside.attainment()).hasValue(1.0);
    assertThat(inside.met()).isTrue();
  }

  /** Bắc Giang, NQ 111: "thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước" — top 15 of 63. */
  @Test
  void topFifteenOfSixtyThree() {
    Target top15 = target("dti.rank", AdministrativeLevel.PROVINCE, Bound.topRank(15, 63), NQ111,
        "có chỉ số đánh giá về CĐS thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước");
    TargetResult r = only(plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(top15)),
        ObservationSet.of(List.of(obs("24", "dti.rank", 2024, 20))), END_2024);
    assertThat(r.attainment().getAsDouble()).isCloseTo((63.0 - 20) / (63 - 15), within(1e-12));
    assertThat(r.explanation().sentence().vi()).isEqualTo("Đạt 90% chỉ tiêu: hạng 20 so với mục tiêu nhóm 15/63 dẫn đầu (cơ sở hạng 63)");
    assertThat(r.explanation().sentence().en()).isEqualTo("90% attained: rank 20 against a target of the top 15 of 63 (baseline rank 63)");
    assertThat(r.explanation().inputs()).extracting(Explanation.Input::symbol).startsWith("v", "N", "M", "b");

    Target fromBaseline = target("dti.rank", AdministrativeLevel.PROVINCE, Bound.topRank(15, 63), Baseline.of(2020, 30),
        NQ111, "có chỉ số đánh giá về CĐS thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước");
    TargetResult b = only(plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(fromBaseline)),
        ObservationSet.of(List.of(obs("24", "dti.rank", 2024, 20))), END_2024);
    assertThat(b.attainment().getAsDouble()).isCloseTo((30.0 - 20) / (30 - 15), within(1e-12));
    assertThat(b.explanation().notes()).extracting(l -> l.en()).contains("baseline stated by the plan (2020)");

    TargetResult inGroup = only(plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(top15)),
        ObservationSet.of(List.of(obs("24", "dti.rank", 2024, 12))), END_2024);
    assertThat(inGroup.met()).isTrue();
    assertThat(inGroup.attainment()).hasValue(1.0);
  }

  /** Bắc Giang, NQ 111: "năng suất lao động hàng năm tăng trên 12,5%". */
  @Test
  void labourProductivityGrowthOfMoreThanTwelveAndAHalfPercent() {
    Target growth = target("econ.labour-productivity", AdministrativeLevel.PROVINCE, Bound.growthPerYear(12.5, true),
        NQ111, "năng suất lao động hàng năm tăng trên 12,5%");
    Plan plan = plan("bac-giang.nq-111-2021", BAC_GIANG, NQ111, List.of(growth));
    TargetResult r = only(plan, ObservationSet.of(List.of(obs("24", "econ.labour-productivity", 2021, 100),
        obs("24", "econ.labour-productivity", 2022, 108), obs("24", "econ.labour-productivity", 2024, 140))), END_2024);
    double cagr = Math.pow(1.4, 1.0 / 3) - 1;
    assertThat(r.attainment().getAsDouble()).isCloseTo(cagr / 0.125, within(1e-12));
    assertThat(r.explanation().sentence().vi())
        .isEqualTo("Đạt 95% chỉ tiêu: tăng bình quân 11,87%/năm (2021–2024) so với mục tiêu tăng trên 12,5%/năm");
    assertThat(r.explanation().sentence().en()).isEqualTo(
        "95% attained: average growth of 11.87% a year (2021–2024) against a target of growth of more than 12.5% a year");
    assertThat(r.explanation().observations()).hasSize(3);
    Trajectory t = r.trajectory().orElseThrow();
    assertThat(t.ratio().getAsDouble()).isCloseTo(cagr / 0.125, within(1e-12)).isLessThan(0.95);
    assertThat(t.status()).isEqualTo(Trajectory.Status.ACCELERATION_NEEDED);

    TargetResult exactly = only(plan, ObservationSet.of(List.of(obs("24", "econ.labour-productivity", 2023, 100),
        obs("24", "econ.labour-productivity", 2024, 112.5))), END_2024);
    assertThat(exactly.attainment()).hasValue(1.0);
    assertThat(exactly.met()).isFalse();
    assertThat(exactly.explanation().sentence().en()).startsWith("100% attained but not met (the target must be exceeded)");
  }

  /** Quảng Bình, KH 698 to 2030: "giảm 30% các TTHC" against the count of a baseline year. */
  @Test
  void thirtyPercentFewerProceduresAgainstTheObservedBaseline() {
    Target fewer = Target.builder().indicator(Fixtures.indicator("gov.procedures.count"))
        .level(AdministrativeLevel.PROVINCE).horizon(io.github.cdsvn.core.plan.Horizon.Y2030)
        .bound(Bound.relativeChange(-30)).baseline(Baseline.ofYear(2022))
        .source(io.github.cdsvn.core.plan.Source.of(KH698, "giảm 30% các TTHC")).build();
    Plan plan = plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(fewer));
    TargetResult r = only(plan, ObservationSet.of(List.of(obs("44", "gov.procedures.count", 2022, 1800),
        obs("44", "gov.procedures.count", 2024, 1530))), END_2024);
    // goal 1260; (1800 − 1530) / (1800 − 1260) = 0.5
    assertThat(r.attainment().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(r.explanation().sentence().vi()).isEqualTo("Đạt 50% chỉ tiêu: 1.530 so với mục tiêu 1.260 (giảm 30% so với cơ sở 1.800)");
    assertThat(r.explanation().sentence().en()).isEqualTo("50% attained: 1,530 against a target of 1,260 (30% below the baseline 1,800)");
    assertThat(r.explanation().notes()).extracting(l -> l.vi()).contains("cơ sở lấy từ quan sát 2022");

    TargetResult noBaseline = only(plan, ObservationSet.of(List.of(obs("44", "gov.procedures.count", 2024, 1530))),
        END_2024);
    assertThat(noBaseline.outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(noBaseline.explanation().sentence().en())
        .isEqualTo("No data: no baseline value: the plan states none and there is no observation in 2022");
  }

  /** Quảng Bình, KH 698: "thuộc nhóm khá về bảo đảm an toàn, an ninh mạng" and "duy trì". */
  @Test
  void ordinalGroupAndMaintain() {
    Target good = target("security.cybersecurity.group", AdministrativeLevel.PROVINCE, Bound.ordinalAtLeast("kha"),
        KH698, "thuộc nhóm khá về bảo đảm an toàn, an ninh mạng");
    TargetResult r = only(plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(good)),
        ObservationSet.of(List.of(obs("44", "security.cybersecurity.group", 2024, 2))), END_2024);
    // position 2 (trung bình khá) of target 3 (khá), from 0 (yếu): 2/3
    assertThat(r.attainment().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.explanation().sentence().vi())
        .isEqualTo("Đạt 67% chỉ tiêu: nhóm trung bình khá so với mục tiêu thuộc nhóm khá trở lên (cơ sở nhóm yếu)");
    assertThat(r.explanation().sentence().en())
        .isEqualTo("67% attained: group fair against a target of in the group good or better (baseline group weak)");

    Target keep = Target.builder().indicator(Fixtures.indicator("security.cybersecurity.group"))
        .level(AdministrativeLevel.PROVINCE).horizon(io.github.cdsvn.core.plan.Horizon.Y2030).bound(Bound.maintain())
        .baseline(Baseline.ofYear(2022)).source(io.github.cdsvn.core.plan.Source.of(KH698,
            "duy trì Quảng Bình thuộc nhóm khá về bảo đảm an toàn, an ninh mạng")).build();
    ObservationSet slipped = ObservationSet.of(List.of(obs("44", "security.cybersecurity.group", 2022, 3),
        obs("44", "security.cybersecurity.group", 2024, 2)));
    TargetResult m = only(plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(keep)), slipped, END_2024);
    assertThat(m.attainment()).hasValue(0.0);
    assertThat(m.met()).isFalse();
    assertThat(m.explanation().sentence().vi())
        .isEqualTo("Đạt 0% chỉ tiêu: nhóm trung bình khá so với cơ sở nhóm khá (duy trì, không kém cơ sở)");
    assertThat(m.trajectory().orElseThrow().status()).isEqualTo(Trajectory.Status.DETERIORATION);
  }

  @Test
  void milestone() {
    Target deployed = target("infra.video-conference.deployed", AdministrativeLevel.PROVINCE, Bound.milestone(), KH698,
        "triển khai hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến cấp xã");
    Plan plan = plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(deployed));
    TargetResult notYet = only(plan, ObservationSet.of(List.of(obs("44", "infra.video-conference.deployed", 2024, 0))),
        END_2024);
    assertThat(notYet.attainment()).hasValue(0.0);
    assertThat(notYet.explanation().sentence().vi()).isEqualTo("Đạt 0% chỉ tiêu: chưa hoàn thành (mục tiêu: hoàn thành)");
    TargetResult done = only(plan, ObservationSet.of(List.of(obs("44", "infra.video-conference.deployed", 2024, 1))),
        END_2024);
    assertThat(done.attainment()).hasValue(1.0);
    assertThat(done.explanation().sentence().en()).isEqualTo("100% attained, target met: done (target: done)");
  }

  @Test
  void illustrativeObservationsAreMarked() {
    Scorecard card = SCORER.score(Fixtures.quangBinhWorkRecords(), ObservationSet.of(List.of(
        Fixtures.illustrative("44", "gov.work-records.online", 2024, 83))), END_2024);
    assertThat(card.illustrative()).isTrue();
    TargetResult r = card.targets().get(0);
    assertThat(r.illustrative()).isTrue();
    assertThat(r.explanation().sentence().vi()).isEqualTo("Đạt 87% chỉ tiêu: 83% so với mục tiêu 95% (cơ sở 0%); số liệu minh họa");
    assertThat(r.explanation().notes()).extracting(l -> l.en()).contains("the 2024 value is illustrative");
    assertThat(SCORER.score(Fixtures.quangBinhWorkRecords(), ObservationSet.of(List.of(
        obs("44", "gov.work-records.online", 2024, 83))), END_2024).illustrative()).isFalse();
  }
}
