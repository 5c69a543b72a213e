/**
 * How much a ranking depends on the choices behind it: Monte Carlo uncertainty analysis and
 * variance-based (Sobol) sensitivity analysis of the composite index, after step 7 of the
 * OECD/JRC Handbook on Constructing Composite Indicators (2008).
 *
 * <p>{@link io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis} declares the units scored and
 * the {@link io.github.cdsvn.scoring.uncertainty.Factor factors} that vary — weights, aggregators,
 * attainment rules, the coverage threshold — and returns, for every unit, its nominal rank, the
 * median and the 5th–95th percentile of its rank over the runs and its mean shift in rank
 * ({@link io.github.cdsvn.scoring.uncertainty.UncertaintyResult}), and the first-order and
 * total-effect indices of every factor
 * ({@link io.github.cdsvn.scoring.uncertainty.SensitivityResult}).
 * {@link io.github.cdsvn.scoring.uncertainty.Sensitivity} is the estimator of those indices on its
 * own, for any {@link io.github.cdsvn.scoring.uncertainty.Model} over the unit hypercube.
 *
 * <p>Analyses are deterministic for a seed, whatever the number of threads; they report progress
 * to a {@link io.github.cdsvn.scoring.uncertainty.ProgressListener} and stop when a
 * {@link io.github.cdsvn.scoring.uncertainty.Cancellation} is cancelled. Every result is immutable
 * and thread-safe; no method accepts or returns {@code null}.
 */
package io.github.cdsvn.scoring.uncertainty;
