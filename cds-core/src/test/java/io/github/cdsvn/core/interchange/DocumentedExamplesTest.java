package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/interchange.md are exactly what the writers produce for the model values
 * of {@link Fixtures}, and read back equal to them.
 */
class DocumentedExamplesTest {
  private static final Path DOC = Path.of("..", "docs", "interchange.md");
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final CsvFormat CSV = CsvFormat.standard();

  static String example(String name) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\n```[a-z]*\n(.*?)```",
        Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("example %s in %s", name, DOC).isTrue();
    return m.group(1);
  }

  @Test
  void plan() throws IOException {
    String text = example("plan");
    assertThat(JSON.readPlan(new StringReader(text), "plan.json")).isEqualTo(Fixtures.plan());
    StringWriter w = new StringWriter();
    JSON.writePlan(Fixtures.plan(), w);
    assertThat(w.toString()).isEqualTo(text);
  }

  @Test
  void catalogue() throws IOException {
    String text = example("catalogue");
    assertThat(JSON.readCatalogue(new StringReader(text), "catalogue.json")).isEqualTo(Fixtures.catalogue());
    StringWriter w = new StringWriter();
    JSON.writeCatalogue(Fixtures.catalogue(), w);
    assertThat(w.toString()).isEqualTo(text);
  }

  @Test
  void registry() throws IOException {
    String text = example("registry");
    UnitRegistry read = JSON.readRegistry(new StringReader(text), "units.json");
    assertThat(read).isEqualTo(Fixtures.registry());
    assertThat(read.successorsOf(read.unit("836", Fixtures.REFORM.minusDays(1))))
        .singleElement().satisfies(s -> assertThat(s.successor().code()).isEqualTo("29110"));
    StringWriter w = new StringWriter();
    JSON.writeRegistry(Fixtures.registry(), w);
    assertThat(w.toString()).isEqualTo(text);
  }

  @Test
  void observationsAsJson() throws IOException {
    String text = example("observations-json");
    assertThat(JSON.readObservations(new StringReader(text), "obs.json")).isEqualTo(Fixtures.observations());
    StringWriter w = new StringWriter();
    JSON.writeObservations(Fixtures.observations(), w);
    assertThat(w.toString()).isEqualTo(text);
  }

  @Test
  void observationsAsVietnameseCsv() throws IOException {
    String text = example("observations-csv");
    CsvFormat vietnamese = CSV.withSeparator(';').withNumbers(NumberConvention.vietnamese());
    assertThat(CSV.readObservations(new StringReader(text), "obs.csv")).isEqualTo(Fixtures.observations());
    StringWriter w = new StringWriter();
    vietnamese.writeObservations(Fixtures.observations(), w);
    assertThat(w.toString()).isEqualTo(text);
  }

  @Test
  void unitList() throws IOException {
    String text = example("unit-list");
    assertThat(CSV.readUnitList(new StringReader(text), "units.csv").units())
        .isEqualTo(Fixtures.registry().units());
    StringWriter w = new StringWriter();
    CSV.writeUnitList(Fixtures.registry(), w);
    assertThat(w.toString()).isEqualTo(text);
  }
}
