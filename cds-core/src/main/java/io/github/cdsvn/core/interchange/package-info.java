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
 * without them.
 *
 * <h2>Problems</h2>
 *
 * <p>Readers check everything and either return the whole result or throw one
 * {@link io.github.cdsvn.core.InvalidDataException} listing every problem with its location; a
 * reader never returns part of a file.
 *
 * <p>JSON problems are located as {@code file:line:column}, the start of the value concerned:
 * malformed JSON, unknown fields, wrong types, unknown codes, values the model refuses.
 * Malformed JSON stops the reading where it is found, since nothing after it can be read
 * reliably; so does input that breaks one of the limits below, and so do more than 1,000
 * problems.
 *
 * <p>CSV problems are located as {@code obs.csv:line 42, column value} (or the line alone): a
 * missing or unknown column, a row with the wrong number of cells, numbers that do not fit the
 * convention, unknown indicator codes, unit codes that name no unit on the observation's date,
 * values out of range for the measure, duplicate observations with different values, and
 * whatever else the model refuses. Malformed CSV, a line longer than 1 Mi characters, a cell
 * longer than 100,000 characters, or more than 1,000 problems stop the reading where they are
 * found.
 *
 * <h2>Limits</h2>
 *
 * <p>Enforced through Jackson's {@code StreamReadConstraints}, so that hostile input is refused
 * early and in bounded memory: nesting of JSON objects and arrays at most 32 deep, JSON numbers
 * at most 100 characters (CSV numbers 400), text values at most 100,000 characters, field names
 * at most 200 characters, a JSON document at most 256 Mi characters (use CSV for larger
 * observation sets), a CSV line at most 1 Mi characters.
 */
package io.github.cdsvn.core.interchange;
