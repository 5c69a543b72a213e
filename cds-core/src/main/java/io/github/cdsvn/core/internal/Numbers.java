package io.github.cdsvn.core.internal;

import java.math.BigDecimal;

/** Writes numbers for people: Vietnamese with a decimal comma ({@code 12,5}), English with a point. */
public final class Numbers {
  private Numbers() {}

  /** Writes a number the English way, without trailing zeros: {@code 12.5}, {@code 3000}. */
  public static String en(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Writes a number the Vietnamese way, with a decimal comma: {@code 12,5}, {@code 3000}. */
  public static String vi(double value) {
    return en(value).replace('.', ',');
  }
}
