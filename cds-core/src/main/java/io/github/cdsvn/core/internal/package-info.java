/**
 * What the model shares with the scoring engine and nothing else: the columns of observation
 * sets ({@link io.github.cdsvn.core.internal.ObservationColumns}), which the engine reads to
 * score many units without an object per observation, and the one Immutables style of the value
 * types of both modules ({@link io.github.cdsvn.core.internal.ValueStyle}), used at compile time
 * only.
 *
 * <p>The module {@code io.github.cdsvn.core} exports this package to {@code io.github.cdsvn.scoring}
 * only. Nothing here is part of the API: it may change in any release.
 */
package io.github.cdsvn.core.internal;
