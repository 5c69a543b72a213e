/**
 * The model's implementation details, not exported by the module {@code io.github.cdsvn.core}:
 * argument checks that name the field and the value ({@code Checks}), numbers written for people
 * ({@code Numbers}), the indicators and units shipped in {@code IndicatorCatalogue.standard()}
 * and {@code UnitRegistry.standard()} ({@code StandardIndicators}, {@code StandardUnits}), and
 * the Immutables style of the model's value types ({@code ValueStyle}).
 *
 * <p>Nothing here is part of the API: it may change in any release.
 */
package io.github.cdsvn.core.internal;
