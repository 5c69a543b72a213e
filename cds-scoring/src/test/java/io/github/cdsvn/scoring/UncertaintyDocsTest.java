package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.uncertainty.Cancellation;
import io.github.cdsvn.scoring.uncertainty.Factor;
import io.github.cdsvn.scoring.uncertainty.Factor.Perturbation;
import io.github.cdsvn.scoring.uncertainty.Sensitivity;
import io.github.cdsvn.scoring.uncertainty.Sensitivity.Model;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.FactorSensitivity;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.OutputSensitivity;
import io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.UnitUncertainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The code of docs/uncertainty.md, as it is written there. */
class UncertaintyDocsTest {
  private static final AdministrativeLevel P = AdministrativeLevel.PROVINCE;

  @Test
  void theFirstAnalysisOfThePageRuns() {
    Plan plan = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(
        Fixtures.target("gov.online-services.level4", P, Bound.atLeast(100), KH698, "100% DVCTT mức độ 4"),
        Fixtures.target("gov.work-records.online", P, Bound.atLeast(95), KH698, "95% hồ sơ công việc cấp tỉnh"),
        Fixtures.target("econ.digital-economy.share-in-each-sector", P, Bound.atLeast(10), KH698, "tối thiểu 10%"),
        Fixtures.target("society.e-payment-account", P, Bound.moreThan(50), KH698, "trên 50% dân số")));
    Random random = new Random(6);
    List<Observation> list = new ArrayList<>();
    for (String unit : List.of("01", "24", "60", "83")) {
      for (var t : plan.targets()) {
        list.add(obs(unit, t.indicator().code(), 2024, Math.round(random.nextDouble() * 1000) / 10.0));
      }
    }
    ObservationSet observations = ObservationSet.of(list);

    // from docs/uncertainty.md, "A first analysis"
    Scorer scorer = Scorer.builder().unitRegistry(UnitRegistry.standard()).build();
    UncertaintyAnalysis analysis = UncertaintyAnalysis.builder()
        .scorer(scorer)                                     // its profile is the nominal configuration
        .observations(observations)
        .asOf(LocalDate.of(2024, 12, 31))
        .plan(plan, List.of("01", "24", "60", "83"))        // one plan scored for several provinces
        .factor(Factor.pillarWeights(Perturbation.relative(0.5)))
        .factor(Factor.targetWeights(Perturbation.relative(0.25)))
        .factor(Factor.pillarAggregator(List.of(Aggregator.arithmetic(), Aggregator.geometric())))
        .factor(Factor.coverageThreshold(0.6, 1.0))
        .runs(2000).samples(256).seed(42).threads(2)
        .build();

    Cancellation cancel = Cancellation.create();
    UncertaintyResult u = analysis.run((done, total) -> System.err.print("\r" + done + "/" + total), cancel);
    for (UnitUncertainty unit : u.units()) {
      System.out.printf("%s: nominal %d, median %.1f, 5-95%% %s, mean shift %.2f%n", unit.unitCode(),
          unit.nominalRank(), unit.medianRank(), unit.rankInterval(), unit.meanRankShift());
    }
    SensitivityResult s = analysis.sensitivity();
    OutputSensitivity shift = s.output(UncertaintyAnalysis.meanRankShift()).orElseThrow();
    for (FactorSensitivity f : shift.factors()) {
      System.out.println(f.factor().en() + ": S = " + f.firstOrder() + ", ST = " + f.totalEffect());
    }
    // end of the page's code

    assertThat(u.units()).hasSize(4);
    assertThat(shift.factors()).hasSize(4);
    assertThat(s.runs()).isEqualTo(256L * 6);
  }

  @Test
  void theEstimatorOnItsOwnGivesTheProductsIndices() {
    // from docs/uncertainty.md, "The sensitivity indices"
    Sensitivity sobol = Sensitivity.builder()
        .factor(Label.of("x1", "x1")).factor(Label.of("x2", "x2"))
        .output(Label.of("y", "y"))
        .samples(10_000).bootstrap(500).seed(1).build();
    SensitivityResult r = sobol.estimate(Model.scalar(x -> x[0] * x[1]));
    // end of the page's code

    for (FactorSensitivity f : r.outputs().get(0).factors()) {
      assertThat(f.firstOrder().getAsDouble()).isCloseTo(3.0 / 7, within(0.05));
      assertThat(f.totalEffect().getAsDouble()).isCloseTo(4.0 / 7, within(0.05));
    }
  }
}
