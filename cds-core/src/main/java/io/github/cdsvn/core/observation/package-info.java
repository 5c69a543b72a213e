/**
 * Observed values and their look-up.
 *
 * <p>An {@link io.github.cdsvn.core.observation.Observation} records the value of an indicator
 * for a unit and an {@link io.github.cdsvn.core.observation.ObservationPeriod}; an
 * {@link io.github.cdsvn.core.observation.ObservationSet} finds the latest value on or before an
 * as-of date.
 */
package io.github.cdsvn.core.observation;
