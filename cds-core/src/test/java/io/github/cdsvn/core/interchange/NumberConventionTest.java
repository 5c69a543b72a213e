package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.testing.Examples;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers as Vietnamese texts write them, read only in a declared convention. */
class NumberConventionTest {
  private static final NumberConvention VI = NumberConvention.vietnamese();
  private static final NumberConvention STANDARD = NumberConvention.standard();

  @Test
  void readsTheDocumentedTable() {
    assertThat(VI.parse("12,5")).isEqualTo(12.5);
    assertThat(VI.parse("3.000")).isEqualTo(3000);
    assertThat(VI.parse("1.234.567,25")).isEqualTo(1234567.25);
    assertThat(VI.parse("3000")).isEqualTo(3000);
    assertThat(VI.parse("-0,5")).isEqualTo(-0.5);
    assertThat(STANDARD.parse("3.000")).isEqualTo(3.0);
    assertThat(STANDARD.parse("12.5")).isEqualTo(12.5);
    assertThat(NumberConvention.of('.', ',').parse("34,419,668")).isEqualTo(34_419_668);
    assertThat(NumberConvention.of(',', ' ').parse("1 234,5")).isEqualTo(1234.5);
  }

  @Test
  void refusesWhatDoesNotFit() {
    for (String bad : List.of("12.5", "1.23", "1234.567", "12,", ",5", "1.2345", "", "-", "+1", "1e5", " 1", "12,5,1")) {
      assertThatThrownBy(() -> VI.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("a number written with a decimal comma and '.' between thousands");
    }
    for (String bad : List.of("12,5", "3.000.000", "1,234")) {
      assertThatThrownBy(() -> STANDARD.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void refusesClashingSeparators() {
    assertThatThrownBy(() -> NumberConvention.of(',', ','))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must differ");
    assertThatThrownBy(() -> NumberConvention.of(';')).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void formatsEveryFiniteNumberSoThatItReadsBackExactly() {
    qt().withExamples(Examples.upTo(2000)).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(d -> {
      for (NumberConvention c : List.of(VI, STANDARD)) {
        assertThat(Double.doubleToRawLongBits(c.parse(c.format(d)))).isEqualTo(Double.doubleToRawLongBits(d));
      }
    });
  }

  @Test
  void aFileWithoutDeclarationIsReadInTheCallersConvention() throws Exception {
    String file = "#format=cds-observations;version=1;separator=semicolon\n"
        + "unit;indicator;period;value\n44;gov.work-records.online;2024;87,5\n";
    CsvFormat csv = CsvFormat.standard();
    assertThat(csv.withNumbers(VI).readObservations(new StringReader(file), "obs.csv").stream()
        .findFirst().orElseThrow().value()).isEqualTo(87.5);
    assertThatThrownBy(() -> csv.readObservations(new StringReader(file), "obs.csv"))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems().get(0).toString())
            .isEqualTo("obs.csv:line 3, column value: '87,5' is not a number written with a decimal point"
                + " and no thousands separator (set by the reader)"));
  }

  @Test
  void aFilesDeclarationWinsOverTheCallers() throws Exception {
    String file = "#format=cds-observations;version=1;decimal=point\n"
        + "unit,indicator,period,value\n44,gov.procedures.count,2024,3.000\n";
    assertThat(CsvFormat.standard().withNumbers(VI).readObservations(new StringReader(file), "obs.csv").stream()
        .findFirst().orElseThrow().value()).isEqualTo(3.0);
  }
}
