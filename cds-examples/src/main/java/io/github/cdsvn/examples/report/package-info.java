/**
 * The attainment report of the example plans, the project's main job: {@code ReportMain} scores
 * the plans as of a date into an {@code AttainmentReport} (scorecards, the ranking of the units,
 * each plan against the national programme, what each unit became in the 2025 reform), which
 * {@code ConsoleReport} prints for a terminal and {@code HtmlReport} writes as one self-contained
 * HTML page with inline SVG charts.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -P run -DskipTests package}.
 */
package io.github.cdsvn.examples.report;
