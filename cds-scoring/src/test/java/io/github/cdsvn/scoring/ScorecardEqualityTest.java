package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Scorecards, target results and index scores are equal exactly when every attribute is, and
 * each refuses attributes that contradict one another, naming the field.
 */
class ScorecardEqualityTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final String WORK = "gov.work-records.online";

  /** Quảng Bình's work records at its three levels: every target scored. */
  private static ObservationSet observations() {
    return ObservationSet.of(List.of(obs("44", WORK, 2023, 70), obs("44", WORK, 2024, 83),
        obs("44", WORK, AdministrativeLevel.DISTRICT, 2024, 75), obs("44", WORK, AdministrativeLevel.COMMUNE, 2024, 52)));
  }

  private static Scorecard card() {
    return Scorer.standard().score(Fixtures.quangBinhWorkRecords(), observations(), END_2024);
  }

  /** A result's copy that has no data and says why. */
  private static TargetResult noData(TargetResult r) {
    return TargetResult.builder().from(r).outcome(TargetResult.Outcome.NO_DATA).attainment(OptionalDouble.empty()).met(false)
        .reason(Label.of("không có số liệu", "no data")).build();
  }

  private static void refused(Runnable build, String field, String rule) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(rule);
    });
  }

  @Test
  void scorecardsDifferingInAnyAttributeDiffer() {
    Scorecard card = card();
    ImmutableScorecard base = (ImmutableScorecard) ImmutableScorecard.copyOf(card);
    assertThat(base).isEqualTo(card).isEqualTo(card()).hasSameHashCodeAs(card);
    assertThat(card).isEqualTo(base).isNotEqualTo(card.composite());
    Scorecard later = Scorer.standard().score(Fixtures.quangBinhWorkRecords(), observations(), END_2024.plusDays(1));
    List<Scorecard> variants = List.of(base.withPlanId("quang-binh.other"), base.withUnitCode("45"),
        base.withAsOf(END_2024.plusDays(1)), base.withTargets(List.of()), base.withPillars(List.of()),
        base.withComposite(card.pillars().get(0)), base.withProfile(Scorer.builder().profile("geometric").build()
            .profile()), base.withIllustrative(true), later,
        base.withUnit(Fixtures.QUANG_BINH.equals(card.unit().orElseThrow()) ? Fixtures.BA_TRI : Fixtures.QUANG_BINH));
    for (Scorecard v : variants) {
      assertThat(v).isNotEqualTo(card);
      assertThat(card).isNotEqualTo(v);
    }
    assertThat(card.illustrative()).isFalse();
    assertThat(card.toString()).isEqualTo("Scorecard{" + card.planId() + ", unit 44, as of 2024-12-31, 3 targets, composite "
        + card.composite().score() + "}");
  }

  @Test
  void targetResultsDifferingInAnyAttributeDiffer() {
    TargetResult r = card().targets().get(0);
    assertThat(r.outcome()).isEqualTo(TargetResult.Outcome.SCORED);
    ImmutableTargetResult base = (ImmutableTargetResult) ImmutableTargetResult.copyOf(r);
    assertThat(base).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r).isEqualTo(base).isNotEqualTo(r.explanation());
    List<TargetResult> variants = List.of(base.withAttainment(r.attainment().getAsDouble() / 2), base.withMet(!r.met()),
        base.withLevel(AdministrativeLevel.DISTRICT), base.withValue(r.value().getAsDouble() + 1),
        base.withRule("stepped"), base.withTrajectory(Optional.empty()), base.withWeight(r.weight() + 1),
        base.withIllustrative(!r.illustrative()),
        base.withExplanation(Explanation.builder().sentence(Label.of("khác", "other")).build()),
        base.withTarget(Fixtures.quangBinhWorkRecords().targets().get(0).equals(r.target())
            ? Plans.quangBinh().targets().get(0) : Fixtures.quangBinhWorkRecords().targets().get(0)),
        noData(r));
    for (TargetResult v : variants) {
      assertThat(v).isNotEqualTo(r);
      assertThat(r).isNotEqualTo(v);
    }
    assertThat(r.toString()).isEqualTo("TargetResult{" + r.target().key() + ", SCORED, "
        + r.attainment().getAsDouble() + (r.met() ? ", met" : ", not met") + "}");
    assertThat(base.withMet(true).toString()).endsWith(", met}");
    assertThat(variants.get(variants.size() - 1).toString()).isEqualTo("TargetResult{" + r.target().key() + ", NO_DATA}");
  }

  @Test
  void aTargetResultRefusesContradictions() {
    ImmutableTargetResult base = (ImmutableTargetResult) ImmutableTargetResult.copyOf(card().targets().get(0));
    String id = "(target " + base.target().key() + ")";
    refused(() -> base.withOutcome(TargetResult.Outcome.NO_DATA), "TargetResult.attainment",
        "present exactly when the outcome is SCORED, here NO_DATA " + id);
    refused(() -> base.withAttainment(OptionalDouble.empty()), "TargetResult.attainment", "here SCORED " + id);
    refused(() -> base.withAttainment(1.0000001), "TargetResult.attainment", "from 0 to 1 " + id);
    refused(() -> base.withAttainment(-0.0000001), "TargetResult.attainment", "from 0 to 1");
    refused(() -> base.withAttainment(Double.NaN), "TargetResult.attainment", "from 0 to 1");
    assertThat(base.withAttainment(1).attainment()).hasValue(1);
    assertThat(base.withAttainment(0).attainment()).hasValue(0);
    refused(() -> base.withReason(Label.of("lý do", "a reason")), "TargetResult.reason",
        "present exactly when the target was not scored " + id);
    ImmutableTargetResult noData = (ImmutableTargetResult) noData(base);
    refused(() -> noData.withMet(true), "TargetResult.met", "only a scored target can be met " + id);
    refused(() -> noData.withReason(Optional.empty()), "TargetResult.reason", "present exactly when the target was not scored");
    refused(() -> base.withWeight(-1), "TargetResult.weight", "finite and not negative " + id);
    refused(() -> base.withWeight(Double.POSITIVE_INFINITY), "TargetResult.weight", "finite and not negative");
    refused(() -> base.withWeight(Double.NaN), "TargetResult.weight", "finite and not negative");
    assertThat(base.withWeight(0).weight()).isZero();
  }

  @Test
  void indexScoresDifferingInAnyAttributeDifferAndRefuseContradictions() {
    IndexScore composite = card().composite();
    ImmutableIndexScore base = (ImmutableIndexScore) ImmutableIndexScore.copyOf(composite);
    assertThat(base).isEqualTo(composite).hasSameHashCodeAs(composite);
    assertThat(composite).isEqualTo(base).isNotEqualTo(composite.sentence());
    List<IndexScore> variants = List.of(base.withName(Label.of("khác", "other")), base.withPillar(Pillar.DIGITAL_ECONOMY),
        base.withAggregator("geometric"), base.withScore(composite.score().getAsDouble() / 2), base.withCoverage(0.5),
        base.withThreshold(0.5), base.withComponents(List.of()), base.withSentence(Label.of("khác", "other")),
        IndexScore.builder().from(composite).score(OptionalDouble.empty()).reason(Label.of("không có điểm", "no score"))
            .build());
    for (IndexScore v : variants) {
      assertThat(v).isNotEqualTo(composite);
      assertThat(composite).isNotEqualTo(v);
    }
    assertThat(composite.toString()).isEqualTo("IndexScore{" + composite.name().en() + ", "
        + composite.score().getAsDouble() + ", coverage " + composite.coverage() + "}");
    assertThat(variants.get(variants.size() - 1).toString()).isEqualTo("IndexScore{" + composite.name().en()
        + ", no score, coverage " + composite.coverage() + "}");

    refused(() -> base.withCoverage(1.0000001), "IndexScore.coverage", "a share, from 0 to 1");
    refused(() -> base.withCoverage(-0.0000001), "IndexScore.coverage", "a share, from 0 to 1");
    refused(() -> base.withCoverage(Double.NaN), "IndexScore.coverage", "a share, from 0 to 1");
    assertThat(base.withCoverage(0).coverage()).isZero();
    refused(() -> base.withReason(Label.of("lý do", "a reason")), "IndexScore.reason",
        "present exactly when there is no score");
    refused(() -> base.withScore(OptionalDouble.empty()), "IndexScore.reason", "present exactly when there is no score");
    refused(() -> base.withScore(-0.0000001), "IndexScore.score", "finite and not negative");
    refused(() -> base.withScore(Double.POSITIVE_INFINITY), "IndexScore.score", "finite and not negative");
    assertThat(base.withScore(0).score()).hasValue(0);
    refused(() -> base.withThreshold(0), "IndexScore.threshold", "");
    refused(() -> base.withThreshold(1.0000001), "IndexScore.threshold", "");
    assertThat(base.withThreshold(1).threshold()).isEqualTo(1);
    refused(() -> IndexScore.aggregate(Label.of("a", "a"), io.github.cdsvn.scoring.Aggregator
        .arithmetic(), 0, List.of()), "IndexScore.threshold", "");
  }

  @Test
  void aComponentRefusesABlankKeyABadWeightOrValue() {
    Label name = Label.of("hồ sơ", "records");
    assertThat(IndexScore.Component.of("k", name, 0, 0).weight()).isZero();
    refused(() -> IndexScore.Component.of(" ", name, 1, 0.5), "Component.key", "must not be blank");
    refused(() -> IndexScore.Component.missing(" ", name, 1), "Component.key", "must not be blank");
    refused(() -> IndexScore.Component.of("k", name, -0.0000001, 0.5), "Component.weight",
        "a weight, finite and not negative; component k");
    refused(() -> IndexScore.Component.of("k", name, Double.POSITIVE_INFINITY, 0.5), "Component.weight", "component k");
    refused(() -> IndexScore.Component.notApplicable("k", name, Double.NaN), "Component.weight", "component k");
    refused(() -> IndexScore.Component.of("k", name, 1, -0.0000001), "Component.value", "finite and not negative; component k");
    refused(() -> IndexScore.Component.of("k", name, 1, Double.POSITIVE_INFINITY), "Component.value", "finite and not negative");
    // a component that is not applicable has no value: notApplicable takes none
    assertThat(IndexScore.Component.notApplicable("k", name, 1).applicable()).isFalse();
    assertThat(IndexScore.Component.notApplicable("k", name, 1).value()).isEmpty();
  }

}
