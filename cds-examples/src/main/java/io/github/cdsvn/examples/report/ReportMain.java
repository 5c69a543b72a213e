package io.github.cdsvn.examples.report;

import io.github.cdsvn.examples.ExampleData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The main job: scores the example plans as of a date, prints the report, analyses how much the
 * ranking depends on the choices behind the index (with a progress bar on the standard error),
 * and writes it all as an HTML page with charts.
 *
 * <p>Run from the project root with {@code ./mvnw -q -P run -DskipTests package}; add
 * {@code -Dcds.asOf=2025-12-31} for another date.
 */
public final class ReportMain {
  private ReportMain() {}

  /**
   * Runs the report.
   *
   * @param args the as-of date ({@code yyyy-mm-dd}; else the system property {@code cds.asOf},
   *     else 2024-12-31) and the folder to write the HTML page into (else the system property
   *     {@code cds.report.dir}, else {@code target/cds-report})
   * @throws IOException if the page cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String date = args.length > 0 ? args[0] : System.getProperty("cds.asOf", "2024-12-31");
    LocalDate asOf;
    try {
      asOf = date.isBlank() ? LocalDate.of(2024, 12, 31) : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      System.err.println("Invalid value for the as-of date (a date such as 2024-12-31): '" + date + "'");
      System.exit(2);
      return;
    }
    Path folder = Path.of(args.length > 1 ? args[1] : System.getProperty("cds.report.dir", "target/cds-report"));
    ExampleData data = ExampleData.load();
    AttainmentReport report = AttainmentReport.of(data, asOf);
    ConsoleReport.print(report, out);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    RankUncertainty uncertainty = RankUncertainty.of(data, report,
        ProgressBar.on("Độ bất định / uncertainty (Monte Carlo)", err),
        ProgressBar.on("Độ nhạy / sensitivity (Sobol)       ", err));
    report = report.withUncertainty(uncertainty);
    ConsoleReport.uncertainty(uncertainty, report, out);
    Path page = folder.resolve("cds-report-" + asOf + ".html").toAbsolutePath().normalize();
    HtmlReport.write(report, page);
    out.println("Báo cáo HTML / HTML report: " + page);
  }
}
