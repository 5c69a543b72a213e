package io.github.cdsvn.core.testing;

import io.github.cdsvn.core.indicator.Measure;

/**
 * The validity rules as the documentation states them, written out independently of the
 * model's own checks so that tests compare the two.
 */
public final class DocumentedRules {
  private DocumentedRules() {}

  /**
   * The valid values of each measure (see {@link Measure}): every value finite; percent 0–100;
   * count and amount 0 or more; rate per year above −100; rank a whole number from 1 (up to
   * {@link Integer#MAX_VALUE}, the measure's stated maximum); index within its closed range;
   * yes/no 0 or 1; ordinal a whole category position from 0 to the number of categories − 1.
   */
  public static boolean isValid(Measure measure, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return false;
    }
    switch (measure.kind()) {
      case PERCENT:
        return v >= 0 && v <= 100;
      case COUNT:
      case AMOUNT:
        return v >= 0;
      case RATE_PER_YEAR:
        return v > -100;
      case RANK:
        return v >= 1 && v <= Integer.MAX_VALUE && v == Math.floor(v);
      case INDEX:
        return v >= measure.min() && v <= measure.max();
      case YES_NO:
        return v == 0 || v == 1;
      case ORDINAL:
        return v >= 0 && v <= measure.categories().size() - 1 && v == Math.floor(v);
      default:
        throw new AssertionError(measure.kind());
    }
  }

  /**
   * A code as documented: lower-case letters and digits in dot-separated parts, hyphens only
   * inside parts (never leading, trailing or doubled).
   */
  public static boolean isCode(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (String part : text.split("\\.", -1)) {
      if (part.isEmpty() || part.startsWith("-") || part.endsWith("-") || part.contains("--")) {
        return false;
      }
      for (char c : part.toCharArray()) {
        if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }
}
