package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first two lines of a CSV file: the declaration of format, version, separator and numbers,
 * each of its problems reported with the line, and the header naming the columns. Also the
 * readers that take a path, and the writers flushing what they write.
 */
class CsvDeclarationTest {
  private static final CsvFormat CSV = CsvFormat.standard();
  private static final String HEADER = "unit,indicator,period,value\n";
  private static final String ROW = "44,gov.work-records.online,2024,87.5\n";
  private static final String EXPECTED = "#format=cds-observations;version=1";

  private static List<String> problems(String text) {
    return problems(() -> CSV.readObservations(new StringReader(text), "obs.csv"));
  }

  private static List<String> problems(Read read) {
    Object[] thrown = new Object[1];
    assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidDataException.class, e -> thrown[0] = e);
    return ((InvalidDataException) thrown[0]).problems().stream().map(InvalidDataException.Problem::toString).toList();
  }

  private interface Read {
    void run() throws IOException;
  }

  private static double value(String declaration, String header, String row) throws IOException {
    ObservationSet set = CSV.readObservations(new StringReader(declaration + "\n" + header + row), "obs.csv");
    assertThat(set.size()).isEqualTo(1);
    return set.stream().findFirst().orElseThrow().value();
  }

  @Test
  void theFormatAndTheVersionAreRequired() {
    assertThat(problems("#version=1\n" + HEADER + ROW)).containsExactly(
        "obs.csv:line 1: the format declaration has no format; expected " + EXPECTED);
    assertThat(problems("#format=cds-observations\n" + HEADER + ROW)).containsExactly(
        "obs.csv:line 1: the format declaration has no version; expected " + EXPECTED);
    assertThat(problems("#format=cds-unit-list;version=1\n" + HEADER + ROW)).containsExactly(
        "obs.csv:line 1: format is 'cds-unit-list'; expected 'cds-observations'");
    assertThat(problems("#\n" + HEADER + ROW)).containsExactly(
        "obs.csv:line 1: '' is not key=value in the format declaration",
        "obs.csv:line 1: the format declaration has no format; expected " + EXPECTED,
        "obs.csv:line 1: the format declaration has no version; expected " + EXPECTED);
  }

  @Test
  void everyProblemOfTheDeclarationIsReportedAtOnce() {
    assertThat(problems("#format=cds-observations;version=1;separator=pipe;decimal=dot;grouping=tab;version=1;x\n"
        + HEADER + ROW)).containsExactly(
        "obs.csv:line 1: key 'version' is declared twice",
        "obs.csv:line 1: 'x' is not key=value in the format declaration",
        "obs.csv:line 1: separator 'pipe' is not one of comma, semicolon, tab",
        "obs.csv:line 1: decimal 'dot' is not one of point, comma",
        "obs.csv:line 1: grouping 'tab' is not one of none, dot, comma, space");
    assertThat(problems("#format=cds-observations;version=1;decimal=comma;grouping=comma\n" + HEADER + ROW))
        .containsExactly("obs.csv:line 1: decimal comma and grouping comma are the same separator");
  }

  @Test
  void aUnitListDeclaresNoNumbers() {
    String text = "#format=cds-unit-list;version=1;decimal=point\ncode,name,kind,level\n";
    assertThat(problems(() -> CSV.readUnitList(new StringReader(text), "units.csv"))).containsExactly(
        "units.csv:line 1: unknown key 'decimal' in the format declaration; known keys: format, version, separator");
  }

  @Test
  void aProblemOfAUnitListIsReportedOnceWhereTheOtherUnitsMakeARegistry() {
    String text = "#format=cds-unit-list;version=1\ncode,name,kind,level,valid_from\n"
        + "44,Quảng Bình,province,province,\n45,Quảng Trị,province,province,1 July 2025\n";
    assertThat(problems(() -> CSV.readUnitList(new StringReader(text), "units.csv"))).containsExactly(
        "units.csv:line 4, column valid_from: '1 July 2025' is not a date written yyyy-mm-dd");
  }

  @Test
  void keysAreReadWhateverTheirCaseAndTheSpacesAround() throws IOException {
    assertThat(value(" # FORMAT = cds-observations ; Version=1 ; SEPARATOR= semicolon ", "unit;indicator;period;value\n",
        "44;gov.work-records.online;2024;87.5\n")).isEqualTo(87.5);
  }

  @Test
  void theDeclaredNumbersAreUsedAndOneKeyImpliesTheOther() throws IOException {
    // decimal comma declared, grouping none implied
    assertThat(value(EXPECTED + ";separator=tab;decimal=comma", "unit\tindicator\tperiod\tvalue\n",
        "44\tgov.work-records.online\t2024\t87,5\n")).isEqualTo(87.5);
    // grouping declared, decimal point implied
    assertThat(value(EXPECTED + ";grouping=space", HEADER, "44,econ.digital-enterprises.count,2024,1 250.5\n"))
        .isEqualTo(1250.5);
    assertThat(value(EXPECTED + ";separator=semicolon;decimal=comma;grouping=dot", "unit;indicator;period;value\n",
        "44;econ.digital-enterprises.count;2024;1.250,5\n")).isEqualTo(1250.5);
    assertThat(value(EXPECTED + ";decimal=point;grouping=comma", HEADER,
        "44,econ.digital-enterprises.count,2024,\"1,250.5\"\n")).isEqualTo(1250.5);
    // a number the declared convention does not allow names the declaration
    assertThat(problems(EXPECTED + ";decimal=comma\n" + HEADER + ROW)).containsExactly(
        "obs.csv:line 3, column value: '87.5' is not a number written with a decimal comma"
            + " and no thousands separator (declared on line 1)");
    // without a declaration the reader's convention is used
    assertThat(problems(EXPECTED + "\n" + HEADER + "44,gov.work-records.online,2024,\"87,5\"\n")).containsExactly(
        "obs.csv:line 3, column value: '87,5' is not a number written with a decimal point"
            + " and no thousands separator (set by the reader)");
  }

  @Test
  void theFirstLineHasALimitOfAThousandCharacters() throws IOException {
    String padded = EXPECTED + " ".repeat(Limits.MAX_DIRECTIVE_LENGTH - EXPECTED.length());
    assertThat(padded).hasSize(1000);
    assertThat(value(padded, HEADER, ROW)).isEqualTo(87.5);
    assertThat(problems(padded + " \n" + HEADER + ROW)).containsExactly(
        "obs.csv:line 1: the first line is longer than 1000 characters; expected " + EXPECTED);
  }

  @Test
  void theHeaderNamesKnownColumnsOnceAndEveryRequiredOne() {
    assertThat(problems(EXPECTED + "\nunit,indicator,period,value,colour,unit\n")).containsExactly(
        "obs.csv:line 2: unknown column 'colour'; the columns of cds-observations are"
            + " unit,indicator,period,measured_level,value,numerator,denominator,status,source",
        "obs.csv:line 2: column 'unit' appears twice");
    assertThat(problems(EXPECTED + "\nunit,period\n")).containsExactly(
        "obs.csv:line 2: missing required column 'indicator'",
        "obs.csv:line 2: missing required column 'value'");
    assertThat(problems(EXPECTED + "\n")).containsExactly(
        "obs.csv:line 2: missing header line: unit,indicator,period,measured_level,value,numerator,denominator,status,source");
  }

  @Test
  void aRowOfAnotherWidthIsAProblemWithAHintForDecimalCommas() {
    assertThat(problems(EXPECTED + "\n" + HEADER + "44,gov.work-records.online,2024\n")).containsExactly(
        "obs.csv:line 3: the row has 3 cells, the header 4");
    assertThat(problems(EXPECTED + ";decimal=comma\n" + HEADER + "44,gov.work-records.online,2024,87,5\n"))
        .containsExactly("obs.csv:line 3: the row has 5 cells, the header 4; a number with a decimal comma"
            + " must be quoted (\"12,5\") when cells are separated by commas");
  }

  @Test
  void theSeparatorOfAFormatIsACommaASemicolonOrATab() {
    assertThat(CSV.separator()).isEqualTo(',');
    assertThat(CSV.withSeparator(';').separator()).isEqualTo(';');
    assertThat(CSV.withSeparator('\t').separator()).isEqualTo('\t');
    assertThatThrownBy(() -> CSV.withSeparator('|')).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo("CsvFormat.separator");
      assertThat(e.getMessage()).isEqualTo("Invalid value for CsvFormat.separator (valid values ',', ';' and tab): '|'");
    });
    assertThat(CSV.withSeparator('\t').withNumbers(NumberConvention.vietnamese()).toString()).endsWith(
        NumberConvention.vietnamese() + ", separator '\\t'}");
    assertThat(CSV.toString()).endsWith(NumberConvention.standard() + ", separator ','}");
  }

  @Test
  void filesAreReadByPathAndProblemsLocatedByIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("obs.csv");
    Files.writeString(file, EXPECTED + "\n" + HEADER + ROW + "44,gov.work-records.online,2023,82.5\n",
        StandardCharsets.UTF_8);
    ObservationSet set = CSV.readObservations(file);
    assertThat(set.stream().map(Observation::value)).containsExactly(82.5, 87.5);
    assertThat(CSV.validateObservations(file)).isEqualTo(2);
    List<Observation> handed = new ArrayList<>();
    assertThat(CSV.forEachObservation(file, handed::add)).isEqualTo(2);
    assertThat(handed).extracting(Observation::value).containsExactly(87.5, 82.5);

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, EXPECTED + "\n" + HEADER + ROW + "44,gov.work-records.online,2023,x\n",
        StandardCharsets.UTF_8);
    handed.clear();
    String problem = bad + ":line 4, column value: 'x' is not a number written with a decimal point"
        + " and no thousands separator (set by the reader)";
    assertThat(problems(() -> CSV.forEachObservation(bad, handed::add))).containsExactly(problem);
    assertThat(handed).isEmpty();
    assertThat(problems(() -> CSV.validateObservations(bad))).containsExactly(problem);

    Path units = dir.resolve("units.csv");
    Files.writeString(units, "#format=cds-unit-list;version=1\ncode,name,kind,level\n44,Quảng Bình,province,province\n",
        StandardCharsets.UTF_8);
    UnitRegistry registry = CSV.readUnitList(units);
    assertThat(registry.units()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("Quảng Bình"));
  }

  @Test
  void writersFlushWhatTheyWrite() throws IOException {
    StringWriter target = new StringWriter();
    StringBuilder flushed = new StringBuilder();
    Writer buffered = new Writer() {
      private final StringBuilder pending = new StringBuilder();

      @Override
      public void write(char[] cbuf, int off, int len) {
        pending.append(cbuf, off, len);
      }

      @Override
      public void flush() {
        flushed.append(pending);
        pending.setLength(0);
      }

      @Override
      public void close() {}
    };
    CSV.writeObservations(Fixtures.observations(), target);
    CSV.writeObservations(Fixtures.observations(), buffered);
    assertThat(flushed.toString()).isEqualTo(target.toString()).startsWith(EXPECTED);

    StringWriter unitTarget = new StringWriter();
    flushed.setLength(0);
    CSV.writeUnitList(Fixtures.registry(), unitTarget);
    CSV.writeUnitList(Fixtures.registry(), buffered);
    assertThat(flushed.toString()).isEqualTo(unitTarget.toString()).startsWith("#format=cds-unit-list;version=1");
  }
}
