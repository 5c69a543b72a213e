package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

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
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Re-weighing a scorecard gives, bit for bit, what a full score with the new weights gives, for
 * every built-in profile, and keeps each target's attainment.
 */
class ReweighTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final AdministrativeLevel P = AdministrativeLevel.PROVINCE;
  private static final String[] UNITS = {"01", "24", "44"};
  private static final List<Target> TARGETS = List.of(
      Fixtures.target("gov.online-services.level4", P, Bound.atLeast(100), KH698, "100% DVCTT mức độ 4"),
      Fixtures.target("gov.applications.submitted-online", P, Bound.moreThan(50), KH698, "trên 50% hồ sơ nộp trực tuyến"),
      Fixtures.target("gov.work-records.online", P, Bound.atLeast(95), KH698, "95% hồ sơ công việc cấp tỉnh"),
      Fixtures.target("econ.digital-economy.share-of-grdp", P, Bound.approximately(20, 2), KH698, "khoảng 20% GRDP"),
      Fixtures.target("econ.digital-economy.share-in-each-sector", P, Bound.atLeast(10), KH698, "tối thiểu 10%"),
      Fixtures.target("society.e-payment-account", P, Bound.moreThan(50), KH698, "trên 50% dân số"),
      Fixtures.target("infra.fibre.households", P, Bound.moreThan(80), KH698, "trên 80% hộ gia đình"));
  private static final Plan PLAN = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, TARGETS);

  private static ObservationSet data(Random r) {
    List<Observation> list = new ArrayList<>();
    for (String unit : UNITS) {
      for (Target t : TARGETS) {
        if (r.nextInt(4) == 0) {
          continue;   // no data
        }
        for (int year = 2021; year <= 2024; year++) {
          if (r.nextBoolean()) {
            list.add(obs(unit, t.indicator().code(), year, Math.round(r.nextDouble() * 10000) / 100.0));
          }
        }
      }
    }
    return ObservationSet.of(list);
  }

  /** Weights on some indicators, some target keys and some pillars, zero included. */
  private static Weights weights(Random r) {
    Weights.Builder b = Weights.builder();
    for (Target t : TARGETS) {
      switch (r.nextInt(4)) {
        case 0 -> b.target(t.indicator().code(), r.nextInt(4));
        case 1 -> b.target(t.key(), r.nextDouble() * 3);
        default -> { }
      }
    }
    for (Pillar p : List.of(Pillar.DIGITAL_GOVERNMENT, Pillar.DIGITAL_ECONOMY, Pillar.DIGITAL_SOCIETY,
        Pillar.INFRASTRUCTURE)) {
      if (r.nextBoolean()) {
        b.pillar(p, r.nextInt(3) + r.nextDouble());
      }
    }
    return b.build();
  }

  @Test
  void reweighingEqualsAFullScoreWithTheNewWeights() {
    qt().withExamples(Examples.upTo(150)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      ObservationSet observations = data(r);
      String profile = List.of("default", "geometric", "harmonic", "weakest-link").get(r.nextInt(4));
      Scorer first = Scorer.builder().profile(profile).weights(weights(r)).coverageThreshold(0.5).build();
      Weights other = weights(r);
      Scorer second = Scorer.builder().profile(first.profile()).weights(other).build();
      for (String unit : UNITS) {
        Scorecard card = first.score(PLAN, unit, observations, AS_OF);
        Scorecard reweighed = first.reweigh(card, other);
        Scorecard full = second.score(PLAN, unit, observations, AS_OF);
        assertThat(reweighed).isEqualTo(full);
        assertThat(reweighed.composite().score()).isEqualTo(full.composite().score());
        for (int i = 0; i < card.targets().size(); i++) {
          assertThat(reweighed.targets().get(i).attainment()).isEqualTo(card.targets().get(i).attainment());
        }
      }
    });
  }

  @Test
  void reweighingChangesTheCompositeAsTheWeightsSay() {
    ObservationSet observations = ObservationSet.of(List.of(
        obs("44", "gov.work-records.online", 2024, 95),               // government: met, 100
        obs("44", "econ.digital-economy.share-in-each-sector", 2024, 5)));   // economy: half way, 50
    Plan plan = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(TARGETS.get(2), TARGETS.get(4)));
    Scorer scorer = Scorer.standard();
    Scorecard card = scorer.score(plan, observations, AS_OF);
    assertThat(card.composite().score().getAsDouble()).isEqualTo(75.0);
    Scorecard whatIf = scorer.reweigh(card, Weights.builder().pillar(Pillar.DIGITAL_ECONOMY, 3).build());
    assertThat(whatIf.composite().score().getAsDouble()).isEqualTo(62.5);
    assertThat(whatIf.profile().name()).isEqualTo("custom");
    assertThat(whatIf.profile().weights().of(Pillar.DIGITAL_ECONOMY)).isEqualTo(3.0);
    assertThat(whatIf.targets()).isEqualTo(card.targets());
    // back to equal weights: the original numbers again
    assertThat(scorer.reweigh(whatIf, Weights.equal()).composite()).isEqualTo(card.composite());
  }

  @Test
  void aTargetWeighedToZeroLeavesItsPillar() {
    ObservationSet observations = ObservationSet.of(List.of(
        obs("44", "gov.work-records.online", 2024, 95),
        obs("44", "gov.online-services.level4", 2024, 50)));
    Plan plan = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(TARGETS.get(0), TARGETS.get(2)));
    Scorer scorer = Scorer.standard();
    Scorecard card = scorer.score(plan, observations, AS_OF);
    assertThat(card.composite().score().getAsDouble()).isEqualTo(75.0);
    Scorecard whatIf = scorer.reweigh(card, Weights.builder().target("gov.online-services.level4", 0).build());
    assertThat(whatIf.composite().score().getAsDouble()).isEqualTo(100.0);
    assertThat(whatIf.targets().get(0).weight() + whatIf.targets().get(1).weight()).isEqualTo(1.0);
  }

  @Test
  void nullsAreRefused() {
    Scorer scorer = Scorer.standard();
    Scorecard card = scorer.score(PLAN, ObservationSet.empty(), AS_OF);
    assertThatThrownBy(() -> scorer.reweigh(null, Weights.equal())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scorer.reweigh(card, null)).isInstanceOf(NullPointerException.class);
  }
}
