package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static io.github.cdsvn.scoring.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pillar and composite indices: weights, renormalisation, coverage and its threshold. */
class IndexScoreTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final AdministrativeLevel P = AdministrativeLevel.PROVINCE;

  /** Five digital-government targets of Quảng Bình's plan and one digital-economy target. */
  private static Plan sixTargets() {
    List<Target> targets = List.of(
        target("gov.online-services.level4", P, Bound.atLeast(100), KH698, "100% TTHC đủ điều kiện được cung cấp DVCTT mức độ 4"),
        target("gov.applications.submitted-online", P, Bound.moreThan(50), KH698, "trên 50% hồ sơ TTHC nộp trực tuyến"),
        target("gov.applications.processed-fully-online", P, Bound.atLeast(80), KH698, "tối thiểu 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến"),
        target("gov.applications.satisfaction", P, Bound.atLeast(90), KH698, "tối thiểu 90% người dân, doanh nghiệp hài lòng"),
        target("gov.work-records.online", P, Bound.atLeast(95), KH698, "95% hồ sơ công việc cấp tỉnh"),
        target("econ.digital-economy.share-of-grdp", P, Bound.atLeast(20), KH698, "kinh tế số chiếm 20% GRDP của tỉnh"));
    return Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, targets);
  }

  private static ObservationSet observations(String... leaveOut) {
    List<Observation> all = new ArrayList<>(List.of(
        obs("44", "gov.online-services.level4", 2024, 80),                // 0.8
        obs("44", "gov.applications.submitted-online", 2024, 25),         // 0.5
        obs("44", "gov.applications.processed-fully-online", 2024, 60),   // 0.75
        obs("44", "gov.applications.satisfaction", 2024, 90),             // 1, met
        obs("44", "econ.digital-economy.share-of-grdp", 2024, 15)));      // 0.75
    all.removeIf(o -> List.of(leaveOut).contains(o.indicator().code()));
    return ObservationSet.of(all);
  }

  @Test
  void coverageAtTheThresholdHasAScoreRenormalisedOverWhatHasData() {
    Scorecard card = Scorer.standard().score(sixTargets(), observations(), END_2024);
    IndexScore gov = card.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow();
    assertThat(gov.coverage()).isEqualTo(0.8);
    assertThat(gov.score().getAsDouble()).isCloseTo((80 + 50 + 75 + 100) / 4.0, within(1e-12));
    assertThat(gov.aggregator()).isEqualTo("arithmetic");
    assertThat(gov.sentence().vi()).isEqualTo("Chính quyền số: 76,3 điểm; số liệu phủ 80% trọng số");
    assertThat(gov.sentence().en()).isEqualTo("Digital government: 76.3 points; data cover 80% of the weight");
    assertThat(gov.components()).hasSize(5);
    assertThat(gov.components().get(4).value()).isEmpty();
    IndexScore econ = card.pillar(Pillar.DIGITAL_ECONOMY).orElseThrow();
    assertThat(econ.score().getAsDouble()).isCloseTo(75, within(1e-12));
    assertThat(card.pillars()).extracting(p -> p.pillar().orElseThrow())
        .containsExactly(Pillar.DIGITAL_GOVERNMENT, Pillar.DIGITAL_ECONOMY);
    assertThat(card.composite().score().getAsDouble()).isCloseTo((76.25 + 75) / 2, within(1e-12));
    assertThat(card.composite().pillar()).isEmpty();
    assertThat(card.composite().name().en()).isEqualTo("Composite index");
  }

  @Test
  void belowTheThresholdThereIsNoScoreOnlyTheReasonAndTheCoverage() {
    Scorecard card = Scorer.standard().score(sixTargets(), observations("gov.applications.satisfaction"), END_2024);
    IndexScore gov = card.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow();
    assertThat(gov.score()).isEmpty();
    assertThat(gov.coverage()).isCloseTo(0.6, within(1e-15));
    assertThat(gov.reason().orElseThrow().en()).isEqualTo("data cover 60% of the weight, below the 80% threshold");
    assertThat(gov.sentence().vi())
        .isEqualTo("Chính quyền số: chưa có điểm — số liệu chỉ phủ 60% trọng số, dưới ngưỡng 80%");
    // the composite: one of two pillars has a score, 50% of its weight
    assertThat(card.composite().score()).isEmpty();
    assertThat(card.composite().coverage()).isEqualTo(0.5);
  }

  @Test
  void missingDataNeverCountsAsZero() {
    Scorer lenient = Scorer.builder().coverageThreshold(0.5).build();
    Scorecard card = lenient.score(sixTargets(), observations("gov.applications.satisfaction"), END_2024);
    IndexScore gov = card.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow();
    assertThat(gov.score().getAsDouble()).isCloseTo((80 + 50 + 75) / 3.0, within(1e-12))
        .isNotCloseTo((80 + 50 + 75) / 5.0, within(1.0));
    assertThat(card.profile().name()).isEqualTo("custom");
    assertThat(card.profile().coverageThreshold()).isEqualTo(0.5);
  }

  @Test
  void userWeightsAtBothLevels() {
    Weights weights = Weights.builder().target("gov.online-services.level4", 3).pillar(Pillar.DIGITAL_ECONOMY, 3).build();
    Scorecard card = Scorer.builder().weights(weights).build().score(sixTargets(), observations(), END_2024);
    IndexScore gov = card.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow();
    double govScore = (3 * 80 + 50 + 75 + 100) / 6.0;
    assertThat(gov.score().getAsDouble()).isCloseTo(govScore, within(1e-12));
    assertThat(gov.coverage()).isCloseTo(6.0 / 7, within(1e-15));
    assertThat(card.targets().get(0).weight()).isEqualTo(3);
    assertThat(card.composite().score().getAsDouble()).isCloseTo((govScore + 3 * 75) / 4, within(1e-12));
    // a target's own key weighs over its indicator's
    Target level4 = sixTargets().targets().get(0);
    Weights byKey = Weights.builder().target("gov.online-services.level4", 3).target(level4.key(), 0).build();
    assertThat(byKey.of(level4)).isEqualTo(0);
    Scorecard zero = Scorer.builder().weights(byKey).build().score(sixTargets(), observations(), END_2024);
    // weight 0 leaves the target out: 3 of the 4 remaining weights have data
    assertThat(zero.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow().coverage()).isEqualTo(0.75);
    assertThat(zero.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow().score()).isEmpty();
  }

  @Test
  void notApplicableTargetsAreLeftOutOfTheWeights() {
    List<Target> targets = new ArrayList<>(sixTargets().targets().subList(0, 4));
    targets.add(target("gov.work-records.online", AdministrativeLevel.DISTRICT, Bound.atLeast(80), KH698,
        "80% hồ sơ công việc cấp huyện"));
    Plan withDistrict = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, targets);
    ObservationSet obs = ObservationSet.of(List.of(obs("44", "gov.online-services.level4", 2025, 80),
        obs("44", "gov.applications.submitted-online", 2025, 25),
        obs("44", "gov.applications.processed-fully-online", 2025, 60),
        obs("44", "gov.applications.satisfaction", 2025, 90)));
    Scorecard card = Scorer.standard().score(withDistrict, obs, LocalDate.of(2025, 12, 31));
    IndexScore gov = card.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow();
    assertThat(card.targets().get(4).outcome()).isEqualTo(TargetResult.Outcome.NOT_APPLICABLE);
    assertThat(gov.coverage()).isEqualTo(1.0);
    assertThat(gov.score().getAsDouble()).isCloseTo(76.25, within(1e-12));
    assertThat(gov.components().get(4).applicable()).isFalse();
  }

  @Test
  void geometricAndWeakestLinkProfilesMeetAZero() {
    ObservationSet withZero = ObservationSet.of(List.of(obs("44", "gov.online-services.level4", 2024, 0),
        obs("44", "gov.applications.submitted-online", 2024, 25),
        obs("44", "gov.applications.processed-fully-online", 2024, 60),
        obs("44", "gov.applications.satisfaction", 2024, 90),
        obs("44", "gov.work-records.online", 2024, 95),
        obs("44", "econ.digital-economy.share-of-grdp", 2024, 15)));
    Scorecard geometric = Scorer.builder().profile("geometric").build().score(sixTargets(), withZero, END_2024);
    assertThat(geometric.profile().name()).isEqualTo("geometric");
    assertThat(geometric.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow().score()).hasValue(0.0);
    assertThat(geometric.composite().score()).hasValue(0.0);
    Scorecard harmonic = Scorer.builder().profile("harmonic").build().score(sixTargets(), withZero, END_2024);
    assertThat(harmonic.composite().score()).hasValue(0.0);
    Scorecard weakest = Scorer.builder().profile("weakest-link").build().score(sixTargets(),
        observations(), END_2024);
    assertThat(weakest.pillar(Pillar.DIGITAL_GOVERNMENT).orElseThrow().score()).hasValue(50.0);
    assertThat(weakest.composite().score()).hasValue(50.0);
  }

  @Test
  void aggregateChecksItsArguments() {
    Label name = Label.of("x", "x");
    List<IndexScore.Component> twice = List.of(IndexScore.Component.of("a", name, 1, 10), IndexScore.Component.of("a", name, 1, 20));
    assertThatThrownBy(() -> IndexScore.aggregate(name, Aggregator.arithmetic(), 0.8, twice))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("keys must be distinct");
    assertThatThrownBy(() -> IndexScore.aggregate(name, Aggregator.arithmetic(), 0, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("IndexScore.threshold");
    assertThatThrownBy(() -> IndexScore.Component.of("a", name, Double.NaN, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Component.weight");
    assertThatThrownBy(() -> IndexScore.Component.of("a", name, 1, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Component.value");
    IndexScore none = IndexScore.aggregate(name, Aggregator.arithmetic(), 0.8,
        List.of(IndexScore.Component.missing("a", name, 1)));
    assertThat(none.score()).isEmpty();
    assertThat(none.coverage()).isEqualTo(0.0);
    assertThat(none.reason().orElseThrow().en()).isEqualTo("no data for any component");
  }
}
