/**
 * The scoring engine of cds: {@link io.github.cdsvn.scoring.Scorer}, the entry point, and what it
 * returns.
 *
 * <p>A {@link io.github.cdsvn.scoring.Scorecard} holds, for one plan, one unit and one as-of date,
 * every target's {@link io.github.cdsvn.scoring.TargetResult} (its attainment in [0, 1], whether
 * it is met, its {@link io.github.cdsvn.scoring.Trajectory} and its
 * {@link io.github.cdsvn.scoring.Explanation}), the pillar indices and the composite index
 * ({@link io.github.cdsvn.scoring.IndexScore}, on 0–100), and the
 * {@link io.github.cdsvn.scoring.Profile} used.
 *
 * <h2>What a target is scored on</h2>
 * A target measures its {@link io.github.cdsvn.core.plan.Target#level() level} for the unit
 * scored. The scorer reads the unit's observation series of the target's indicator whose
 * {@link io.github.cdsvn.core.observation.Observation#measuredLevel() measured level} is that
 * level, or, where that level is the unit's own, the unit's own-level series. A target set at the
 * plan's own level (a national target, a province's province-level target) is read at the scored
 * unit's own level, so that the national programme can be scored against each province. The
 * scored unit's own level is the registry's where a registry is given; else the adopting unit's
 * for the plan's own code, and for another code the level under which the standard registry
 * ({@link io.github.cdsvn.core.unit.UnitRegistry#standard()}) knows it (the nation and the
 * provinces), otherwise the plan's.
 *
 * <p>The value scored is the latest observation on or before the as-of date. The baseline is the
 * target's stated baseline value, else the observation in the baseline year, else the natural
 * zero of the measure (relative change and "maintain" have no data without one). Growth and
 * trajectories use the series up to that latest value: from the baseline on where the baseline
 * is dated before it (after the end of a stated baseline year, from an observed baseline itself),
 * and every usable observation otherwise.
 * Observations must carry the target's indicator definition: the same code with another
 * definition is refused with an {@link io.github.cdsvn.core.InvalidValueException}.
 *
 * <h2>No data, not applicable</h2>
 * A target with no usable observation is {@link io.github.cdsvn.scoring.TargetResult.Outcome#NO_DATA}: it has
 * no attainment, its explanation says why, and it counts against coverage — never as 0. A target
 * whose level is not in force at the as-of date (a district-level target from 1 July 2025) is
 * {@link io.github.cdsvn.scoring.TargetResult.Outcome#NOT_APPLICABLE} and left out of the weights, unless the
 * builder maps that level to another ({@link io.github.cdsvn.scoring.Scorer.Builder#mapLevel}).
 * With a {@link io.github.cdsvn.core.unit.UnitRegistry}, observations of a code are used only on
 * days the code names the unit scored: code 44 is Quảng Bình until 30 June 2025 and Quảng Trị
 * from 1 July 2025. An empty plan gives a scorecard with no targets and no composite score.
 *
 * <h2>Indices</h2>
 * Targets roll up into one index per pillar, and pillars into the composite, on 0–100, with the
 * profile's aggregators and weights and a coverage threshold ({@link io.github.cdsvn.scoring.IndexScore}).
 *
 * <h2>What is computed when</h2>
 * Every number of a scorecard — each target's outcome, value, attainment, "met" and weight, each
 * index's score and coverage — is computed when the scorecard is returned, reading the
 * observation set's columns. What people read — explanations, trajectories, reasons, sentences,
 * an index's components — is written when first read, once, on whichever thread reads it, and
 * equals what an eager computation would give: results compare by value, however they were made.
 * Until then a scorecard keeps a reference to the plan and the observation set (both immutable).
 * Re-weighing or re-aggregating a scorecard ({@link io.github.cdsvn.scoring.Scorer#reweigh},
 * {@link io.github.cdsvn.scoring.Scorer#reaggregate}) reuses its targets' numbers and aggregates
 * again.
 *
 * <h2>Plugging in</h2>
 * Attainment rules ({@link io.github.cdsvn.scoring.AttainmentRule}), trajectory methods
 * ({@link io.github.cdsvn.scoring.TrajectoryMethod}) and aggregators
 * ({@link io.github.cdsvn.scoring.Aggregator}) are interfaces; the built-in ones come from their
 * static factories, others from a {@link io.github.cdsvn.scoring.spi.ScoringProvider} or are given
 * to {@link io.github.cdsvn.scoring.Scorer#builder()} directly. The engine behind the scorer is
 * package-private.
 *
 * <p>Every type is immutable and thread-safe; no method accepts or returns {@code null}.
 */
package io.github.cdsvn.scoring;
