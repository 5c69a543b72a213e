/**
 * Indicators: what plans set targets for.
 *
 * <p>An {@link io.github.cdsvn.core.indicator.Indicator} has a code, labels, a
 * {@link io.github.cdsvn.core.indicator.Measure}, a
 * {@link io.github.cdsvn.core.indicator.Direction} and a
 * {@link io.github.cdsvn.core.indicator.Pillar}; an
 * {@link io.github.cdsvn.core.indicator.IndicatorCatalogue} looks them up by code and ships the
 * standard set.
 */
package io.github.cdsvn.core.indicator;
