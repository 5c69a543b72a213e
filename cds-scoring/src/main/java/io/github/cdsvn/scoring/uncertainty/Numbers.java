package io.github.cdsvn.scoring.uncertainty;

import java.math.BigDecimal;

/** Numbers written for people: at most four decimals, a decimal comma in Vietnamese. */
final class Numbers {
  private Numbers() {}

  static String en(double x) {
    return BigDecimal.valueOf(x).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  static String vi(double x) {
    return en(x).replace('.', ',');
  }
}
