package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers in sentences: the digits are those of the shortest decimal of the double, rounded half
 * up to the decimals asked for, trailing zeros dropped, grouped by thousands.
 */
class TextsNumberTest {
  /** The rule, written with {@link BigDecimal}. */
  private static String reference(double x, int decimals, Texts.Lang lang) {
    BigDecimal d = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > 3) {
        sb.append(lang == Texts.VI ? '.' : ',');
      }
      sb.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      sb.append(lang == Texts.VI ? ',' : '.').append(fraction);
    }
    return (d.signum() < 0 ? "-" : "") + sb;
  }

  @Test
  void anyNumberIsWrittenAsTheRuleSays() {
    qt().withExamples(Examples.upTo(5000)).forAll(doubles().between(-2e7, 2e7), integers().between(0, 4)).checkAssert((x, n) -> {
      assertThat(Texts.number(x, n, Texts.VI)).isEqualTo(reference(x, n, Texts.VI));
      assertThat(Texts.number(x, n, Texts.EN)).isEqualTo(reference(x, n, Texts.EN));
    });
  }

  @Test
  void edgesOfRounding() {
    for (double x : List.of(0.0, -0.0, 0.005, -0.005, 0.0049, 9.995, 99.95, 999.5, 999_999.5, 1.005, 2.675,
        0.0001, 1e-5, -1e-5, 12_345_678.9, 1e22, 0.45, 0.5, -0.5, 99.99999, 100.0, 87.5, 1234.5678)) {
      for (int n = 0; n <= 4; n++) {
        assertThat(Texts.number(x, n, Texts.VI)).as("%s, %d", x, n).isEqualTo(reference(x, n, Texts.VI));
        assertThat(Texts.number(x, n, Texts.EN)).as("%s, %d", x, n).isEqualTo(reference(x, n, Texts.EN));
      }
    }
    assertThat(Texts.number(1234.5, 1, Texts.VI)).isEqualTo("1.234,5");
    assertThat(Texts.number(1234.5, 0, Texts.EN)).isEqualTo("1,235");
    assertThat(Texts.number(-0.004, 2, Texts.EN)).isEqualTo("0");
  }

  @Test
  void datesInVietnameseAreDayMonthYear() {
    assertThat(Texts.date(java.time.LocalDate.of(2025, 7, 1), Texts.VI)).isEqualTo("01/07/2025");
    assertThat(Texts.date(java.time.LocalDate.of(2024, 12, 31), Texts.VI)).isEqualTo("31/12/2024");
    assertThat(Texts.date(java.time.LocalDate.of(2024, 12, 31), Texts.EN)).isEqualTo("2024-12-31");
  }
}
