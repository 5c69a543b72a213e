package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.scoring.plugin.SteppedRule;
import io.github.cdsvn.scoring.uncertainty.Cancellation;
import io.github.cdsvn.scoring.uncertainty.Factor;
import io.github.cdsvn.scoring.uncertainty.Factor.Perturbation;
import io.github.cdsvn.scoring.uncertainty.Sensitivity;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.FactorSensitivity;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.OutputSensitivity;
import io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.RunChoices;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.UnitUncertainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * The uncertainty analysis of a ranking: its runs aggregate exactly as the scorer does, the
 * nominal configuration gives the nominal ranking, results depend on the seed only, and bad input
 * is refused.
 */
class UncertaintyAnalysisTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final AdministrativeLevel P = AdministrativeLevel.PROVINCE;
  private static final List<String> UNITS = List.of("01", "24", "60", "83");
  private static final List<Target> TARGETS = List.of(
      Fixtures.target("gov.online-services.level4", P, Bound.atLeast(100), KH698, "100% DVCTT mức độ 4"),
      Fixtures.target("gov.applications.submitted-online", P, Bound.moreThan(50), KH698, "trên 50% hồ sơ nộp trực tuyến"),
      Fixtures.target("gov.applications.satisfaction", P, Bound.atLeast(90), KH698, "tối thiểu 90% hài lòng"),
      Fixtures.target("gov.work-records.online", P, Bound.atLeast(95), KH698, "95% hồ sơ công việc cấp tỉnh"),
      Fixtures.target("gov.work-records.online", AdministrativeLevel.DISTRICT, Bound.atLeast(80), KH698,
          "80% hồ sơ công việc cấp huyện"),
      Fixtures.target("econ.digital-economy.share-of-grdp", P, Bound.approximately(20, 2), KH698, "khoảng 20% GRDP"),
      Fixtures.target("econ.digital-economy.share-in-each-sector", P, Bound.atLeast(10), KH698, "tối thiểu 10%"),
      Fixtures.target("society.e-payment-account", P, Bound.moreThan(50), KH698, "trên 50% dân số"),
      Fixtures.target("infra.fibre.households", P, Bound.moreThan(80), KH698, "trên 80% hộ gia đình"));
  /** Scored for the four units of {@link #UNITS}. */
  private static final Plan PLAN = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, TARGETS);
  /** Scored for its own unit, Quảng Bình (44): fewer targets. */
  private static final Plan OWN = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698,
      List.of(TARGETS.get(0), TARGETS.get(3), TARGETS.get(6), TARGETS.get(7)));
  private static final List<Aggregator> AGGREGATORS = List.of(Aggregator.arithmetic(), Aggregator.geometric(),
      Aggregator.harmonic(), Aggregator.minimum(), Aggregator.generalisedMean(2));
  private static final List<AttainmentRule> RULES = List.of(AttainmentRule.distanceToTarget(), new SteppedRule());

  /** Observations of every unit, some targets without data, values from 0 to 100. */
  private static ObservationSet data(Random r) {
    List<Observation> list = new ArrayList<>();
    List<String> all = new ArrayList<>(UNITS);
    all.add("44");
    for (String unit : all) {
      for (Target t : TARGETS) {
        if (r.nextInt(5) == 0) {
          continue;
        }
        for (int year = 2021; year <= 2024; year++) {
          if (r.nextBoolean()) {
            double v = r.nextInt(6) == 0 ? 0 : Math.round(r.nextDouble() * 10000) / 100.0;
            list.add(t.level() == P ? obs(unit, t.indicator().code(), year, v)
                : obs(unit, t.indicator().code(), t.level(), year, v));
          }
        }
      }
    }
    return ObservationSet.of(list);
  }

  /** Every factor at once, over a base profile drawn at random. */
  private static UncertaintyAnalysis.Builder everything(Random r, ObservationSet observations) {
    String profile = List.of("default", "geometric", "harmonic", "weakest-link").get(r.nextInt(4));
    Scorer.Builder scorer = Scorer.builder().profile(profile).coverageThreshold(List.of(0.5, 0.8, 1.0).get(r.nextInt(3)));
    if (r.nextBoolean()) {
      scorer.weights(Weights.builder().target("gov.work-records.online", 2).pillar(
          io.github.cdsvn.core.indicator.Pillar.DIGITAL_ECONOMY, 0.5).build());
    }
    if (r.nextBoolean()) {
      scorer.mapLevel(AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE);
    }
    return UncertaintyAnalysis.builder().scorer(scorer.build()).observations(observations).asOf(AS_OF)
        .plan(PLAN, UNITS).plan(OWN)
        .factor(Factor.pillarWeights(Perturbation.relative(0.6)))
        .factor(Factor.targetWeights(r.nextBoolean() ? Perturbation.uniform(0, 2) : Perturbation.relative(0.99)))
        .factor(Factor.targetAggregator(AGGREGATORS))
        .factor(Factor.pillarAggregator(AGGREGATORS))
        .factor(Factor.rule(Bound.Kind.AT_LEAST, RULES))
        .factor(Factor.rule(Bound.Kind.MORE_THAN, RULES))
        .factor(r.nextBoolean() ? Factor.coverageThreshold(0.3, 1.0) : Factor.coverageThresholds(List.of(0.5, 0.8, 1.0)))
        .seed(r.nextLong()).threads(1 + r.nextInt(2));
  }

  /** The composites a scorer gives each unit of the analysis. */
  private static Map<String, Scorecard> cards(Scorer scorer, ObservationSet observations) {
    Map<String, Scorecard> cards = new HashMap<>();
    for (Scorecard c : scorer.scoreAll(PLAN, UNITS, observations, AS_OF)) {
      cards.put(c.unitCode(), c);
    }
    cards.put("44", scorer.score(OWN, observations, AS_OF));
    return cards;
  }

  @Test
  void everyRunAggregatesExactlyAsTheScorerDoesWithTheRunsConfiguration() {
    int[] scored = {0, 0};
    qt().withExamples(Examples.upTo(25)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      ObservationSet observations = data(r);
      UncertaintyResult result = everything(r, observations).runs(12).build().run();
      assertThat(result.units()).extracting(UnitUncertainty::unitCode).containsExactly("01", "24", "44", "60", "83");
      for (int run = 0; run < result.runs(); run++) {
        RunChoices c = result.configuration(run);
        assertThat(c.run().getAsInt()).isEqualTo(run);
        assertThat(c.point()).hasSize(result.configuration(0).point().size());
        Map<String, Scorecard> cards = cards(c.scorer(), observations);
        Ranking ranking = Ranking.byComposite(cards.values());
        for (UnitUncertainty u : result.units()) {
          OptionalDouble expected = cards.get(u.unitCode()).composite().score();
          scored[expected.isPresent() ? 0 : 1]++;
          assertThat(u.score(run)).as("run %d, unit %s", run, u.unitCode()).isEqualTo(expected);
          if (expected.isPresent()) {
            assertThat(Double.doubleToRawLongBits(u.score(run).getAsDouble()))
                .isEqualTo(Double.doubleToRawLongBits(expected.getAsDouble()));
          }
          int rank = ranking.rank(u.unitCode()).orElse(ranking.ranked().size() + 1);
          assertThat(u.rank(run)).isEqualTo(rank);
        }
      }
    });
    // both cases are met often: composites with a score, and without
    assertThat(scored[0]).isGreaterThan(500);
    assertThat(scored[1]).isGreaterThan(50);
  }

  @Test
  void theNominalRankingIsTheScorersRanking() {
    qt().withExamples(Examples.upTo(25)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      ObservationSet observations = data(r);
      UncertaintyAnalysis analysis = everything(r, observations).runs(3).build();
      UncertaintyResult result = analysis.run();
      Scorer scorer = analysis.nominal().scorer();
      Ranking expected = Ranking.byComposite(cards(scorer, observations).values());
      assertThat(result.nominalRanking()).isEqualTo(expected);
      for (UnitUncertainty u : result.units()) {
        assertThat(u.nominalRank()).isEqualTo(expected.rank(u.unitCode()).orElse(expected.ranked().size() + 1));
        assertThat(u.nominalScore()).isEqualTo(expected.entry(u.unitCode()).orElseThrow().score());
      }
      assertThat(analysis.nominal().profile()).isEqualTo(scorer.profile());
      assertThat(analysis.nominal().run()).isEmpty();
      assertThat(analysis.nominal().point()).isEmpty();
    });
  }

  @Test
  void anAnalysisAndItsResultTellTheirUnitsFactorsRunsAndSeed() {
    Factor weights = Factor.pillarWeights(Perturbation.relative(0.5));
    Factor threshold = Factor.coverageThresholds(List.of(0.5, 0.8));
    UncertaintyAnalysis analysis = UncertaintyAnalysis.builder().observations(data(new Random(2))).asOf(AS_OF)
        .plan(PLAN, UNITS).plan(OWN).factor(weights).factor(threshold).runs(9).samples(16).seed(21).build();
    assertThat(analysis.units()).containsExactly("01", "24", "44", "60", "83");
    assertThat(analysis.factors()).containsExactly(weights, threshold);
    assertThat(analysis.runs()).isEqualTo(9);
    assertThat(analysis.seed()).isEqualTo(21);
    // N (d + 2) runs for the sensitivity indices
    assertThat(analysis.sensitivityRuns()).isEqualTo(16 * 4);
    assertThat(analysis.toString()).isEqualTo("UncertaintyAnalysis{5 units, 2 factors, 9 runs, N = 16, seed 21}");
    UncertaintyResult result = analysis.run();
    assertThat(result.factors()).containsExactly(weights, threshold);
    assertThat(result.runs()).isEqualTo(9);
    assertThat(result.seed()).isEqualTo(21);
    assertThat(result.toString()).startsWith("UncertaintyResult{5 units, 9 runs, seed 21, mean rank shift ");
    assertThat(result.unit("60")).hasValueSatisfying(u -> assertThat(u.toString())
        .startsWith("UnitUncertainty{60, nominal " + u.nominalRank() + ", median " + u.medianRank() + ", 5–95% ["));
    assertThat(weights.toString()).isEqualTo("Factor{" + weights.describe().en() + "}");
  }

  @Test
  void runsThatDrawTheNominalChoicesReproduceTheNominalRanking() {
    Random r = new Random(17);
    ObservationSet observations = data(r);
    UncertaintyResult result = UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF)
        .plan(PLAN, UNITS).plan(OWN)
        .factor(Factor.pillarAggregator(List.of(Aggregator.arithmetic(), Aggregator.minimum())))
        .factor(Factor.rule(Bound.Kind.AT_LEAST, RULES))
        .factor(Factor.coverageThresholds(List.of(0.5, 0.8)))
        .runs(60).seed(4).build().run();
    int nominalRuns = 0;
    for (int run = 0; run < result.runs(); run++) {
      Profile p = result.configuration(run).profile();
      boolean nominal = p.pillarAggregator().name().equals("arithmetic")
          && p.rule(Bound.Kind.AT_LEAST).name().equals("distance-to-target") && p.coverageThreshold() == 0.8;
      if (nominal) {
        nominalRuns++;
        assertThat(result.rankShift(run)).isZero();
        for (UnitUncertainty u : result.units()) {
          assertThat(u.rank(run)).isEqualTo(u.nominalRank());
          assertThat(u.score(run)).isEqualTo(u.nominalScore());
        }
      }
    }
    assertThat(nominalRuns).isPositive();
    // and the mean shift is over units and runs alike
    double perUnit = result.units().stream().mapToDouble(UnitUncertainty::meanRankShift).average().orElseThrow();
    assertThat(result.meanRankShift()).isCloseTo(perUnit, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void statisticsOfTheRanksFollowTheirDefinitions() {
    Random r = new Random(5);
    ObservationSet observations = data(r);
    UncertaintyResult result = everything(r, observations).runs(101).build().run();
    for (UnitUncertainty u : result.units()) {
      double[] ranks = new double[101];
      double shift = 0;
      int unscored = 0;
      for (int i = 0; i < 101; i++) {
        ranks[i] = u.rank(i);
        shift += Math.abs(u.nominalRank() - u.rank(i));
        unscored += u.score(i).isEmpty() ? 1 : 0;
      }
      java.util.Arrays.sort(ranks);
      assertThat(u.medianRank()).isEqualTo(ranks[50]);
      assertThat(u.rankInterval().lower()).isEqualTo(ranks[5]);
      assertThat(u.rankInterval().upper()).isEqualTo(ranks[95]);
      assertThat(u.rankRange().lower()).isEqualTo(ranks[0]);
      assertThat(u.rankPercentile(0.5)).isEqualTo(u.medianRank());
      assertThat(u.meanRankShift()).isEqualTo(shift / 101);
      assertThat(u.unscoredRuns()).isEqualTo(unscored);
      assertThat(u.unitName()).isNotBlank();
    }
    assertThat(result.unit("44").orElseThrow().unitName()).isEqualTo("Tỉnh Quảng Bình");
    assertThat(result.unit("99")).isEmpty();
    for (int i = 0; i < 101; i++) {
      int run = i;
      double rs = result.units().stream().mapToDouble(u -> Math.abs(u.nominalRank() - u.rank(run))).sum() / 5;
      assertThat(result.rankShift(i)).isEqualTo(rs);
    }
  }

  @Test
  void theSameSeedGivesTheSameResultWhateverTheNumberOfThreads() {
    qt().withExamples(8).forAll(longs().all()).checkAssert(seed -> {
      ObservationSet observations = data(new Random(seed));
      UncertaintyResult one = everything(new Random(seed), observations).runs(40).threads(1).build().run();
      UncertaintyResult two = everything(new Random(seed), observations).runs(40).threads(2).build().run();
      assertThat(two.units()).isEqualTo(one.units());
      assertThat(two.meanRankShift()).isEqualTo(one.meanRankShift());
      assertThat(two.configuration(7).profile()).isEqualTo(one.configuration(7).profile());
      SensitivityResult s1 = everything(new Random(seed), observations).samples(12).bootstrap(10).threads(1).build()
          .sensitivity();
      SensitivityResult s2 = everything(new Random(seed), observations).samples(12).bootstrap(10).threads(2).build()
          .sensitivity();
      assertThat(s2.outputs()).isEqualTo(s1.outputs());
    });
    ObservationSet observations = data(new Random(1));
    UncertaintyResult a = everything(new Random(1), observations).runs(40).seed(1).build().run();
    UncertaintyResult b = everything(new Random(1), observations).runs(40).seed(2).build().run();
    assertThat(a.units()).isNotEqualTo(b.units());
  }

  @Test
  void sensitivityStudiesEachUnitsRankAndTheMeanShift() {
    // one target per pillar: the aggregator of targets into pillars cannot matter
    Plan onePerPillar = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698,
        List.of(TARGETS.get(0), TARGETS.get(6), TARGETS.get(7), TARGETS.get(8)));
    Random r = new Random(8);
    UncertaintyAnalysis analysis = UncertaintyAnalysis.builder().observations(data(r)).asOf(AS_OF)
        .plan(onePerPillar, UNITS)
        .factor(Factor.targetAggregator(AGGREGATORS))
        .factor(Factor.pillarWeights(Perturbation.relative(0.9)))
        .factor(Factor.pillarAggregator(AGGREGATORS))
        .samples(64).bootstrap(50).seed(3).build();
    assertThat(analysis.sensitivityRuns()).isEqualTo(64 * 5);
    assertThat(analysis.dimension()).isEqualTo(4 + 1 + 1);
    SensitivityResult s = analysis.sensitivity();
    assertThat(s.factors()).extracting(Label::en).containsExactly("Aggregation of targets into pillars",
        "Pillar weights", "Aggregation of pillars into the composite");
    assertThat(s.outputs()).hasSize(5);
    assertThat(s.outputs().get(0).output().en()).startsWith("Rank: ").endsWith(" (01)");
    assertThat(s.outputs().get(4).output()).isEqualTo(UncertaintyAnalysis.meanRankShift());
    for (OutputSensitivity o : s.outputs()) {
      if (o.varies()) {
        FactorSensitivity none = o.factors().get(0);
        assertThat(none.totalEffect().getAsDouble()).isZero();
        assertThat(none.firstOrder().getAsDouble()).isZero();
      }
    }
    OutputSensitivity shift = s.outputs().get(4);
    assertThat(shift.varies()).isTrue();
    assertThat(shift.factors().get(1).totalEffect().getAsDouble()
        + shift.factors().get(2).totalEffect().getAsDouble()).isPositive();
    // only some units
    SensitivityResult some = UncertaintyAnalysis.builder().observations(data(new Random(8))).asOf(AS_OF)
        .plan(onePerPillar, UNITS).factor(Factor.pillarWeights(Perturbation.relative(0.9)))
        .sensitivityUnits(List.of("60")).samples(16).bootstrap(10).build().sensitivity();
    assertThat(some.outputs()).extracting(o -> o.output().en()).containsExactly(
        "Rank: 60 (60)", "Mean rank shift");
  }

  @Test
  void theListenerHearsEveryRunAndCancellingStopsTheAnalysis() {
    for (int threads : new int[] {1, 2}) {
      UncertaintyAnalysis analysis = everything(new Random(2), data(new Random(2))).runs(3000).threads(threads)
          .samples(100).build();
      List<long[]> calls = new ArrayList<>();
      analysis.run((done, total) -> calls.add(new long[] {done, total}), Cancellation.create());
      for (int i = 1; i < calls.size(); i++) {
        assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
      }
      assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(3000));
      assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(3000);

      Cancellation cancel = Cancellation.create();
      long[] last = {0};
      assertThatThrownBy(() -> analysis.run((done, total) -> {
        last[0] = done;
        if (done >= 300) {
          cancel.cancel();
        }
      }, cancel)).isInstanceOf(CancellationException.class);
      assertThat(last[0]).isLessThan(3000);

      Cancellation cancelSensitivity = Cancellation.create();
      assertThatThrownBy(() -> analysis.sensitivity((done, total) -> {
        assertThat(total).isEqualTo(analysis.sensitivityRuns());
        cancelSensitivity.cancel();
      }, cancelSensitivity)).isInstanceOf(CancellationException.class);
    }
  }

  @Test
  void theLimitsOfADesignAreExact() {
    assertThat(UncertaintyAnalysis.builder().samples(Sensitivity.MIN_SAMPLES)).isNotNull();
    assertThat(UncertaintyAnalysis.builder().bootstrap(Sensitivity.MIN_RESAMPLES)).isNotNull();
    refused(() -> UncertaintyAnalysis.builder().bootstrap(Sensitivity.MIN_RESAMPLES - 1), "UncertaintyAnalysis.bootstrap",
        "9");
    refused(() -> UncertaintyAnalysis.builder().confidenceLevel(0), "UncertaintyAnalysis.confidenceLevel", "0");
    refused(() -> UncertaintyAnalysis.builder().confidenceLevel(1), "UncertaintyAnalysis.confidenceLevel", "1");
    assertThat(UncertaintyAnalysis.builder().confidenceLevel(0.999)).isNotNull();
    // a threshold's space may be a single value, and may reach 1
    assertThat(Factor.coverageThreshold(1, 1).describe().en()).contains("U(1, 1)");
    assertThat(Factor.coverageThreshold(0.5, 0.5).describe().en()).contains("U(0.5, 0.5)");
    assertThat(Factor.coverageThresholds(List.of(1.0)).describe().en()).isNotBlank();
    refused(() -> Factor.coverageThresholds(List.of(0.0)), "Factor.coverageThresholds[0]", "0");
    // the profile's own threshold, 0.8, must lie in the space studied: its ends count
    ObservationSet observations = data(new Random(5));
    for (Factor inside : List.of(Factor.coverageThreshold(0.3, 0.8), Factor.coverageThreshold(0.8, 1))) {
      assertThat(UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS).factor(inside)
          .build().factors()).containsExactly(inside);
    }
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.coverageThreshold(0.81, 1)).build(), "Factor.coverageThreshold", "U(0.81, 1)");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.coverageThreshold(0.3, 0.79)).build(), "Factor.coverageThreshold", "U(0.3, 0.79)");
    // N (d + 2) outputs for each unit studied and the ranking must fit in memory's arrays
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.pillarWeights(Perturbation.relative(0.2))).samples(200_000_000).build(),
        "UncertaintyAnalysis.samples", "200000000");
    assertThat(UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.pillarWeights(Perturbation.relative(0.2))).samples(100_000).build().sensitivityRuns())
        .isEqualTo(300_000);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndTheValue() {
    ObservationSet observations = data(new Random(1));
    UncertaintyAnalysis.Builder ok = UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF)
        .plan(PLAN, UNITS).factor(Factor.pillarWeights(Perturbation.relative(0.2)));
    assertThat(ok.build().units()).containsExactly("01", "24", "60", "83");
    refused(() -> UncertaintyAnalysis.builder().runs(0), "UncertaintyAnalysis.runs", "0");
    refused(() -> UncertaintyAnalysis.builder().runs(-5), "UncertaintyAnalysis.runs", "-5");
    refused(() -> UncertaintyAnalysis.builder().samples(9), "UncertaintyAnalysis.samples", "9");
    refused(() -> UncertaintyAnalysis.builder().bootstrap(2), "UncertaintyAnalysis.bootstrap", "2");
    refused(() -> UncertaintyAnalysis.builder().confidenceLevel(1.5), "UncertaintyAnalysis.confidenceLevel", "1.5");
    refused(() -> UncertaintyAnalysis.builder().threads(0), "UncertaintyAnalysis.threads", "0");
    refused(() -> Perturbation.relative(1), "Perturbation.relative.r", "1");
    refused(() -> Perturbation.relative(-0.1), "Perturbation.relative.r", "-0.1");
    refused(() -> Perturbation.relative(Double.NaN), "Perturbation.relative.r", "NaN");
    refused(() -> Perturbation.uniform(-1, 1), "Perturbation.uniform.lo", "-1");
    refused(() -> Perturbation.uniform(2, 1), "Perturbation.uniform.hi", "1");
    refused(() -> Perturbation.uniform(0, Double.POSITIVE_INFINITY), "Perturbation.uniform.hi", "Infinity");
    refused(() -> Factor.targetAggregator(List.of()), "Factor.targetAggregator.choices", "none");
    refused(() -> Factor.pillarAggregator(List.of(Aggregator.minimum(), Aggregator.minimum())),
        "Factor.pillarAggregator.choices", "minimum");
    refused(() -> Factor.rule(Bound.Kind.AT_LEAST, List.of()), "Factor.rule[AT_LEAST].choices", "none");
    refused(() -> Factor.rule(Bound.Kind.APPROXIMATELY, List.of(AttainmentRule.nearestEdge(),
        AttainmentRule.distanceToTarget())), "Factor.rule[APPROXIMATELY].choices", "distance-to-target");
    refused(() -> Factor.coverageThreshold(0, 1), "Factor.coverageThreshold.lo", "0");
    refused(() -> Factor.coverageThreshold(0.5, 1.2), "Factor.coverageThreshold.hi", "1.2");
    refused(() -> Factor.coverageThreshold(0.5, 0.4), "Factor.coverageThreshold.hi", "0.4");
    refused(() -> Factor.coverageThresholds(List.of()), "Factor.coverageThresholds", "none");
    refused(() -> Factor.coverageThresholds(List.of(0.5, 1.5)), "Factor.coverageThresholds[1]", "1.5");
    refused(() -> Factor.coverageThresholds(List.of(0.5, 0.5)), "Factor.coverageThresholds", "0.5");
    refused(() -> UncertaintyAnalysis.builder().plan(PLAN, List.of()), "UncertaintyAnalysis.unitCodes", "none");
    refused(() -> UncertaintyAnalysis.builder().plan(PLAN, List.of("01", " ")), "UncertaintyAnalysis.unitCodes", " ");
    refused(() -> UncertaintyAnalysis.builder().plan(PLAN, List.of("01", "01")), "UncertaintyAnalysis.unitCodes", "01");
    refused(() -> UncertaintyAnalysis.builder().factor(Factor.pillarWeights(Perturbation.relative(0.1)))
        .factor(Factor.pillarWeights(Perturbation.relative(0.3))), "UncertaintyAnalysis.factors", "Pillar weights");
    refused(() -> UncertaintyAnalysis.builder().factor(Factor.coverageThreshold(0.5, 1))
        .factor(Factor.coverageThresholds(List.of(0.8))), "UncertaintyAnalysis.factors", "Coverage threshold");
    // checked when built
    refused(() -> UncertaintyAnalysis.builder().asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.pillarWeights(Perturbation.relative(0.2))).build(), "UncertaintyAnalysis.observations", "none");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).plan(PLAN, UNITS)
        .factor(Factor.pillarWeights(Perturbation.relative(0.2))).build(), "UncertaintyAnalysis.asOf", "none");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF)
        .factor(Factor.pillarWeights(Perturbation.relative(0.2))).build(), "UncertaintyAnalysis.plans", "none");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS).build(),
        "UncertaintyAnalysis.factors", "none");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF)
        .plan(Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of()))
        .factor(Factor.pillarWeights(Perturbation.relative(0.2))).build(), "UncertaintyAnalysis.plans",
        "1 plans without targets");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, List.of("44", "01"))
        .plan(OWN).factor(Factor.pillarWeights(Perturbation.relative(0.2))).build(), "UncertaintyAnalysis.units", "44");
    refused(() -> ok.sensitivityUnits(List.of("24", "99")).build(), "UncertaintyAnalysis.sensitivityUnits", "99");
    refused(() -> ok.sensitivityUnits(List.of("24", "24")).build(), "UncertaintyAnalysis.sensitivityUnits", "24");
    ok.sensitivityUnits(List.of("24"));
    // the nominal configuration must be in the space
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.pillarAggregator(List.of(Aggregator.geometric()))).build(),
        "Factor.pillarAggregator.choices", "[geometric]");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.targetAggregator(List.of(Aggregator.minimum()))).build(),
        "Factor.targetAggregator.choices", "[minimum]");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.rule(Bound.Kind.AT_LEAST, List.of(new SteppedRule()))).build(),
        "Factor.rule[AT_LEAST].choices", "[stepped]");
    refused(() -> UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF).plan(PLAN, UNITS)
        .factor(Factor.coverageThreshold(0.9, 1)).build(), "Factor.coverageThreshold", "U(0.9, 1)");
    // a perturbation that breaks its contract
    UncertaintyAnalysis negative = UncertaintyAnalysis.builder().observations(observations).asOf(AS_OF)
        .plan(PLAN, UNITS).factor(Factor.pillarWeights(Perturbation.distribution(Label.of("âm", "negative"),
            u -> u - 0.5))).runs(50).build();
    assertThatThrownBy(negative::run).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("Factor[Pillar weights].perturbation"));
    // runs out of range
    UncertaintyResult result = ok.runs(3).build().run();
    refused(() -> result.rankShift(3), "UncertaintyResult.run", "3");
    refused(() -> result.configuration(-1), "UncertaintyResult.run", "-1");
    refused(() -> result.units().get(0).rank(3), "UnitUncertainty.run", "3");
    refused(() -> result.units().get(0).score(-1), "UnitUncertainty.run", "-1");
    refused(() -> result.units().get(0).rankPercentile(1.5), "UnitUncertainty.rankPercentile.p", "1.5");
  }

  @Test
  void factorsDescribeThemselvesInBothLanguages() {
    assertThat(Factor.pillarWeights(Perturbation.relative(0.25)).describe()).isEqualTo(Label.of(
        "Trọng số các trụ cột: mỗi trọng số danh nghĩa × U(0,75; 1,25), độc lập",
        "Pillar weights: each weight nominal × U(0.75, 1.25), independently"));
    assertThat(Factor.pillarAggregator(List.of(Aggregator.arithmetic(), Aggregator.geometric())).describe().en())
        .isEqualTo("Aggregation of pillars into the composite: one of arithmetic, geometric, equally likely");
    assertThat(Factor.coverageThresholds(List.of(0.6, 0.8)).describe().vi())
        .isEqualTo("Ngưỡng phủ số liệu: một trong: 0,6; 0,8 (đồng khả năng)");
    assertThat(Factor.rule(Bound.Kind.AT_LEAST, RULES).label().en()).isEqualTo("Attainment rule: at least");
    assertThat(Factor.rule(Bound.Kind.AT_LEAST, RULES).choices().getAsInt()).isEqualTo(2);
    assertThat(Factor.coverageThreshold(0.6, 1).choices()).isEmpty();
    assertThat(Perturbation.relative(0.5).apply(2, 0.5)).isEqualTo(2.0);
    assertThat(Perturbation.relative(0.5).apply(2, 0)).isEqualTo(1.0);
    assertThat(Perturbation.uniform(1, 3).apply(100, 0.25)).isEqualTo(1.5);
  }

  private static void refused(Runnable r, String field, String value) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.value()).isEqualTo(value);
    });
  }
}
