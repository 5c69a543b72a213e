/**
 * How much a ranking depends on the choices behind it: Monte Carlo uncertainty analysis and
 * variance-based (Sobol) sensitivity analysis of the composite index, after step 7 of the
 * OECD/JRC Handbook on Constructing Composite Indicators (2008). {@code docs/uncertainty.md}
 * walks through an analysis and the chart of the example report.
 *
 * <p>{@link io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis} declares the units scored and
 * the {@link io.github.cdsvn.scoring.uncertainty.Factor factors} that vary — weights, aggregators,
 * attainment rules, the coverage threshold — and returns, for every unit, its nominal rank, the
 * median and the 5th–95th percentile of its rank over the runs and its mean shift in rank
 * ({@link io.github.cdsvn.scoring.uncertainty.UncertaintyResult}), and the first-order and
 * total-effect indices of every factor
 * ({@link io.github.cdsvn.scoring.uncertainty.SensitivityResult}).
 * {@link io.github.cdsvn.scoring.uncertainty.Sensitivity} is the estimator of those indices on its
 * own, for any {@link io.github.cdsvn.scoring.uncertainty.Sensitivity.Model} over the unit
 * hypercube.
 *
 * <h2>Units and the nominal configuration</h2>
 * The units of an analysis are those of its plans: a plan scored for its adopting unit, or for a
 * list of units; each unit once, listed in unit-code order. The nominal configuration is the
 * scorer's profile as it is; every discrete factor must offer the profile's own choice, and a
 * threshold range must hold the profile's threshold, so that the nominal configuration is in the
 * space sampled.
 *
 * <h2>How a run is computed</h2>
 * Every run draws a point of [0, 1)<sup>D</sup>, one column per weight of a weight factor and one
 * per other factor, and maps it to the run's choices
 * ({@link io.github.cdsvn.scoring.uncertainty.UncertaintyResult.RunChoices}). Targets are scored
 * with the scorer once per distinct combination of the attainment rules drawn; a run then only
 * aggregates those attainments again with its weights, aggregators and threshold, through the
 * scorer's engine ({@link io.github.cdsvn.scoring.Scorer#reaggregate}). The composites of a run
 * equal, bit for bit, those of the scorecards that
 * {@link io.github.cdsvn.scoring.uncertainty.UncertaintyResult.RunChoices#scorer()} gives.
 * Ranks follow {@link io.github.cdsvn.scoring.uncertainty.UncertaintyResult.UnitUncertainty}: 1
 * plus the number of units with a strictly higher composite, a unit without a composite after
 * every unit with one.
 *
 * <h2>Uncertainty and sensitivity</h2>
 * {@link io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis#run()} draws M points at random
 * and reports, for each unit, its nominal rank, median rank, 5th–95th percentile interval and
 * mean shift in rank, and over all units the mean shift in rank.
 * {@link io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis#sensitivity()} estimates the
 * first-order and total-effect index of every factor on N rows ({@code N·(d + 2)} runs for d
 * factors) for these outputs: the rank of each unit (or of some), then the average shift in rank
 * over units, {@code R_S}. Ranks rather than composite scores are studied: a composite may have no
 * score in a run, a rank always exists, and the ranking is what the analysis is about. A weight
 * factor is one group factor, whatever the number of weights.
 *
 * <h2>The estimators</h2>
 * Two matrices A and B of N rows each hold independent points, uniform on [0, 1); for each factor
 * i, the matrix {@code AB_i} is A with the columns of factor i taken from B. The model runs on
 * every row of A, B and each {@code AB_i}. With ȳ and {@code V = var(y_A ∪ y_B)} the mean and
 * variance of the 2N outputs of A and B (dividing by 2N):
 * <pre>
 *   S_i  = (1/N) Σ_j (y_B[j] − ȳ) · (y_ABi[j] − y_A[j]) / V
 *   S_Ti = Σ_j (y_A[j] − y_ABi[j])² / (2N · V)
 * </pre>
 * (the estimators of Saltelli et al., 2010, for the first order and of Jansen, 1999, for the
 * total effect). In the first, {@code y_B} is taken minus the mean of {@code y_A ∪ y_B}: since
 * {@code y_ABi} and {@code y_A} have the same expectation, this leaves the estimator's expectation
 * as it is and removes the noise a large mean would add to it. Where the outputs of A and B are
 * all equal, V is 0 and the indices are undefined: they are left empty, never NaN. A factor that
 * owns several columns (a group of inputs studied together, such as the weights of every pillar)
 * takes all of them from B in its {@code AB_i}, and its indices are those of the group.
 *
 * <p>Each bootstrap resample draws N row numbers with replacement and computes every index again
 * on those rows of A, B and {@code AB_i}; the confidence interval runs between the
 * {@code (1 − level)/2} and {@code (1 + level)/2} quantiles of the resampled indices (linear
 * interpolation between order statistics, as R's default). Resamples where the output does not
 * vary are left out.
 *
 * <h2>Seeds, threads, progress and cancellation</h2>
 * The points are drawn before any run from a {@link java.util.SplittableRandom} seeded with the
 * seed (for an estimate, the rows of A, then of B, and the resampling from a generator split from
 * it after), and each run's result is stored by its number: results depend on the seed only, not
 * on the number of threads, bit for bit. Progress is reported in runs
 * ({@link io.github.cdsvn.scoring.uncertainty.ProgressListener}); a
 * {@link io.github.cdsvn.scoring.uncertainty.Cancellation} stops an analysis, which then throws
 * {@link java.util.concurrent.CancellationException} and returns nothing. Every result is
 * immutable and thread-safe; no method accepts or returns {@code null}.
 */
package io.github.cdsvn.scoring.uncertainty;
