package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static io.github.cdsvn.core.unit.AdministrativeLevel.PROVINCE;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Which observations a target reads, computed by hand and checked on what the scorer returns: a
 * province's own series and the series stated at the province's level are one series; a series
 * at another level is read only by a target at that level; a unit with no observation of the
 * indicator, or none by the as-of date, has no data and says so; units of different own levels
 * with the same series read each the series of its level.
 */
class SeriesSelectionTest {
  private static final String WORK = "gov.work-records.online";
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final Scorer SCORER = Scorer.standard();

  private static Plan plan() {
    return Fixtures.plan("quang-binh.test", Fixtures.QUANG_BINH, Fixtures.KH698, List.of(
      Fixtures.target(WORK, PROVINCE, Bound.atLeast(95), Fixtures.KH698, "95% cấp tỉnh"),
      Fixtures.target(WORK, DISTRICT, Bound.atLeast(80), Fixtures.KH698, "80% cấp huyện")));
  }

  private static List<TargetResult> score(LocalDate asOf, Observation... observations) {
    return SCORER.score(plan(), ObservationSet.of(List.of(observations)), asOf).targets();
  }

  @Test
  void theOwnSeriesAndTheSeriesStatedAtTheUnitsLevelAreOneSeries() {
    // 2022 and 2024 stated at province level, 2023 and 2024 as the province's own: 2024 twice, the own one read
    List<TargetResult> r = score(END_2024, obs("44", WORK, PROVINCE, 2022, 60), obs("44", WORK, 2023, 70),
        obs("44", WORK, PROVINCE, 2024, 79), obs("44", WORK, 2024, 80));
    TargetResult province = r.get(0);
    assertThat(province.value()).hasValue(80);
    assertThat(province.explanation().observations()).extracting(Observation::value).contains(80.0);
    assertThat(province.trajectory().orElseThrow().inputs()).extracting(Explanation.Input::symbol, Explanation.Input::value)
        .contains(org.assertj.core.groups.Tuple.tuple("x_first", 60.0), org.assertj.core.groups.Tuple.tuple("x_last", 80.0));
    // only stated: read as well
    assertThat(score(END_2024, obs("44", WORK, PROVINCE, 2024, 77)).get(0).value()).hasValue(77);
    // only the own series
    assertThat(score(END_2024, obs("44", WORK, 2024, 76)).get(0).value()).hasValue(76);
  }

  @Test
  void aSeriesAtAnotherLevelIsReadOnlyByATargetAtThatLevel() {
    List<TargetResult> r = score(END_2024, obs("44", WORK, DISTRICT, 2024, 66));
    assertThat(r.get(0).outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(r.get(0).reason().orElseThrow().en())
        .isEqualTo("no observation of gov.work-records.online (province level) for unit 44");
    assertThat(r.get(1).outcome()).isEqualTo(TargetResult.Outcome.SCORED);
    assertThat(r.get(1).value()).hasValue(66);
  }

  @Test
  void nothingByTheAsOfDateIsNoDataNamingTheEarliestPeriod() {
    TargetResult r = score(LocalDate.of(2023, 6, 30), obs("44", WORK, 2023, 70), obs("44", WORK, 2024, 80))
        .get(0);
    assertThat(r.outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(r.reason().orElseThrow().en()).isEqualTo("no observation on or before 2023-06-30; the earliest is for 2023");
    assertThat(r.reason().orElseThrow().vi())
        .isEqualTo("không có quan sát nào đến ngày 30/06/2023; quan sát sớm nhất là của 2023");
  }

  @Test
  void aUnitWithTheSeriesKeysOfTheUnitBeforeButAnotherLevelReadsTheSeriesOfItsLevel() {
    // Ba Tri's plan (a district's); in code order a commune of Ba Tri, then Ba Tri, with the same
    // series: the share of work records online measured at district level (70%) and at commune
    // level (50%). The district's target at district level reads the first; scored at its own
    // level, the commune reads the second. The engine reuses a unit's series picks for the next unit with the same series keys; it must
    // not reuse them across own levels.
    Plan plan = Plans.baTri();
    ObservationSet.Builder b = ObservationSet.builder();
    Indicator records = plan.targets().stream().filter(t -> t.level() == DISTRICT).findFirst().orElseThrow()
        .indicator();
    for (String unit : List.of("29110", "836")) {
      for (AdministrativeLevel level : List.of(DISTRICT, COMMUNE)) {
        b.add(Observation.builder().unitCode(unit).indicator(records).measuredLevel(level)
            .period(ObservationPeriod.ofYear(2024)).value(level == DISTRICT ? 70 : 50).build());
      }
    }
    ObservationSet set = b.build();
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Scorer scorer = Scorer.builder().unitRegistry(BenTreUnits.registry()).build();
    List<Scorecard> cards = scorer.scoreAll(plan, List.of("29110", "836"), set, asOf);
    assertThat(cards).extracting(c -> c.targets().stream().filter(t -> t.target().level() == DISTRICT).findFirst()
        .orElseThrow().value()).containsExactly(OptionalDouble.of(50), OptionalDouble.of(70));
  }}
