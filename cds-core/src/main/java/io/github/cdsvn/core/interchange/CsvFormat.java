package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes the CSV interchange formats of cds: observations ({@code cds-observations})
 * and unit lists ({@code cds-unit-list}), each version 1, documented in
 * {@code docs/interchange.md}.
 *
 * <p>The first line declares the format, and may declare the cell separator and how numbers are
 * written; the second line names the columns, in any order:
 * <pre>
 * #format=cds-observations;version=1;separator=comma;decimal=comma;grouping=dot
 * unit,indicator,period,measured_level,value,numerator,denominator,status,source
 * 44,gov.work-records.online,2024,district,"87,5",,,final,Sở TT&amp;TT
 * </pre>
 * A file that declares neither {@code decimal} nor {@code grouping} is read with the
 * {@link NumberConvention} of this format ({@link #withNumbers}); a file's own declaration wins.
 * The convention is never guessed: a number that does not fit it is a problem. Empty cells are
 * absent values.
 *
 * <p>Every reader checks the whole file and either returns everything or throws one
 * {@link InvalidDataException} listing every problem, located as {@code obs.csv:line 42, column
 * value}; what is checked and what stops a reading early are told in the
 * {@linkplain io.github.cdsvn.core.interchange package documentation}. Large files stream:
 * {@link #validateObservations(Path)} and {@link #forEachObservation(Path, Consumer)} read row by
 * row in memory that does not grow with the file; only {@link #readObservations(Path)} keeps
 * every observation. Immutable and thread-safe.
 */
public final class CsvFormat {
  static final CsvTable.Layout OBSERVATIONS = new CsvTable.Layout("cds-observations",
      List.of("unit", "indicator", "period", "measured_level", "value", "numerator", "denominator",
          "status", "source"),
      List.of("unit", "indicator", "period", "value"), true);
  static final CsvTable.Layout UNIT_LIST = new CsvTable.Layout("cds-unit-list",
      List.of("code", "name", "kind", "level", "parent", "valid_from", "valid_until"),
      List.of("code", "name", "kind", "level"), false);

  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(Limits.csv())
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build());

  private final IndicatorCatalogue catalogue;
  private final UnitRegistry registry;
  private final NumberConvention numbers;
  private final char separator;

  private CsvFormat(IndicatorCatalogue catalogue, UnitRegistry registry, NumberConvention numbers,
      char separator) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.numbers = numbers;
    this.separator = separator;
  }

  /**
   * Obtains the format reading observations against a catalogue and a registry, with the
   * {@link NumberConvention#standard() standard} numbers and commas between cells.
   *
   * @param catalogue the indicators that codes in observations name
   * @param registry the units that codes in observations name, read on each observation's date
   * @return the format
   */
  public static CsvFormat of(IndicatorCatalogue catalogue, UnitRegistry registry) {
    return new CsvFormat(Objects.requireNonNull(catalogue, "catalogue"),
        Objects.requireNonNull(registry, "registry"), NumberConvention.standard(), ',');
  }

  /**
   * Obtains the format reading against {@link IndicatorCatalogue#standard()} and
   * {@link UnitRegistry#standard()}.
   *
   * @return the format
   */
  public static CsvFormat standard() {
    return of(IndicatorCatalogue.standard(), UnitRegistry.standard());
  }

  /**
   * Returns a copy that writes numbers in a convention, and reads them so in files that do not
   * declare theirs.
   *
   * @param numbers the convention
   * @return the new format
   */
  public CsvFormat withNumbers(NumberConvention numbers) {
    return new CsvFormat(catalogue, registry, Objects.requireNonNull(numbers, "numbers"), separator);
  }

  /**
   * Returns a copy that writes cells separated by a character, and reads files that do not
   * declare their separator so.
   *
   * @param separator {@code ','}, {@code ';'} or a tab
   * @return the new format
   * @throws InvalidValueException if the separator is another character
   */
  public CsvFormat withSeparator(char separator) {
    if (!CsvTable.SEPARATORS.containsValue(separator)) {
      throw new InvalidValueException("CsvFormat.separator", String.valueOf(separator),
          "valid values ',', ';' and tab");
    }
    return new CsvFormat(catalogue, registry, numbers, separator);
  }

  /**
   * Returns the convention numbers are written in, and read in where a file declares none.
   *
   * @return the convention
   */
  public NumberConvention numbers() {
    return numbers;
  }

  /**
   * Returns the cell separator written, and read where a file declares none.
   *
   * @return the separator
   */
  public char separator() {
    return separator;
  }

  // ---------------------------------------------------------------- observations

  /**
   * Reads an observation set from a UTF-8 file; problems are located by the path as given.
   *
   * @param file the file
   * @return the observations
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public ObservationSet readObservations(Path file) throws IOException {
    try (Reader r = Inputs.utf8(file)) {
      return readObservations(r, file.toString());
    }
  }

  /**
   * Reads an observation set.
   *
   * @param input the text
   * @param sourceName the name problems are located by, such as {@code obs.csv}
   * @return the observations
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public ObservationSet readObservations(Reader input, String sourceName) throws IOException {
    List<Observation> all = new ArrayList<>();
    Map<ObservationDecoder.Key, Object[]> seen = new HashMap<>();
    Problems problems = observationReader().read(input, sourceName, (line, o, p) -> {
      Object[] first = seen.putIfAbsent(ObservationDecoder.Key.of(o), new Object[] {o, line});
      if (first == null) {
        all.add(o);
      } else if (!first[0].equals(o)) {
        p.add(CsvTable.at(sourceName, line), "duplicates the observation on line " + first[1]
            + " (" + ObservationDecoder.describe(o) + ") with a different value or details");
      }
    });
    problems.throwIfAny();
    return ObservationSet.of(all);
  }

  /**
   * Checks every row of an observation file, in memory that does not grow with the file.
   *
   * <p>Every check of {@link #readObservations(Path)} is made except one: finding two rows for
   * the same unit, indicator, measured level and date, which needs memory for every row read.
   *
   * @param file the file
   * @return the number of observations
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public long validateObservations(Path file) throws IOException {
    try (Reader r = Inputs.utf8(file)) {
      return validateObservations(r, file.toString());
    }
  }

  /**
   * Checks every row of observations, in memory that does not grow with the input; see
   * {@link #validateObservations(Path)}.
   *
   * @param input the text
   * @param sourceName the name problems are located by
   * @return the number of observations
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public long validateObservations(Reader input, String sourceName) throws IOException {
    long[] count = {0};
    observationReader().read(input, sourceName, (line, o, p) -> count[0]++).throwIfAny();
    return count[0];
  }

  /**
   * Hands every observation of a file to a consumer, once the whole file is known to be valid,
   * in memory that does not grow with the file.
   *
   * <p>The file is read twice: first checked as by {@link #validateObservations(Path)}, then, if
   * it has no problem, read again and each observation handed over in file order. The consumer
   * is never called for a file with problems.
   *
   * @param file the file
   * @param consumer receives each observation
   * @return the number of observations handed over
   * @throws InvalidDataException listing every problem of the file, before any observation is
   *     handed over
   * @throws IOException if the file cannot be read
   */
  public long forEachObservation(Path file, Consumer<? super Observation> consumer)
      throws IOException {
    Objects.requireNonNull(consumer, "consumer");
    validateObservations(file);
    long[] count = {0};
    try (Reader r = Inputs.utf8(file)) {
      observationReader().read(r, file.toString(), (line, o, p) -> {
        consumer.accept(o);
        count[0]++;
      }).throwIfAny();
    }
    return count[0];
  }

  private CsvObservationReader observationReader() {
    return new CsvObservationReader(MAPPER.getFactory(), catalogue, registry, numbers, separator);
  }

  /**
   * Writes observations in their iteration order, numbers in this format's convention.
   *
   * @param observations the observations
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeObservations(ObservationSet observations, Writer output) throws IOException {
    Objects.requireNonNull(observations, "observations");
    writeObservations(observations.stream()::iterator, output);
  }

  /**
   * Writes observations one by one as they come, numbers in this format's convention: a
   * generator of many observations can write them in constant memory.
   *
   * @param observations the observations, in the order to write them
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeObservations(Iterable<Observation> observations, Writer output)
      throws IOException {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(output, "output");
    output.write(CsvTable.directive(OBSERVATIONS, separator, numbers));
    try (CsvGenerator g = generator(output)) {
      row(g, OBSERVATIONS.columns());
      Iterator<Observation> it = observations.iterator();
      List<String> cells = new ArrayList<>(9);
      while (it.hasNext()) {
        Observation o = it.next();
        cells.clear();
        cells.add(o.unitCode());
        cells.add(o.indicator().code());
        cells.add(o.period().toString());
        cells.add(o.measuredLevel().map(Codes::write).orElse(""));
        cells.add(numbers.format(o.value()));
        cells.add(o.numerator().isPresent() ? numbers.format(o.numerator().getAsDouble()) : "");
        cells.add(o.denominator().isPresent() ? numbers.format(o.denominator().getAsDouble()) : "");
        cells.add(Codes.write(o.status()));
        cells.add(o.source().orElse(""));
        row(g, cells);
      }
    }
    output.flush();
  }

  // ---------------------------------------------------------------- unit lists

  /**
   * Reads a unit list from a UTF-8 file into a registry without lineage.
   *
   * @param file the file
   * @return the registry of the listed units
   * @throws InvalidDataException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public UnitRegistry readUnitList(Path file) throws IOException {
    try (Reader r = Inputs.utf8(file)) {
      return readUnitList(r, file.toString());
    }
  }

  /**
   * Reads a unit list into a registry without lineage: the registry checks that no two units
   * share a code on the same day and that each parent is in force, and above its child.
   *
   * @param input the text
   * @param sourceName the name problems are located by
   * @return the registry of the listed units
   * @throws InvalidDataException listing every problem of the input
   * @throws IOException if the input cannot be read
   */
  public UnitRegistry readUnitList(Reader input, String sourceName) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sourceName, "sourceName");
    return CsvUnitListReader.read(MAPPER.getFactory(), input, sourceName, numbers, separator);
  }

  /**
   * Writes the units of a registry, in its order; its lineage is not written (use
   * {@link JsonFormat#writeRegistry}).
   *
   * @param registry the registry
   * @param output where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public void writeUnitList(UnitRegistry registry, Writer output) throws IOException {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(output, "output");
    output.write(CsvTable.directive(UNIT_LIST, separator, numbers));
    try (CsvGenerator g = generator(output)) {
      row(g, UNIT_LIST.columns());
      for (AdministrativeUnit u : registry.units()) {
        row(g, List.of(u.code(), u.name(), Codes.write(u.kind()), Codes.write(u.level()),
            u.parentCode().orElse(""), u.validity().from().map(LocalDate::toString).orElse(""),
            u.validity().until().map(LocalDate::toString).orElse("")));
      }
    }
    output.flush();
  }

  private CsvGenerator generator(Writer output) throws IOException {
    CsvGenerator g = MAPPER.getFactory().createGenerator(output);
    g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    g.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\n"));
    return g;
  }

  private static void row(CsvGenerator g, List<String> cells) throws IOException {
    g.writeStartArray();
    for (String c : cells) {
      g.writeString(c);
    }
    g.writeEndArray();
  }

  @Override
  public String toString() {
    return "CsvFormat{" + catalogue.size() + " indicators, " + registry.size() + " units, "
        + numbers + ", separator '" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "'}";
  }
}
