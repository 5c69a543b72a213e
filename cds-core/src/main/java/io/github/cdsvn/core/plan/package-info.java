/**
 * Plans and their targets.
 *
 * <p>A {@link io.github.cdsvn.core.plan.Plan} adopted by a unit names its
 * {@link io.github.cdsvn.core.plan.Document}s and holds
 * {@link io.github.cdsvn.core.plan.Target}s; each target has a
 * {@link io.github.cdsvn.core.plan.Horizon}, a {@link io.github.cdsvn.core.plan.Bound}, an
 * optional {@link io.github.cdsvn.core.plan.Baseline}, the
 * {@link io.github.cdsvn.core.plan.Population} it covers and the verbatim
 * {@link io.github.cdsvn.core.plan.Source} clause.
 */
package io.github.cdsvn.core.plan;
