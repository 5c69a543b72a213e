/**
 * The scoring engine of cds.
 *
 * <p>Besides the per-target engine, this package compares units with each other and moves
 * observations between units: {@link io.github.cdsvn.scoring.Normalisation} (cross-sectional
 * normalisations as COINr offers them), {@link io.github.cdsvn.scoring.Ranking} (competition
 * ranking with shared ranks), {@link io.github.cdsvn.scoring.RollUp} (exact roll-ups up the
 * hierarchy and into the units that replaced old ones) and
 * {@link io.github.cdsvn.scoring.PlanComparison} (is a local target at least as ambitious as the
 * higher plan's?).
 */
package io.github.cdsvn.scoring;
