package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Argument checks and number formatting shared by normalisation, ranking, roll-up and plan
 * comparison; every refusal names the field and the value.
 */
final class UnitArgs {
  private UnitArgs() {}

  /**
   * Refuses null, empty and whitespace-only text.
   *
   * @param field the field, for the message
   * @param value the text
   * @return the text
   */
  public static String nonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Refuses NaN and the infinities.
   *
   * @param field the field, for the message
   * @param value the number
   * @return the number, with {@code -0.0} read as {@code 0.0}
   */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "must be a finite number");
    }
    return value + 0.0;
  }

  /**
   * Writes a number the English way, without trailing zeros: {@code 12.5}, {@code 3000}.
   *
   * @param value a finite number
   * @return the text
   */
  public static String en(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Writes a number the Vietnamese way, with a decimal comma: {@code 12,5}, {@code 3000}.
   *
   * @param value a finite number
   * @return the text
   */
  public static String vi(double value) {
    return en(value).replace('.', ',');
  }
}
