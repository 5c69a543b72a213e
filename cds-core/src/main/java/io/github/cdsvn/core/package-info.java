/**
 * The model of cds: what Vietnam's digital-transformation (chuyển đổi số) plans say, and what
 * is observed against them.
 *
 * <p>The model is split by domain concept:
 * <ul>
 *   <li>{@link io.github.cdsvn.core.indicator} — indicators, their measures, directions and
 *       pillars, and the catalogue that ships the indicators of the national programme and the
 *       example plans;</li>
 *   <li>{@link io.github.cdsvn.core.unit} — administrative levels and units with dated codes,
 *       and the registry of units and their lineage through the 2025 reform;</li>
 *   <li>{@link io.github.cdsvn.core.plan} — horizons, bounds, targets, documents and plans;</li>
 *   <li>{@link io.github.cdsvn.core.observation} — observed values and the observation set.</li>
 * </ul>
 *
 * <p>Every type is an immutable, thread-safe value, validated when it is built: a refused value
 * raises {@link io.github.cdsvn.core.InvalidValueException} naming the field and the value. No
 * method accepts or returns {@code null}.
 */
package io.github.cdsvn.core;
