package io.github.cdsvn.examples.report;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.examples.ExampleData;
import io.github.cdsvn.examples.QuadraticDistanceRule;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.uncertainty.Cancellation;
import io.github.cdsvn.scoring.uncertainty.Factor;
import io.github.cdsvn.scoring.uncertainty.Factor.Perturbation;
import io.github.cdsvn.scoring.uncertainty.ProgressListener;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult;
import io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much the report's ranking of the example plans' units depends on the choices behind the
 * composite index: a Monte Carlo uncertainty analysis over pillar and target weights, both
 * aggregators, the rule for "at least" bounds and the coverage threshold, and the variance-based
 * sensitivity of the mean rank shift to each of them.
 *
 * <p>The units are those of {@link AttainmentReport#ranking()}: each example plan's adopting unit,
 * scored on its own plan with the report's scorer. {@link #RUNS} runs and {@link #SAMPLES}
 * sensitivity rows keep the main job to a few seconds. Immutable and thread-safe.
 */
public final class RankUncertainty {
  /** The Monte Carlo runs M. */
  public static final int RUNS = 2000;
  /** The rows N of each sensitivity matrix. */
  public static final int SAMPLES = 256;
  /** The bootstrap resamples of the sensitivity intervals. */
  public static final int RESAMPLES = 500;
  /** The seed of every draw. */
  public static final long SEED = 20241231L;

  private final UncertaintyAnalysis analysis;
  private final UncertaintyResult result;
  private final SensitivityResult sensitivity;
  private final Duration elapsed;

  private RankUncertainty(UncertaintyAnalysis analysis, UncertaintyResult result, SensitivityResult sensitivity,
      Duration elapsed) {
    this.analysis = analysis;
    this.result = result;
    this.sensitivity = sensitivity;
    this.elapsed = elapsed;
  }

  /**
   * Declares the analysis of a report's ranking, on one thread per processor.
   *
   * @param data the example data
   * @param report the report whose ranking is analysed
   * @return the analysis, not yet run
   */
  public static UncertaintyAnalysis analysis(ExampleData data, AttainmentReport report) {
    return analysis(data, report, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Declares the analysis of a report's ranking.
   *
   * @param data the example data
   * @param report the report whose ranking is analysed
   * @param threads the threads to run on, at least 1
   * @return the analysis, not yet run
   */
  public static UncertaintyAnalysis analysis(ExampleData data, AttainmentReport report, int threads) {
    Set<String> ranked = report.ranking().entries().stream().map(Ranking.Entry::unitCode).collect(Collectors.toSet());
    Scorer scorer = Scorer.builder().unitRegistry(data.registry()).build();
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder().scorer(scorer).observations(data.observations())
        .asOf(report.asOf());
    for (Plan p : data.seedPlans()) {
      if (ranked.contains(p.unit().code())) {
        b.plan(p);
      }
    }
    List<Aggregator> means = List.of(Aggregator.arithmetic(), Aggregator.geometric());
    List<AttainmentRule> rules = List.of(AttainmentRule.distanceToTarget(), new QuadraticDistanceRule());
    return b.factor(Factor.pillarWeights(Perturbation.relative(0.5)))
        .factor(Factor.targetWeights(Perturbation.relative(0.5)))
        .factor(Factor.targetAggregator(means))
        .factor(Factor.pillarAggregator(means))
        .factor(Factor.rule(Bound.Kind.AT_LEAST, rules))
        .factor(Factor.coverageThreshold(0.6, 0.9))
        .runs(RUNS).samples(SAMPLES).bootstrap(RESAMPLES).seed(SEED).threads(threads).build();
  }

  /**
   * Runs the analysis of a report's ranking: the Monte Carlo runs, then the sensitivity runs.
   *
   * @param data the example data
   * @param report the report whose ranking is analysed
   * @param runs hears the progress of the Monte Carlo runs
   * @param sensitivityRuns hears the progress of the sensitivity runs
   * @return the outcome
   */
  public static RankUncertainty of(ExampleData data, AttainmentReport report, ProgressListener runs,
      ProgressListener sensitivityRuns) {
    long start = System.nanoTime();
    UncertaintyAnalysis analysis = analysis(data, report);
    UncertaintyResult result = analysis.run(runs, Cancellation.create());
    SensitivityResult sensitivity = analysis.sensitivity(sensitivityRuns, Cancellation.create());
    return new RankUncertainty(analysis, result, sensitivity, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Returns the analysis.
   *
   * @return the analysis
   */
  public UncertaintyAnalysis analysis() {
    return analysis;
  }

  /**
   * Returns the Monte Carlo result.
   *
   * @return the result
   */
  public UncertaintyResult result() {
    return result;
  }

  /**
   * Returns the sensitivity indices.
   *
   * @return the indices
   */
  public SensitivityResult sensitivity() {
    return sensitivity;
  }

  /**
   * Returns the factors that varied.
   *
   * @return the factors
   */
  public ImmutableList<Factor> factors() {
    return analysis.factors();
  }

  /**
   * Returns how long both analyses took, on the wall clock.
   *
   * @return the time
   */
  public Duration elapsed() {
    return elapsed;
  }
}
