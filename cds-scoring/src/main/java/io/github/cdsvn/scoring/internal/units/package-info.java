/**
 * Helpers of the cross-unit analyses (normalisation, ranking, roll-up and plan comparison), not
 * exported by the module {@code io.github.cdsvn.scoring}: the comparison of two targets'
 * ambition ({@code BoundAmbition}) and the argument checks and number formatting they share
 * ({@code UnitArgs}).
 *
 * <p>Nothing here is part of the API: it may change in any release.
 */
package io.github.cdsvn.scoring.internal.units;
