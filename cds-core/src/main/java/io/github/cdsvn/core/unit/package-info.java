/**
 * Administrative levels and units, with dated codes and lineage through the 2025 reform.
 *
 * <p>An {@link io.github.cdsvn.core.unit.AdministrativeUnit} is read together with a date: code
 * 24 is Bắc Giang until 30 June 2025 and Bắc Ninh from 1 July 2025. The
 * {@link io.github.cdsvn.core.unit.UnitRegistry} resolves codes on dates and follows
 * {@link io.github.cdsvn.core.unit.Succession} links between old and new units.
 */
package io.github.cdsvn.core.unit;
