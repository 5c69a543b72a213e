/**
 * The scoring engine of cds: {@link io.github.cdsvn.scoring.Scorer}, the entry point, and what it
 * returns.
 *
 * <p>A {@link io.github.cdsvn.scoring.Scorecard} holds, for one plan, one unit and one as-of date,
 * every target's {@link io.github.cdsvn.scoring.TargetResult} (its attainment in [0, 1], whether
 * it is met, its {@link io.github.cdsvn.scoring.Trajectory} and its
 * {@link io.github.cdsvn.scoring.Explanation}), the pillar indices and the composite index
 * ({@link io.github.cdsvn.scoring.IndexScore}, on 0–100), and the
 * {@link io.github.cdsvn.scoring.Profile} used. Rules, trajectory methods and aggregators plug in
 * through {@link io.github.cdsvn.scoring.spi}.
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null}.
 */
package io.github.cdsvn.scoring;
