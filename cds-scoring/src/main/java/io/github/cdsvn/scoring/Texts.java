package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes numbers, values, rates and dates for people: the Vietnamese way (decimal comma, dots
 * between thousands, dates as 31/12/2024) or the English way (decimal point, commas between
 * thousands, ISO dates). Thread-safe: no state.
 */
final class Texts {
  /** Vietnamese. */
  public static final Lang VI = Lang.VI;
  /** English. */
  public static final Lang EN = Lang.EN;

  /** The two languages of every label. */
  public enum Lang {
    /** Vietnamese. */
    VI,
    /** English. */
    EN;

    /** Picks this language's text of a label. */
    public String of(Label label) {
      return this == VI ? label.vi() : label.en();
    }
  }

  private Texts() {}

  /** Builds a label from a function of the language. */
  public static Label both(java.util.function.Function<Lang, String> text) {
    return Label.of(text.apply(VI), text.apply(EN));
  }

  /**
   * Writes a number rounded half up to at most {@code maxDecimals} decimals, without trailing
   * zeros, with the language's separators.
   */
  public static String number(double x, int maxDecimals, Lang lang) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    String whole;
    String fraction;
    boolean negative;
    String shortest = Double.toString(Math.abs(x));
    int dot = shortest.indexOf('.');
    if (shortest.indexOf('E') < 0 && dot > 0) {
      // the decimal digits BigDecimal.valueOf would round, rounded half up here without it
      char[] digits = (shortest.substring(0, dot) + shortest.substring(dot + 1)).toCharArray();
      int keep = Math.min(digits.length, dot + maxDecimals);
      boolean up = keep < digits.length && digits[keep] >= '5';
      char[] kept = java.util.Arrays.copyOf(digits, keep);
      int wholeDigits = dot;
      if (up) {
        int i = keep - 1;
        while (i >= 0 && kept[i] == '9') {
          kept[i--] = '0';
        }
        if (i >= 0) {
          kept[i]++;
        } else {
          char[] longer = new char[keep + 1];
          longer[0] = '1';
          System.arraycopy(kept, 0, longer, 1, keep);
          kept = longer;
          wholeDigits++;
        }
      }
      int end = kept.length;
      while (end > wholeDigits && kept[end - 1] == '0') {
        end--;
      }
      int start = 0;
      while (start < wholeDigits - 1 && kept[start] == '0') {
        start++;
      }
      whole = new String(kept, start, wholeDigits - start);
      fraction = new String(kept, wholeDigits, end - wholeDigits);
      if (whole.equals("0") && fraction.isEmpty()) {
        return "0";
      }
      negative = x < 0;
    } else {
      BigDecimal d = BigDecimal.valueOf(x).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
      if (d.signum() == 0) {
        return "0";
      }
      String plain = d.abs().toPlainString();
      int point = plain.indexOf('.');
      whole = point < 0 ? plain : plain.substring(0, point);
      fraction = point < 0 ? "" : plain.substring(point + 1);
      negative = d.signum() < 0;
    }
    char group = lang == VI ? '.' : ',';
    char decimal = lang == VI ? ',' : '.';
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > 3) {
        sb.append(group);
      }
      sb.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      sb.append(decimal).append(fraction);
    }
    return (negative ? "-" : "") + sb;
  }

  /** Writes a share of 1 as a percentage with at most one decimal: 0.8 is "80%". */
  public static String share(double fraction, Lang lang) {
    return number(fraction * 100, 1, lang) + "%";
  }

  /**
   * Writes an attainment in [0, 1] as a whole percentage; a value below 1 is never written as
   * 100%.
   */
  public static String attainment(double a, Lang lang) {
    long whole = BigDecimal.valueOf(a * 100).setScale(0, RoundingMode.HALF_UP).longValue();
    if (a < 1 && whole >= 100) {
      whole = 99;
    }
    return whole + "%";
  }

  /** Writes a compound rate (a fraction a year) as a percentage a year: "12,5%/năm", "12.5% a year". */
  public static String rate(double fraction, Lang lang) {
    return number(fraction * 100, 2, lang) + (lang == VI ? "%/năm" : "% a year");
  }

  /** Writes a straight-line change a year in the measure's unit. */
  public static String slope(Measure measure, double perYear, Lang lang) {
    String n = number(perYear, 2, lang);
    switch (measure.kind()) {
      case PERCENT:
        return n + (lang == VI ? " điểm phần trăm/năm" : " percentage points a year");
      case RANK:
        return n + (lang == VI ? " bậc/năm" : " places a year");
      case ORDINAL:
        return n + (lang == VI ? " nhóm/năm" : " groups a year");
      case AMOUNT:
        return n + " " + measure.unit() + (lang == VI ? "/năm" : " a year");
      case RATE_PER_YEAR:
        return n + (lang == VI ? " điểm phần trăm/năm" : " percentage points a year");
      default:
        return n + (lang == VI ? "/năm" : " a year");
    }
  }

  /** Writes a value in its measure's unit: "83%", "hạng 20" / "rank 20", "nhóm khá" / "group good". */
  public static String value(Measure measure, double x, Lang lang) {
    switch (measure.kind()) {
      case PERCENT:
        return number(x, 2, lang) + "%";
      case RATE_PER_YEAR:
        return number(x, 2, lang) + (lang == VI ? "%/năm" : "% a year");
      case COUNT:
        return number(x, 2, lang);
      case AMOUNT:
        return number(x, 2, lang) + " " + measure.unit();
      case RANK:
        return (lang == VI ? "hạng " : "rank ") + number(x, 2, lang);
      case INDEX:
        return number(x, measure.max() - measure.min() <= 10 ? 4 : 2, lang);
      case YES_NO:
        if (x >= 1) {
          return lang == VI ? "đã hoàn thành" : "done";
        }
        return x <= 0 ? (lang == VI ? "chưa hoàn thành" : "not done") : number(x, 2, lang);
      case ORDINAL:
        Optional<Measure.Category> c = x == Math.rint(x) ? measure.categoryAt((int) x) : Optional.empty();
        return c.map(cat -> (lang == VI ? "nhóm " : "group ") + lang.of(cat.label()))
            .orElseGet(() -> (lang == VI ? "vị trí " : "position ") + number(x, 2, lang));
      default:
        throw new AssertionError(measure.kind());
    }
  }

  /** Writes a date: 31/12/2024 in Vietnamese, 2024-12-31 in English. */
  public static String date(LocalDate date, Lang lang) {
    if (lang == EN) {
      return date.toString();
    }
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return new StringBuilder(10).append(day < 10 ? "0" : "").append(day).append('/').append(month < 10 ? "0" : "")
        .append(month).append('/').append(date.getYear()).toString();
  }

  /** Writes the span between two days: "2020–2024" where both end a year, else the two dates. */
  public static String span(LocalDate from, LocalDate to, Lang lang) {
    if (from.getMonthValue() == 12 && from.getDayOfMonth() == 31 && to.getMonthValue() == 12
        && to.getDayOfMonth() == 31) {
      return from.getYear() + "–" + to.getYear();
    }
    return date(from, lang) + "–" + date(to, lang);
  }

  /** Upper-cases the first letter. */
  public static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(s.substring(Character.charCount(first))).toString();
  }
}
