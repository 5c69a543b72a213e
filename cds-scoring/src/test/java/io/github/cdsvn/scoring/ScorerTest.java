package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.QD749;
import static io.github.cdsvn.scoring.Fixtures.VIETNAM;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static io.github.cdsvn.scoring.Fixtures.plan;
import static io.github.cdsvn.scoring.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point: scoring a plan for its unit, for other units, with a registry and level mappings. */
class ScorerTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private static final String WORK = "gov.work-records.online";

  @Test
  void fiveLinesFromPlanToSentence() {
    ObservationSet observations = ObservationSet.of(List.of(obs("44", WORK, 2024, 83)));
    Scorer scorer = Scorer.standard();
    Scorecard card = scorer.score(Fixtures.quangBinhWorkRecords(), observations, END_2024);
    // 1 of 3 targets has data: the pillar covers a third of its weight, the composite none
    assertThat(card.pillars().get(0).coverage()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(card.pillars().get(0).score()).isEmpty();
    assertThat(card.composite().score()).isEmpty();
    assertThat(card.composite().coverage()).isEqualTo(0.0);
    assertThat(card.targets().get(0).explanation().sentence().vi())
        .isEqualTo("Đạt 87% chỉ tiêu: 83% so với mục tiêu 95% (cơ sở 0%)");
    assertThat(card.planId()).isEqualTo("quang-binh.kh-698-2022");
    assertThat(card.unitCode()).isEqualTo("44");
    assertThat(card.unit()).contains(Fixtures.QUANG_BINH);
    assertThat(card.asOf()).isEqualTo(END_2024);
    assertThat(card.profile()).isSameAs(scorer.profile());
    assertThat(card.profile().name()).isEqualTo("default");
    assertThat(card.targets().get(1).outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(card.targets().get(1).explanation().sentence().en())
        .isEqualTo("No data: no observation of gov.work-records.online (district level) for unit 44");
    assertThat(card.target(card.targets().get(2).target().key())).contains(card.targets().get(2));
  }

  /** Decision 749/QĐ-TTg: 90% of province-level work records online; digital economy 20% of GDP. */
  private static Plan nationalProgramme() {
    return plan("vn.qd-749-2020", VIETNAM, QD749, List.of(
        target(WORK, AdministrativeLevel.PROVINCE, Bound.atLeast(90), QD749,
            "Tỷ lệ hồ sơ công việc tại cấp bộ, cấp tỉnh được xử lý trên môi trường mạng đạt 90%"),
        target("econ.digital-economy.share-of-grdp", AdministrativeLevel.NATION, Bound.atLeast(20), QD749,
            "Kinh tế số chiếm 20% GDP")));
  }

  @Test
  void theNationalProgrammeScoredForEachProvince() {
    ObservationSet observations = ObservationSet.of(List.of(
        obs("44", WORK, 2024, 81), obs("44", "econ.digital-economy.share-of-grdp", 2024, 15),
        obs("24", WORK, 2024, 92),
        obs("VN", WORK, AdministrativeLevel.PROVINCE, 2024, 85), obs("VN", "econ.digital-economy.share-of-grdp", 2024, 18.3)));
    Scorer scorer = Scorer.standard();
    List<Scorecard> cards = scorer.scoreAll(nationalProgramme(), List.of("44", "24", "44"), observations, END_2024);
    assertThat(cards).extracting(Scorecard::unitCode).containsExactly("24", "44");

    Scorecard quangBinh = cards.get(1);
    assertThat(quangBinh.targets().get(0).attainment().getAsDouble()).isCloseTo(0.9, within(1e-12));
    TargetResult economy = quangBinh.targets().get(1);
    assertThat(economy.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(economy.attainment().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(economy.explanation().notes()).extracting(l -> l.en())
        .contains("the plan's own level (national level) is read as the scored unit's own level (province level)");

    Scorecard bacGiang = cards.get(0);
    assertThat(bacGiang.targets().get(0).met()).isTrue();
    assertThat(bacGiang.targets().get(1).outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);

    // many units, then their ranking, in a few lines
    Ranking byComposite = Ranking.byComposite(cards);
    assertThat(byComposite.entries()).extracting(Ranking.Entry::unitCode).containsExactly("44", "24");
    assertThat(byComposite.entry("44").orElseThrow().score()).isEqualTo(quangBinh.composite().score());
    assertThat(byComposite.entry("24").orElseThrow().isRanked()).isEqualTo(bacGiang.composite().score().isPresent());
    Ranking byGovernment = Ranking.byPillar(cards, io.github.cdsvn.core.indicator.Pillar.DIGITAL_GOVERNMENT);
    assertThat(byGovernment.entry("24").orElseThrow().score())
        .isEqualTo(bacGiang.pillar(io.github.cdsvn.core.indicator.Pillar.DIGITAL_GOVERNMENT).orElseThrow().score());
    assertThatThrownBy(() -> Ranking.byComposite(List.of(quangBinh, quangBinh)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Ranking.cards").hasMessageContaining("44");

    // the programme for the nation itself: province-level work records measured nationally
    Scorecard nation = scorer.score(nationalProgramme(), observations, END_2024);
    assertThat(nation.targets().get(0).attainment().getAsDouble()).isCloseTo(85.0 / 90, within(1e-12));
    assertThat(nation.targets().get(1).attainment().getAsDouble()).isCloseTo(18.3 / 20, within(1e-12));
    assertThat(scorer.score(nationalProgramme(), "44", observations, END_2024)).isEqualTo(quangBinh);
  }

  @Test
  void aRegistryUsesObservationsOfACodeOnlyWhileItNamesTheUnitScored() {
    ObservationSet observations = ObservationSet.of(List.of(obs("44", WORK, 2024, 83), obs("44", WORK, 2025, 97)));
    Plan plan = Fixtures.quangBinhWorkRecords();
    // without a registry, code 44's value for 2025 (Quảng Trị's) is taken
    assertThat(Scorer.standard().score(plan, observations, END_2025).targets().get(0).met()).isTrue();
    Scorer withUnits = Scorer.builder().unitRegistry(UnitRegistry.standard()).build();
    Scorecard quangBinh = withUnits.score(plan, observations, END_2025);
    assertThat(quangBinh.unit().orElseThrow().name()).isEqualTo("Quảng Bình");
    assertThat(quangBinh.targets().get(0).value()).hasValue(83.0);
    // the code read on the as-of date: Quảng Trị, whose only value is 97
    Scorecard quangTri = withUnits.score(plan, "44", observations, END_2025);
    assertThat(quangTri.unit().orElseThrow().name()).isEqualTo("Quảng Trị");
    assertThat(quangTri.targets().get(0).value()).hasValue(97.0);
    TargetResult none = withUnits.score(plan, "44", ObservationSet.of(List.of(obs("44", WORK, 2024, 83))), END_2025)
        .targets().get(0);
    assertThat(none.outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(none.explanation().sentence().en()).isEqualTo("No data: code 44 names Tỉnh Quảng Trị only from 2025-07-01"
        + " to …; none of its observations falls within that time");
    assertThat(none.explanation().sentence().vi()).isEqualTo("Chưa có số liệu: mã 44 chỉ là Tỉnh Quảng Trị từ 01/07/2025"
        + " đến …; không có quan sát nào trong thời gian đó");
    TargetResult unknown = withUnits.score(plan, "99", observations, END_2024).targets().get(0);
    assertThat(unknown.outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(unknown.reason().orElseThrow().en()).isEqualTo("the unit registry has no unit with code 99 on 2024-12-31");
    assertThat(withUnits.unitRegistry()).contains(UnitRegistry.standard());
  }

  @Test
  void aResultIsIllustrativeOnlyWhereAnObservationItUsesIs() {
    Plan plan = Fixtures.quangBinhWorkRecords();
    Scorer withUnits = Scorer.builder().unitRegistry(UnitRegistry.standard()).build();
    // code 44 names Quảng Trị from 1 July 2025: Quảng Bình's illustrative 2024 value is not Quảng Trị's
    TargetResult quangTri = withUnits.score(plan, "44", ObservationSet.of(List.of(
        Fixtures.illustrative("44", WORK, 2024, 83), obs("44", WORK, 2025, 97))), END_2025).targets().get(0);
    assertThat(quangTri.value()).hasValue(97.0);
    assertThat(quangTri.illustrative()).isFalse();
    assertThat(withUnits.score(plan, "44", ObservationSet.of(List.of(
        obs("44", WORK, 2024, 83), Fixtures.illustrative("44", WORK, 2025, 97))), END_2025).targets().get(0)
        .illustrative()).isTrue();

    // a stated baseline: the observations of its year and before are not used
    Plan withBaseline = plan("test.baseline", Fixtures.QUANG_BINH, Fixtures.KH698, List.of(
        target(WORK, AdministrativeLevel.PROVINCE, Bound.atLeast(95), Baseline.of(2020, 40), Fixtures.KH698,
            "tối thiểu 95%")));
    TargetResult fromBaseline = Scorer.standard().score(withBaseline, ObservationSet.of(List.of(
        Fixtures.illustrative("44", WORK, 2019, 30), Fixtures.illustrative("44", WORK, 2020, 40),
        obs("44", WORK, 2022, 70), obs("44", WORK, 2024, 83))), END_2024).targets().get(0);
    assertThat(fromBaseline.value()).hasValue(83.0);
    assertThat(fromBaseline.illustrative()).isFalse();
    assertThat(Scorer.standard().score(withBaseline, ObservationSet.of(List.of(
        obs("44", WORK, 2020, 40), Fixtures.illustrative("44", WORK, 2021, 50), obs("44", WORK, 2024, 83))), END_2024)
        .targets().get(0).illustrative()).isTrue();
    // an illustrative value after the date scored is not used either
    assertThat(Scorer.standard().score(withBaseline, ObservationSet.of(List.of(
        obs("44", WORK, 2024, 83), Fixtures.illustrative("44", WORK, 2025, 90))), END_2024)
        .targets().get(0).illustrative()).isFalse();
  }

  @Test
  void aMappedLevelIsScoredAtTheLevelItIsMappedTo() {
    ObservationSet observations = ObservationSet.of(List.of(
        obs("44", WORK, AdministrativeLevel.COMMUNE, 2025, 54)));
    Scorer mapped = Scorer.builder().mapLevel(AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE).build();
    TargetResult district = mapped.score(Fixtures.quangBinhWorkRecords(), observations, END_2025).targets().get(1);
    assertThat(district.outcome()).isEqualTo(TargetResult.Outcome.SCORED);
    assertThat(district.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(district.attainment().getAsDouble()).isCloseTo(54.0 / 80, within(1e-12));
    assertThat(district.explanation().notes()).extracting(l -> l.en()).contains("district level mapped to commune level");
    assertThat(mapped.levelMapping()).containsEntry(AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE);
  }

  @Test
  void builderChoicesOverrideTheProfile() {
    Scorer s = Scorer.builder().profile("geometric").pillarAggregator(Aggregator.minimum())
        .targetAggregator("harmonic").rule(Bound.Kind.AT_LEAST, "distance-to-target")
        .trajectoryMethod("compound-growth").build();
    assertThat(s.profile().name()).isEqualTo("custom");
    assertThat(s.profile().targetAggregator().name()).isEqualTo("harmonic");
    assertThat(s.profile().pillarAggregator().name()).isEqualTo("minimum");
    assertThat(Scorer.builder().profile("weakest-link").build().profile().name()).isEqualTo("weakest-link");
    assertThat(Scorer.builder().build().profile()).isEqualTo(Scorer.standard().profile());
    assertThatThrownBy(() -> Scorer.builder().profile("nope").build()).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for Scorer.profile (valid values ")
        .hasMessageContaining("default").hasMessageContaining("weakest-link").hasMessageEndingWith(": 'nope'");
    assertThatThrownBy(() -> Scorer.builder().rule(Bound.Kind.AT_LEAST, "nearest-edge").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Scorer.rule[AT_LEAST] (a rule that supports AT_LEAST): 'nearest-edge'");
    assertThatThrownBy(() -> Scorer.builder().targetAggregator("median").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Scorer.aggregator");
    assertThat(Scorer.standard().toString()).isEqualTo("Scorer{default}");
  }
}
