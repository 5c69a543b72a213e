/**
 * Interchange formats: plans, indicator catalogues, unit registries and observations as JSON,
 * and observations and unit lists as CSV, read and written through Jackson.
 *
 * <p>{@link io.github.cdsvn.core.interchange.JsonFormat} and
 * {@link io.github.cdsvn.core.interchange.CsvFormat} are the entry points;
 * {@link io.github.cdsvn.core.interchange.NumberConvention} says how numbers are written in CSV
 * ({@code 12,5} and {@code 3.000} the Vietnamese way). Every format carries its name and
 * version, and is documented with an example in {@code docs/interchange.md}.
 *
 * <p>This is the only package of cds that uses Jackson ({@code jackson-databind} and
 * {@code jackson-dataformat-csv}), an optional dependency: add them to use it; the model works
 * without them. Readers check everything and either return the whole result or throw one
 * {@link io.github.cdsvn.core.InvalidDataException} listing every problem with its file, line
 * and column.
 */
package io.github.cdsvn.core.interchange;
