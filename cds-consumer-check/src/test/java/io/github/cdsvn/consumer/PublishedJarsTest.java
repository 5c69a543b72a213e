package io.github.cdsvn.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.interchange.CsvFormat;
import io.github.cdsvn.core.interchange.JsonFormat;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.TargetResult;
import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uses cds from outside, through its published jars: run once with everything on the module path
 * and once on the class path (the build's two test executions say which in
 * {@code cds.consumer.path}).
 */
class PublishedJarsTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @TempDir Path dir;

  @Test
  void theLibrariesAreLoadedTheWayTheBuildAsked() {
    String path = System.getProperty("cds.consumer.path", "");
    assertThat(path).as("cds.consumer.path").isIn("module", "class");
    if (path.equals("module")) {
      assertThat(PublishedJarsTest.class.getModule().getName()).isEqualTo("io.github.cdsvn.consumer");
      assertThat(Scorer.class.getModule().getName()).isEqualTo("io.github.cdsvn.scoring");
      assertThat(Plan.class.getModule().getName()).isEqualTo("io.github.cdsvn.core");
      assertThat(JsonFormat.class.getModule().getDescriptor().isAutomatic()).isFalse();
      assertThat(Scorer.class.getModule().getDescriptor().exports())
          .extracting(e -> e.source())
          .containsExactlyInAnyOrder("io.github.cdsvn.scoring", "io.github.cdsvn.scoring.spi",
              "io.github.cdsvn.scoring.uncertainty");
      // the model's internal package is exported to the engine only
      assertThat(Plan.class.getModule().isExported("io.github.cdsvn.core.internal")).isFalse();
      assertThat(Plan.class.getModule().isExported("io.github.cdsvn.core.internal", Scorer.class.getModule()))
          .isTrue();
    } else {
      assertThat(PublishedJarsTest.class.getModule().isNamed()).isFalse();
      assertThat(Scorer.class.getModule().isNamed()).isFalse();
      assertThat(Plan.class.getModule().isNamed()).isFalse();
    }
  }

  @Test
  void theLibrariesComeFromTheirPackagedJars() throws URISyntaxException {
    assertThat(location(Scorer.class).getFileName().toString()).matches("cds-scoring-[^/]+(?<!-tests)\\.jar");
    assertThat(location(Plan.class).getFileName().toString()).matches("cds-core-[^/]+(?<!-tests)\\.jar");
  }

  @Test
  void aPlanAndObservationsWrittenInTheInterchangeFormatsReadBackEqual() throws IOException {
    Plan plan = plan();
    ObservationSet observations = observations();
    Path planFile = writePlan(plan);
    Path observationFile = writeObservations(observations);

    assertThat(JsonFormat.standard().readPlan(planFile)).isEqualTo(plan);
    assertThat(CsvFormat.standard().readObservations(observationFile)).isEqualTo(observations);
  }

  @Test
  void theStandardScorerScoresWhatWasRead() throws IOException {
    Scorecard card = PlanScores.score(writePlan(plan()), writeObservations(observations()), AS_OF);

    assertThat(card.unitCode()).isEqualTo("44");
    assertThat(card.targets()).hasSize(2);
    TargetResult province = card.targets().stream()
        .filter(r -> r.target().level() == AdministrativeLevel.PROVINCE).findFirst().orElseThrow();
    // at least 95% from a baseline of 0%, 88.4% observed in 2024
    assertThat(province.attainment().orElseThrow()).isCloseTo(88.4 / 95, within(1e-9));
    assertThat(province.met()).isFalse();
    assertThat(card.illustrative()).isTrue();
    assertThat(card.composite().score()).isPresent();
    // the same scores as the model built in memory: nothing is lost on the way through the files
    Scorecard direct = Scorer.standard().score(plan(), observations(), AS_OF);
    assertThat(card.composite().score()).isEqualTo(direct.composite().score());
    assertThat(card.targets()).extracting(r -> r.attainment())
        .containsExactlyElementsOf(direct.targets().stream().map(r -> r.attainment()).toList());
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private Path writePlan(Plan plan) throws IOException {
    Path file = dir.resolve("plan.json");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonFormat.standard().writePlan(plan, out);
    }
    return file;
  }

  private Path writeObservations(ObservationSet observations) throws IOException {
    Path file = dir.resolve("observations.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvFormat.standard().writeObservations(observations, out);
    }
    return file;
  }

  private static Indicator workRecords() {
    return IndicatorCatalogue.standard().get("gov.work-records.online");
  }

  private static Plan plan() {
    Document kh698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
        .issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29))
        .title("Kế hoạch chuyển đổi số giai đoạn đến năm 2025, định hướng đến năm 2030").build();
    String clause = "95% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công"
        + " việc cấp xã được xử lý trên môi trường mạng";
    return Plan.builder().id("quang-binh.kh-698-2022")
        .unit(UnitRegistry.standard().unit("44", LocalDate.of(2022, 4, 29)))
        .title(kh698.title()).addDocuments(kh698)
        .addTargets(target(AdministrativeLevel.PROVINCE, 95, kh698, clause),
            target(AdministrativeLevel.COMMUNE, 60, kh698, clause))
        .build();
  }

  private static Target target(AdministrativeLevel level, double value, Document document, String clause) {
    return Target.builder().indicator(workRecords()).level(level).horizon(Horizon.Y2025)
        .bound(Bound.atLeast(value)).source(Source.of(document, clause)).build();
  }

  private static ObservationSet observations() {
    return ObservationSet.of(List.of(
        observation(Optional.empty(), 2022, 71.5), observation(Optional.empty(), 2024, 88.4),
        observation(Optional.of(AdministrativeLevel.COMMUNE), 2022, 38.0),
        observation(Optional.of(AdministrativeLevel.COMMUNE), 2024, 41.0)));
  }

  private static Observation observation(Optional<AdministrativeLevel> measured, int year, double value) {
    return Observation.builder().unitCode("44").indicator(workRecords()).measuredLevel(measured)
        .period(ObservationPeriod.ofYear(year)).value(value)
        .status(Observation.Status.ILLUSTRATIVE).source("minh họa / illustrative").build();
  }
}
