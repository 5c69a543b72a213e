package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every object of every JSON format, in the documented examples, is checked field by field: a
 * field it does not know is reported at that field; a field left out, or given a value of the
 * wrong type, is either read or refused with the problems listed, never with another exception.
 */
class JsonFieldsTest {
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private interface Reading {
    Object read(String text) throws IOException;
  }

  private static final Map<String, Reading> READERS = Map.of(
      "plan", t -> JSON.readPlan(new StringReader(t), "doc.json"),
      "catalogue", t -> JSON.readCatalogue(new StringReader(t), "doc.json"),
      "registry", t -> JSON.readRegistry(new StringReader(t), "doc.json"),
      "observations-json", t -> JSON.readObservations(new StringReader(t), "doc.json"));

  /** Every object of a tree, the root first. */
  private static List<ObjectNode> objects(JsonNode node) {
    List<ObjectNode> all = new ArrayList<>();
    collect(node, all);
    return all;
  }

  private static void collect(JsonNode node, List<ObjectNode> all) {
    if (node instanceof ObjectNode o) {
      all.add(o);
    }
    node.elements().forEachRemaining(child -> collect(child, all));
  }

  /** Applies a change to one object of a copy of the example, and writes the copy. */
  private static String changed(JsonNode example, int objectIndex, Consumer<ObjectNode> change)
      throws IOException {
    JsonNode copy = example.deepCopy();
    change.accept(objects(copy).get(objectIndex));
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
  }

  private static List<InvalidDataException.Problem> problemsOf(Reading reading, String text) {
    List<InvalidDataException.Problem> problems = new ArrayList<>();
    try {
      reading.read(text);
    } catch (InvalidDataException e) {
      problems.addAll(e.problems());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return problems;
  }

  @Test
  void aFieldAnObjectDoesNotKnowIsReportedWhereItIs() throws IOException {
    int checked = 0;
    for (Map.Entry<String, Reading> format : READERS.entrySet()) {
      JsonNode example = MAPPER.readTree(DocumentedExamplesTest.example(format.getKey()));
      for (int i = 0; i < objects(example).size(); i++) {
        String text = changed(example, i, o -> o.put("colour", "đỏ"));
        int line = lineOf(text, "\"colour\"");
        assertThatThrownBy(() -> format.getValue().read(text)).as("%s, object %d", format.getKey(), i)
            // a unit left unread may leave its children without a parent: those problems follow
            .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                .filteredOn(p -> p.message().contains("'colour'")).singleElement().satisfies(p -> {
                  assertThat(p.location()).startsWith("doc.json:" + line + ":");
                  assertThat(p.message()).startsWith("unknown field 'colour' in ").contains("; known fields: ");
                }));
        checked++;
      }
    }
    // the plan, its unit, documents, targets, bounds...: every kind of object is in an example
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void aFieldLeftOutIsReadAsAbsentOrRefusedAsAProblem() throws IOException {
    for (Map.Entry<String, Reading> format : READERS.entrySet()) {
      JsonNode example = MAPPER.readTree(DocumentedExamplesTest.example(format.getKey()));
      List<ObjectNode> objects = objects(example);
      for (int i = 0; i < objects.size(); i++) {
        for (Iterator<String> names = objects.get(i).fieldNames(); names.hasNext(); ) {
          String name = names.next();
          for (JsonNode absent : List.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.missingNode())) {
            String text = changed(example, i, o -> {
              if (absent.isMissingNode()) {
                o.remove(name);
              } else {
                o.set(name, absent);
              }
            });
            // an exception other than InvalidDataException fails the test
            List<InvalidDataException.Problem> problems = problemsOf(format.getValue(), text);
            assertThat(problems).as("%s without %s", format.getKey(), name)
                .allSatisfy(p -> assertThat(p.message()).isNotBlank());
          }
        }
      }
    }
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedAtThatValue() throws IOException {
    int checked = 0;
    for (Map.Entry<String, Reading> format : READERS.entrySet()) {
      JsonNode example = MAPPER.readTree(DocumentedExamplesTest.example(format.getKey()));
      List<ObjectNode> objects = objects(example);
      for (int i = 0; i < objects.size(); i++) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = objects.get(i).fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          // no field of any format is a boolean: true is the wrong type everywhere
          String text = changed(example, i, o -> o.put(field.getKey(), true));
          List<InvalidDataException.Problem> problems = problemsOf(format.getValue(), text);
          assertThat(problems).as("%s with %s: true", format.getKey(), field.getKey()).isNotEmpty()
              .anySatisfy(p -> assertThat(p.message()).contains("not true or false"));
          // an array where no array is expected, an object where no object is
          if (!field.getValue().isArray()) {
            String array = changed(example, i, o -> o.set(field.getKey(), new ArrayNode(JsonNodeFactory.instance)));
            assertThat(problemsOf(format.getValue(), array)).as("%s with %s: []", format.getKey(), field.getKey())
                .isNotEmpty();
          }
          if (!field.getValue().isObject()) {
            String object = changed(example, i, o -> o.putObject(field.getKey()));
            assertThat(problemsOf(format.getValue(), object)).as("%s with %s: {}", format.getKey(), field.getKey())
                .isNotEmpty();
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void aFieldGivenAsNullIsReadAsAbsent() throws IOException {
    JsonNode example = MAPPER.readTree(DocumentedExamplesTest.example("plan"));
    Plan read = JSON.readPlan(new StringReader(changed(example, 0, o -> {
      ((ObjectNode) o.get("documents").get(0)).putNull("date");
      ((ObjectNode) o.get("documents").get(0)).putNull("number");
    })), "doc.json");
    assertThat(read.documents().get(0).date()).isEmpty();
    assertThat(read.documents().get(0).number()).isEmpty();
    assertThat(read.documents().get(0).title()).isEqualTo(Fixtures.plan().documents().get(0).title());
    // a code with no date must name one unit of the registry: "44" names Quảng Bình before and after 2025
    assertThat(problemsOf(READERS.get("plan"), changed(example, 0, o -> ((ObjectNode) o.get("unit")).putNull("on"))))
        .extracting(InvalidDataException.Problem::message).containsExactly(
            "unit code '44' names 2 units in the registry; give the date it is read at with \"on\"");
  }

  @Test
  void wholeNumbersAreRefusedWithAFractionOrOutOfRange() throws IOException {
    JsonNode example = MAPPER.readTree(DocumentedExamplesTest.example("plan"));
    Reading plan = READERS.get("plan");
    assertThat(problemsOf(plan, changed(example, 0, o -> o.put("version", 1.5))))
        .extracting(InvalidDataException.Problem::message).containsExactly("wrong type: 'version' must be a whole number, not 1.5");
    assertThat(problemsOf(plan, changed(example, 0, o -> o.put("version", 3_000_000_000L))))
        .extracting(InvalidDataException.Problem::message).containsExactly("'version' is out of range: 3000000000");
    assertThat(problemsOf(plan, changed(example, 0, o -> o.put("version", "1"))))
        .extracting(InvalidDataException.Problem::message).containsExactly("wrong type: 'version' must be a number, not a text");
    String huge = changed(example, 0, o -> o.put("version", 1)).replaceFirst("\"version\" : 1", "\"version\" : 1e400");
    assertThat(problemsOf(plan, huge)).extracting(InvalidDataException.Problem::message)
        .containsExactly("wrong type: 'version' must be a whole number, not 1e400");
    assertThat(problemsOf(plan, "[]")).extracting(InvalidDataException.Problem::toString).containsExactly(
        "doc.json:1:1: expected a JSON object with \"format\": \"cds-plan\", not an array");
    assertThat(problemsOf(plan, "42")).extracting(InvalidDataException.Problem::toString).containsExactly(
        "doc.json:1:1: expected a JSON object with \"format\": \"cds-plan\", not a number");
  }

  @Test
  void documentsAreReadByPathAndProblemsLocatedByIt(@TempDir Path dir) throws IOException {
    StringWriter w = new StringWriter();
    JSON.writePlan(Fixtures.plan(), w);
    assertThat(JSON.readPlan(write(dir, "plan.json", w.toString()))).isEqualTo(Fixtures.plan());
    w = new StringWriter();
    JSON.writeCatalogue(Fixtures.catalogue(), w);
    assertThat(JSON.readCatalogue(write(dir, "catalogue.json", w.toString()))).isEqualTo(Fixtures.catalogue());
    w = new StringWriter();
    JSON.writeRegistry(Fixtures.registry(), w);
    assertThat(JSON.readRegistry(write(dir, "units.json", w.toString()))).isEqualTo(Fixtures.registry());
    w = new StringWriter();
    JSON.writeObservations(Fixtures.observations(), w);
    assertThat(JSON.readObservations(write(dir, "obs.json", w.toString()))).isEqualTo(Fixtures.observations());

    Path bad = write(dir, "bad.json", "{\"format\": \"cds-plan\", \"version\": 7}");
    assertThatThrownBy(() -> JSON.readPlan(bad)).isInstanceOfSatisfying(InvalidDataException.class,
        e -> assertThat(e.problems()).extracting(InvalidDataException.Problem::toString).containsExactly(
            bad + ":1:35: version 7 of cds-plan is not supported; this reader reads version 1"));
  }

  @Test
  void aFormatReadsAgainstItsCatalogueAndRegistry() {
    IndicatorCatalogue catalogue = Fixtures.catalogue();
    UnitRegistry registry = Fixtures.registry();
    JsonFormat own = JsonFormat.of(catalogue, registry);
    assertThat(own.catalogue()).isSameAs(catalogue);
    assertThat(own.registry()).isSameAs(registry);
    assertThat(own.toString()).isEqualTo("JsonFormat{5 indicators, " + registry.size() + " units}");
    assertThat(JSON.catalogue().size()).isGreaterThan(Fixtures.catalogue().size());
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static int lineOf(String text, String what) {
    int at = text.indexOf(what);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
