/**
 * Observed values and their look-up.
 *
 * <p>An {@link io.github.cdsvn.core.observation.Observation} records the value of an indicator
 * for a unit and an {@link io.github.cdsvn.core.observation.ObservationPeriod}; an
 * {@link io.github.cdsvn.core.observation.ObservationSet} finds the latest value on or before an
 * as-of date, and gives each series as an
 * {@link io.github.cdsvn.core.observation.ObservationSet.Series}.
 *
 * <h2>How an observation set holds its observations</h2>
 *
 * <p>Observations are held in columns, not as objects: per observation a period and a set of
 * details (status, source, numerator and denominator), each as an index into a table of the
 * distinct ones, and the value; unit code, indicator and measured level once per series. A
 * national data set of yearly observations takes about 21 bytes per observation. The
 * observations a set returns are built when asked for, equal to those added (not the same
 * objects); a series' positional accessors ({@code date(i)}, {@code value(i)},
 * {@code status(i)}) read the columns without building them.
 */
package io.github.cdsvn.core.observation;
