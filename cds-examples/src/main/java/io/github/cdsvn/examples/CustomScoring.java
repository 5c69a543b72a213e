package io.github.cdsvn.examples;

import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.interchange.CsvFormat;
import io.github.cdsvn.core.interchange.JsonFormat;
import io.github.cdsvn.core.interchange.NumberConvention;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.TargetResult;
import io.github.cdsvn.scoring.Weights;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * How another team embeds cds: read a plan, a unit registry and observations from files, plug in
 * a rule of its own ({@link QuadraticDistanceRule}) and weights of its own, and print one unit's
 * scorecard with the explanation of every number.
 *
 * <p>Run it from the project root:
 * <pre>
 * ./mvnw -q -P run -Dcds.main=io.github.cdsvn.examples.CustomScoring -DskipTests package
 * </pre>
 * or call {@link #main(String[])} with a plan file, a registry file, an observation CSV and an
 * as-of date. Without arguments it reads the example files shipped in this module: Nghệ An's
 * Kế hoạch 833/KH-UBND and the illustrative observations (not real figures).
 */
public final class CustomScoring {
  private CustomScoring() {}

  /**
   * Scores a plan with a custom rule and weights and prints the scorecard.
   *
   * @param args plan JSON, registry JSON, observations CSV, as-of date; all optional
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path plan = args.length > 0 ? Path.of(args[0]) : extract("data/plans/nghe-an.kh-833-2024.json");
    Path units = args.length > 1 ? Path.of(args[1]) : extract("data/units.json");
    Path observations = args.length > 2 ? Path.of(args[2]) : extract(ExampleData.OBSERVATIONS_CSV);
    LocalDate asOf = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2024, 12, 31);
    print(score(plan, units, observations, asOf), out);
  }

  /**
   * Reads the files and scores the plan for its adopting unit.
   *
   * @param planFile a {@code cds-plan} JSON file
   * @param registryFile a {@code cds-units} JSON file
   * @param observationFile a {@code cds-observations} CSV file
   * @param asOf the as-of date
   * @return the scorecard
   * @throws IOException if a file cannot be read
   */
  public static Scorecard score(Path planFile, Path registryFile, Path observationFile, LocalDate asOf)
      throws IOException {
    // 1. read the files: every problem of a file is reported at once, with its line and column
    UnitRegistry registry = JsonFormat.standard().readRegistry(registryFile);
    JsonFormat json = JsonFormat.of(IndicatorCatalogue.standard(), registry);
    Plan plan = json.readPlan(planFile);
    ObservationSet observations = CsvFormat.of(IndicatorCatalogue.standard(), registry)
        .withNumbers(NumberConvention.vietnamese()).readObservations(observationFile);

    // 2. the team's own choices: a stricter rule for "at least" and "more than", and weights
    QuadraticDistanceRule rule = new QuadraticDistanceRule();
    Weights weights = Weights.builder()
        .pillar(Pillar.DIGITAL_GOVERNMENT, 2).pillar(Pillar.DIGITAL_ECONOMY, 1)
        .pillar(Pillar.DIGITAL_SOCIETY, 1).pillar(Pillar.INFRASTRUCTURE, 1).pillar(Pillar.SMART_CITY, 0.5)
        .target("econ.e-commerce.revenue", 2)
        .build();
    Scorer scorer = Scorer.builder().unitRegistry(registry)
        .rule(Bound.Kind.AT_LEAST, rule).rule(Bound.Kind.MORE_THAN, rule)
        .weights(weights).build();

    // 3. score
    return scorer.score(plan, observations, asOf);
  }

  /**
   * Prints a scorecard: composite, pillars, and every target's explanation.
   *
   * @param card the scorecard
   * @param out where to print
   */
  public static void print(Scorecard card, PrintStream out) {
    out.println("Bảng điểm / scorecard: " + card.planId() + ", đơn vị / unit " + card.unitCode()
        + ", tính đến / as of " + card.asOf() + ", hồ sơ / profile " + card.profile().name());
    if (card.illustrative()) {
      out.println("*** Số liệu minh họa, không phải số liệu thật / illustrative data, not real figures ***");
    }
    out.println(card.composite().sentence().vi());
    out.println(card.composite().sentence().en());
    for (IndexScore p : card.pillars()) {
      out.println("  " + p.sentence().vi() + " / " + p.sentence().en());
    }
    for (TargetResult r : card.targets()) {
      out.println("- " + r.target().indicator().code() + " (" + r.rule().orElse("—") + ", trọng số / weight "
          + r.weight() + ")");
      out.println("    " + r.explanation().sentence().vi());
      out.println("    " + r.explanation().sentence().en());
    }
  }

  /** Copies a resource of this module to a temporary file, so that it is read as a file. */
  private static Path extract(String resource) throws IOException {
    Path file = Files.createTempFile("cds-", "-" + Path.of(resource).getFileName());
    file.toFile().deleteOnExit();
    try (InputStream in = CustomScoring.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource not found: " + resource);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
