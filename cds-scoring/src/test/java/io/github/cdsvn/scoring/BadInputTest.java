package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every documented bad input: a clear exception naming the field and value, or a documented no-data result. */
class BadInputTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final String WORK = "gov.work-records.online";

  private static Indicator workRecordsAs(Measure measure, String en) {
    Indicator real = Fixtures.indicator(WORK);
    return Indicator.builder().code(WORK).label(Label.of(real.label().vi(), en)).measure(measure)
        .direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.DIGITAL_GOVERNMENT).build();
  }

  @Test
  void anObservationInTheWrongMeasureForItsIndicator() {
    Observation counted = Observation.of("44", workRecordsAs(Measure.count(), "Work records processed online"),
        ObservationPeriod.ofYear(2024), 1200);
    ObservationSet observations = ObservationSet.of(List.of(counted));
    assertThatThrownBy(() -> Scorer.standard().score(Fixtures.quangBinhWorkRecords(), observations, END_2024))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Observation.indicator (the target's indicator gov.work-records.online is"
            + " measured as percent but the observation's as count; one code must carry one definition):"
            + " Observation{44, gov.work-records.online, 2024 = 1200}")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("Observation.indicator");
    Observation relabelled = Observation.of("44", workRecordsAs(Measure.percent(), "Another label"),
        ObservationPeriod.ofYear(2024), 83);
    assertThatThrownBy(() -> Scorer.standard().score(Fixtures.quangBinhWorkRecords(),
        ObservationSet.of(List.of(relabelled)), END_2024))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("is defined differently");
  }

  @Test
  void anAsOfDateBeforeAnyDataGivesNoDataNeverZero() {
    ObservationSet observations = ObservationSet.of(List.of(obs("44", WORK, 2022, 70), obs("44", WORK, 2024, 83)));
    Scorecard card = Scorer.standard().score(Fixtures.quangBinhWorkRecords(), observations, LocalDate.of(2019, 12, 31));
    TargetResult r = card.targets().get(0);
    assertThat(r.outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(r.attainment()).isEmpty();
    assertThat(r.met()).isFalse();
    assertThat(r.trajectory()).isEmpty();
    assertThat(r.explanation().sentence().en())
        .isEqualTo("No data: no observation on or before 2019-12-31; the earliest is for 2022");
    assertThat(r.explanation().sentence().vi())
        .isEqualTo("Chưa có số liệu: không có quan sát nào đến ngày 31/12/2019; quan sát sớm nhất là của 2022");
    assertThat(card.composite().score()).isEmpty();
    assertThat(card.composite().reason().orElseThrow().en()).isEqualTo("no data for any component");
  }

  @Test
  void aWeightThatIsNegativeOrNotANumber() {
    assertThatThrownBy(() -> Weights.builder().target(WORK, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Weights.target[gov.work-records.online] (a weight, finite and not negative): -1");
    assertThatThrownBy(() -> Weights.builder().target(WORK, Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Weights.target[gov.work-records.online] (a weight, finite and not negative): NaN");
    assertThatThrownBy(() -> Weights.builder().pillar(Pillar.DIGITAL_ECONOMY, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Weights.pillar[economy]");
    assertThatThrownBy(() -> Weights.builder().target(Fixtures.quangBinhWorkRecords().targets().get(0).key(), -0.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Weights.target[gov.work-records.online@province/2025]");
  }

  @Test
  void anEmptyPlanHasNoTargetsAndNoScore() {
    Plan empty = Plan.builder().id("quang-binh.empty").unit(QUANG_BINH).title("Kế hoạch chưa có chỉ tiêu")
        .addDocuments(KH698).build();
    Scorecard card = Scorer.standard().score(empty, ObservationSet.of(List.of(obs("44", WORK, 2024, 83))), END_2024);
    assertThat(card.targets()).isEmpty();
    assertThat(card.pillars()).isEmpty();
    assertThat(card.composite().score()).isEmpty();
    assertThat(card.composite().coverage()).isEqualTo(0.0);
    assertThat(card.composite().reason().orElseThrow().en()).isEqualTo("the plan has no targets");
    assertThat(card.composite().sentence().vi()).isEqualTo("Chỉ số tổng hợp: chưa có điểm — kế hoạch không có chỉ tiêu nào");
    assertThat(Scorer.standard().scoreAll(empty, List.of(), ObservationSet.empty(), END_2024)).isEmpty();
  }

  @Test
  void badArgumentsToTheScorer() {
    Plan plan = Fixtures.quangBinhWorkRecords();
    assertThatThrownBy(() -> Scorer.standard().score(plan, " ", ObservationSet.empty(), END_2024))
        .isInstanceOf(InvalidValueException.class).hasMessage("Invalid value for unitCode (must not be blank): ' '");
    assertThatThrownBy(() -> Scorer.standard().score(null, ObservationSet.empty(), END_2024))
        .isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> Scorer.standard().score(plan, ObservationSet.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    for (double bad : new double[] {0, -0.1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> Scorer.builder().coverageThreshold(bad)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Scorer.coverageThreshold");
    }
    // a plan's unit the given registry does not know: every target has no data, and says why
    Plan baTri = Fixtures.plan("ba-tri.cds-2020-2025", Fixtures.BA_TRI, Fixtures.BA_TRI_PLAN, List.of(Fixtures.target(WORK,
        io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT, Bound.atLeast(90), Fixtures.BA_TRI_PLAN, "90% hồ sơ công việc")));
    TargetResult r = Scorer.builder().unitRegistry(UnitRegistry.standard()).build()
        .score(baTri, ObservationSet.of(List.of(obs("836", WORK, 2024, 81))), END_2024).targets().get(0);
    assertThat(r.outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    assertThat(r.reason().orElseThrow().en()).isEqualTo("the unit registry does not know Huyện Ba Tri (code 836)");
  }

  @Test
  void casesThatCannotReachARule() {
    Measure pct = Measure.percent();
    Direction up = Direction.HIGHER_IS_BETTER;
    assertThatThrownBy(() -> AttainmentInput.of(pct, up, Bound.atLeast(95), Double.NaN))
        .isInstanceOf(InvalidValueException.class).hasMessage("Invalid value for AttainmentInput.value (percent, valid values 0 - 100): NaN");
    assertThatThrownBy(() -> AttainmentInput.of(pct, up, Bound.atLeast(95), 120))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AttainmentInput.value");
    assertThatThrownBy(() -> AttainmentInput.of(pct, up, Bound.atLeast(95), 80, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AttainmentInput.baseline");
    assertThatThrownBy(() -> AttainmentInput.of(pct, up, Bound.moreThan(100), 80))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'more than' must leave room");
    assertThatThrownBy(() -> AttainmentInput.of(Measure.count(), up, Bound.relativeChange(-30), 80))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a baseline value");
    assertThatThrownBy(() -> AttainmentInput.builder().measure(pct).direction(up).bound(Bound.growthPerYear(7, false))
        .value(80).addPoint(END_2024, 80).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least two points");
    assertThatThrownBy(() -> AttainmentInput.builder().measure(pct).direction(up).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2024, 70).addPoint(END_2024.minusYears(1), 80).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("date order");
    assertThatThrownBy(() -> AttainmentInput.of(Measure.rank(), up, Bound.topRank(10, 63), 12))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a rank is lower-is-better");
    assertThatThrownBy(() -> AttainmentInput.of(pct, up, Bound.topRank(10, 63), 12))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a measure of kind [RANK]");
    assertThatThrownBy(() -> AttainmentRule.nearestEdge().attain(AttainmentInput.of(pct, up, Bound.atLeast(95), 80)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("rule nearest-edge does not score AT_LEAST");
  }

  @Test
  void resultsRefuseNumbersOutOfRange() {
    assertThatThrownBy(() -> Attainment.builder().rule("mine").value(1.5).met(true).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Attainment.value (an attainment, from 0 to 1; rule mine): 1.5");
    assertThatThrownBy(() -> Attainment.builder().rule("mine").value(Double.NaN).met(false).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Explanation.Input.of("v", Double.POSITIVE_INFINITY, "giá trị", "value"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("symbol v");
    assertThatThrownBy(() -> Profile.builder().from(Scorer.standard().profile()).name("partial")
        .rules(Map.of(Bound.Kind.AT_LEAST, AttainmentRule.distanceToTarget())).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a rule for every kind of bound");
    assertThatThrownBy(() -> Scorer.standard().profile().withRule(Bound.Kind.APPROXIMATELY, AttainmentRule.growthRatio()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a rule that supports APPROXIMATELY");
    assertThatThrownBy(() -> Scorer.standard().profile().withName("Not A Code"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Profile.name");
  }
}
