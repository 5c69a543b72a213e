package io.github.cdsvn.examples.report;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.scoring.TargetResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Writes the report's numbers for people: Vietnamese with a decimal comma, English with a point. */
final class Format {
  private Format() {}

  /** A number with at most {@code digits} decimals, without trailing zeros. */
  static String number(double x, int digits, boolean vi) {
    String s = BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
    if (s.equals("-0")) {
      s = "0";
    }
    return vi ? s.replace('.', ',') : s;
  }

  /** A value in its indicator's measure: "83,5%", "hạng 27", "có", "khá". */
  static String value(Measure m, double v, boolean vi) {
    switch (m.kind()) {
      case PERCENT:
        return number(v, 1, vi) + "%";
      case RATE_PER_YEAR:
        return number(v, 1, vi) + (vi ? "%/năm" : "% a year");
      case RANK:
        return (vi ? "hạng " : "rank ") + number(v, 0, vi);
      case YES_NO:
        return v >= 1 ? (vi ? "đã có" : "done") : (vi ? "chưa" : "not yet");
      case ORDINAL:
        return m.categoryAt((int) v).map(Measure.Category::label).map(l -> vi ? l.vi() : l.en())
            .orElse(number(v, 0, vi));
      case AMOUNT:
        return number(v, 1, vi) + " " + m.unit();
      default:
        return number(v, 1, vi);
    }
  }

  /** The value a result scored, or a dash. */
  static String value(TargetResult r, boolean vi) {
    OptionalDouble v = r.value();
    return v.isPresent() ? value(r.target().indicator().measure(), v.getAsDouble(), vi) : "—";
  }

  /** An attainment in [0, 1] as a percentage, or a dash. */
  static String attainment(OptionalDouble a, boolean vi) {
    return a.isPresent() ? number(100 * a.getAsDouble(), 0, vi) + "%" : "—";
  }

  /** A score on 0–100 with one decimal, or a dash. */
  static String score(OptionalDouble s, boolean vi) {
    return s.isPresent() ? number(s.getAsDouble(), 1, vi) : "—";
  }
}
