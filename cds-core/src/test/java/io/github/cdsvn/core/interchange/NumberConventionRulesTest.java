package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of a number convention at their edges: groups of exactly three digits, digits on
 * both sides of the decimal separator, the length limit of a CSV number, the separators allowed,
 * and how each convention is named in a file and described to people.
 */
class NumberConventionRulesTest {
  private static final NumberConvention VI = NumberConvention.vietnamese();
  private static final NumberConvention STANDARD = NumberConvention.standard();
  private static final NumberConvention SPACED = NumberConvention.of(',', ' ');
  private static final NumberConvention ENGLISH = NumberConvention.of('.', ',');

  private static void refused(NumberConvention c, String text) {
    assertThatThrownBy(() -> c.parse(text)).as(text).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo("number");
      assertThat(e.getMessage()).isEqualTo("Invalid value for number (a number written " + c.describe() + "): '"
          + text + "'");
    });
  }

  @Test
  void groupsHaveExactlyThreeDigitsAfterALeadingGroupOfOneToThree() {
    assertThat(VI.parse("1.234.567")).isEqualTo(1_234_567);
    assertThat(VI.parse("123.456")).isEqualTo(123_456);
    assertThat(VI.parse("-12.345,5")).isEqualTo(-12_345.5);
    refused(VI, ".234"); // a separator before any digit
    refused(VI, "-.234");
    refused(VI, "1.23.456"); // a middle group of two
    refused(VI, "1.2345.678"); // a middle group of four
    refused(VI, "1234.567"); // a leading group of four
    refused(VI, "1.23"); // a last group of two
    refused(VI, "1.234.5678"); // a last group of four
    refused(VI, "1..234");
    refused(ENGLISH, "1,23,456");
    assertThat(ENGLISH.parse("1,234.5")).isEqualTo(1234.5);
  }

  @Test
  void aFractionHasDigitsOnlyAndAtLeastOne() {
    assertThat(VI.parse("0,125")).isEqualTo(0.125);
    assertThat(VI.parse("1,0")).isEqualTo(1.0);
    refused(VI, "1,");
    refused(VI, "1,5a");
    refused(VI, "1,5/"); // the character before '0'
    refused(VI, "1,5:"); // the character after '9'
    refused(VI, "1,/");
    refused(VI, "1,5.000"); // digits after the decimal separator are never grouped
    refused(STANDARD, "1.5.0");
    refused(STANDARD, "1/5");
    refused(STANDARD, "1:5");
  }

  @Test
  void aNumberHasAtMostFourHundredCharacters() {
    String longest = "0".repeat(399) + "7";
    assertThat(longest).hasSize(Limits.MAX_CSV_NUMBER_LENGTH);
    assertThat(STANDARD.parse(longest)).isEqualTo(7);
    assertThat(STANDARD.parse("-" + "0".repeat(398) + "7")).isEqualTo(-7);
    refused(STANDARD, "0" + longest);
    refused(STANDARD, "");
  }

  @Test
  void aNumberTooLargeForADoubleIsRefused() {
    String huge = "1" + "0".repeat(309);
    assertThatThrownBy(() -> STANDARD.parse(huge)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.getMessage()).isEqualTo("Invalid value for number (a finite number): '" + huge + "'"));
    assertThat(STANDARD.parse("1" + "0".repeat(308))).isEqualTo(1e308);
  }

  @Test
  void numbersAreWrittenWithoutGroupingOrExponentAndKeepTheSignOfZero() {
    assertThat(STANDARD.format(0.0)).isEqualTo("0");
    assertThat(STANDARD.format(-0.0)).isEqualTo("-0");
    assertThat(Double.doubleToRawLongBits(VI.parse(VI.format(-0.0)))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(STANDARD.format(3000)).isEqualTo("3000");
    assertThat(VI.format(-1234.5)).isEqualTo("-1234,5");
    assertThat(STANDARD.format(1e15)).isEqualTo("1000000000000000");
    assertThat(STANDARD.format(1e20)).isEqualTo("100000000000000000000");
    assertThat(STANDARD.format(-1e20)).isEqualTo("-100000000000000000000");
    assertThat(STANDARD.format(1e-7)).isEqualTo("0.0000001");
    assertThatThrownBy(() -> STANDARD.format(Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for number (a finite number): NaN");
  }

  @Test
  void onlyADotOrACommaSeparateDecimalsAndOnlyADotACommaOrASpaceSeparateThousands() {
    assertThat(ENGLISH.groupingSeparator()).contains(',');
    assertThat(ENGLISH.decimalSeparator()).isEqualTo('.');
    assertThat(VI.decimalSeparator()).isEqualTo(',');
    assertThat(VI.groupingSeparator()).contains('.');
    assertThat(STANDARD.groupingSeparator()).isEmpty();
    assertThat(SPACED.parse("1 234 567,5")).isEqualTo(1_234_567.5);
    for (char g : List.of('_', '\'', ';')) {
      assertThatThrownBy(() -> NumberConvention.of(',', g))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("NumberConvention.grouping");
            assertThat(e.getMessage()).isEqualTo(
                "Invalid value for NumberConvention.grouping (valid values '.', ',' and ' '): '" + g + "'");
          });
    }
    assertThatThrownBy(() -> NumberConvention.of('.', '.'))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
            "Invalid value for NumberConvention.grouping (must differ from the decimal separator): '.'"));
    assertThatThrownBy(() -> NumberConvention.of(' '))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
            "Invalid value for NumberConvention.decimal (valid values '.' and ','): ' '"));
  }

  @Test
  void conventionsAreEqualWhenTheirSeparatorsAre() {
    assertThat(NumberConvention.of(',', '.')).isEqualTo(VI);
    assertThat(NumberConvention.of('.')).isEqualTo(STANDARD);
    assertThat(NumberConvention.of(',')).isNotEqualTo(VI).isNotEqualTo(STANDARD);
    assertThat(SPACED).isNotEqualTo(VI).isNotEqualTo(NumberConvention.of(','));
    assertThat(ENGLISH).isNotEqualTo(STANDARD);
    assertThat(VI).isNotEqualTo("decimal comma");
  }

  @Test
  void eachConventionIsDescribedAndNamedInTheFirstLineOfAFile() throws IOException {
    assertThat(VI.describe()).isEqualTo("with a decimal comma and '.' between thousands");
    assertThat(SPACED.describe()).isEqualTo("with a decimal comma and a space between thousands");
    assertThat(ENGLISH.describe()).isEqualTo("with a decimal point and ',' between thousands");
    assertThat(STANDARD.describe()).isEqualTo("with a decimal point and no thousands separator");
    assertThat(VI.toString()).isEqualTo("NumberConvention{decimal=comma, grouping=dot}");
    assertThat(SPACED.toString()).isEqualTo("NumberConvention{decimal=comma, grouping=space}");
    assertThat(ENGLISH.toString()).isEqualTo("NumberConvention{decimal=point, grouping=comma}");
    assertThat(STANDARD.toString()).isEqualTo("NumberConvention{decimal=point, grouping=none}");
    Map<NumberConvention, String> declared = Map.of(VI, "decimal=comma;grouping=dot",
        SPACED, "decimal=comma;grouping=space", ENGLISH, "decimal=point;grouping=comma",
        STANDARD, "decimal=point;grouping=none");
    for (Map.Entry<NumberConvention, String> e : declared.entrySet()) {
      StringWriter w = new StringWriter();
      CsvFormat.standard().withSeparator(';').withNumbers(e.getKey()).writeObservations(Fixtures.observations(), w);
      assertThat(w.toString().lines().findFirst().orElseThrow())
          .isEqualTo("#format=cds-observations;version=1;separator=semicolon;" + e.getValue());
    }
  }
}
