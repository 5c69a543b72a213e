package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes the JSON interchange formats of cds: plans ({@code cds-plan}), indicator
 * catalogues ({@code cds-indicators}), unit registries with their lineage ({@code cds-units})
 * and observation sets ({@code cds-observations}), each version 1. The formats are documented,
 * with an example of each, in {@code docs/interchange.md}.
 *
 * <pre>{@code
 * JsonFormat json = JsonFormat.of(IndicatorCatalogue.standard(), UnitRegistry.standard());
 * Plan plan = json.readPlan(Path.of("plans/quang-binh.json"));
 * json.writePlan(plan, writer);
 * }</pre>
 *
 * <p>A plan names its indicators by code and its adopting unit by code and date, and
 * observations name theirs likewise: reading them resolves the codes against the catalogue and
 * the registry this format was made with. Catalogues and registries are read on their own.
 *
 * <p>Every reader checks the whole document and either returns the complete result or throws
 * one {@link InvalidDataException} listing every problem, each located as
 * {@code file:line:column}; what stops a reading early, and the limits on hostile input, are
 * told in the {@linkplain io.github.cdsvn.core.interchange package documentation}. Writers write
 * UTF-8 text in a fixed layout (two-space indentation, one field a line, a final line break)
 * that reads back equal. Immutable and thread-safe.
 */
public final class JsonFormat {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(Limits.json())
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  private final IndicatorCatalogue catalogue;
  private final UnitRegistry registry;

  private JsonFormat(IndicatorCatalogue catalogue, UnitRegistry registry) {
    this.catalogue = catalogue;
    this.registry = registry;
  }

  /**
   * Obtains the format reading plans and observations against a catalogue and a registry.
   *
   * @param catalogue the indicators that codes in plans and observations name
   * @param registry the units that codes in plans and observations name, read on dates
   * @return the format
   */
  public static JsonFormat of(IndicatorCatalogue catalogue, UnitRegistry registry) {
    return new JsonFormat(Objects.requireNonNull(catalogue, "catalogue"),
        Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Obtains the format reading against {@link IndicatorCatalogue#standard()} and
   * {@link UnitRegistry#standard()}.
   *
   * @return the format
   */
  public static JsonFormat standard() {
    return of(IndicatorCatalogue.standard(), UnitRegistry.standard());
  }

  /**
   * Returns the catalogue that indicator codes are resolved against.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the registry that unit codes are resolved against.
   *
   * @return the registry
   */
  public UnitRegistry registry() {
    return registry;
  }

  /**
   * Reads a plan from a UTF-8 file; problems are located by the path as given.
   *
   * @param file the file
   * @return the plan
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public Plan readPlan(Path file) throws IOException {
    return read(file, JsonDecoder.PLAN, (r, root) -> new JsonPlanDecoder(r).plan(root, catalogue, registry));
  }

  /**
   * Reads a plan.
   *
   * @param input the text
   * @param sourceName the name problems are located by, such as {@code plans/quang-binh.json}
   * @return the plan
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public Plan readPlan(Reader input, String sourceName) throws IOException {
    return read(input, sourceName, JsonDecoder.PLAN,
        (r, root) -> new JsonPlanDecoder(r).plan(root, catalogue, registry));
  }

  /**
   * Reads an indicator catalogue from a UTF-8 file.
   *
   * @param file the file
   * @return the catalogue
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public IndicatorCatalogue readCatalogue(Path file) throws IOException {
    return read(file, JsonDecoder.CATALOGUE, (r, root) -> new JsonCatalogueDecoder(r).catalogue(root));
  }

  /**
   * Reads an indicator catalogue.
   *
   * @param input the text
   * @param sourceName the name problems are located by
   * @return the catalogue
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public IndicatorCatalogue readCatalogue(Reader input, String sourceName) throws IOException {
    return read(input, sourceName, JsonDecoder.CATALOGUE, (r, root) -> new JsonCatalogueDecoder(r).catalogue(root));
  }

  /**
   * Reads a unit registry with its lineage from a UTF-8 file.
   *
   * @param file the file
   * @return the registry
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public UnitRegistry readRegistry(Path file) throws IOException {
    return read(file, JsonDecoder.REGISTRY, (r, root) -> new JsonRegistryDecoder(r).registry(root));
  }

  /**
   * Reads a unit registry with its lineage.
   *
   * @param input the text
   * @param sourceName the name problems are located by
   * @return the registry
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public UnitRegistry readRegistry(Reader input, String sourceName) throws IOException {
    return read(input, sourceName, JsonDecoder.REGISTRY, (r, root) -> new JsonRegistryDecoder(r).registry(root));
  }

  /**
   * Reads an observation set from a UTF-8 file.
   *
   * @param file the file
   * @return the observations
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public ObservationSet readObservations(Path file) throws IOException {
    return read(file, JsonDecoder.OBSERVATIONS,
        (r, root) -> new JsonObservationsDecoder(r).observations(root, catalogue, registry));
  }

  /**
   * Reads an observation set.
   *
   * @param input the text
   * @param sourceName the name problems are located by
   * @return the observations
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public ObservationSet readObservations(Reader input, String sourceName) throws IOException {
    return read(input, sourceName, JsonDecoder.OBSERVATIONS,
        (r, root) -> new JsonObservationsDecoder(r).observations(root, catalogue, registry));
  }

  /**
   * Writes a plan. Its indicators are written by code and its unit by code and the date it is
   * read at: reading it back needs a catalogue and a registry that have them.
   *
   * @param plan the plan
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writePlan(Plan plan, Writer output) throws IOException {
    Objects.requireNonNull(plan, "plan");
    write(output, e -> e.plan(plan));
  }

  /**
   * Writes an indicator catalogue with the full definition of each indicator.
   *
   * @param catalogue the catalogue
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeCatalogue(IndicatorCatalogue catalogue, Writer output) throws IOException {
    Objects.requireNonNull(catalogue, "catalogue");
    write(output, e -> e.catalogue(catalogue));
  }

  /**
   * Writes a unit registry: its units, then its lineage.
   *
   * @param registry the registry
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeRegistry(UnitRegistry registry, Writer output) throws IOException {
    Objects.requireNonNull(registry, "registry");
    write(output, e -> e.registry(registry));
  }

  /**
   * Writes an observation set, in its iteration order.
   *
   * @param observations the observations
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeObservations(ObservationSet observations, Writer output) throws IOException {
    Objects.requireNonNull(observations, "observations");
    write(output, e -> e.observations(observations));
  }

  @Override
  public String toString() {
    return "JsonFormat{" + catalogue.size() + " indicators, " + registry.size() + " units}";
  }

  private interface Decoder<T> {
    T decode(JsonReading reading, JsonValue root);
  }

  private interface Encoder {
    void encode(JsonEncoding encoding) throws IOException;
  }

  private static <T> T read(Path file, String format, Decoder<T> decoder) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader r = Inputs.utf8(file)) {
      return read(r, file.toString(), format, decoder);
    }
  }

  private static <T> T read(Reader input, String sourceName, String format, Decoder<T> decoder)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sourceName, "sourceName");
    Problems problems = new Problems(format + " " + sourceName);
    JsonReading reading = new JsonReading(sourceName, problems);
    try (JsonParser p = FACTORY.createParser(Inputs.withoutBom(input))) {
      JsonValue root = JsonValue.parse(p, sourceName, problems);
      T result = decoder.decode(reading, root);
      problems.throwIfAny();
      return result;
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  private static void write(Writer output, Encoder encoder) throws IOException {
    Objects.requireNonNull(output, "output");
    try (JsonGenerator g = FACTORY.createGenerator(output)) {
      encoder.encode(JsonEncoding.on(g));
    }
  }
}
