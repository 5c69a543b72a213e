package io.github.cdsvn.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A text shown to people, in Vietnamese and in English.
 *
 * <p>Both texts are required and must not be blank. Instances are immutable and thread-safe;
 * two labels are equal when both texts are equal, and {@code toString()} is
 * {@code "vi / en"}. {@link #number(double)} writes a number in both languages: Vietnamese with
 * a decimal comma ({@code 12,5}), English with a point.
 */
public sealed interface Label permits CoreRecords.Label {

  /**
   * Obtains a label.
   *
   * @param vi the Vietnamese text, not blank
   * @param en the English text, not blank
   * @return the label
   * @throws InvalidValueException if either text is blank
   */
  static Label of(String vi, String en) {
    return new CoreRecords.Label(vi, en);
  }

  /**
   * Writes a number in both languages, exactly and without trailing zeros or grouping:
   * {@code 12,5} / {@code 12.5}, {@code 3000} / {@code 3000}, {@code 0,00001} / {@code 0.00001}.
   *
   * @param value the number, finite
   * @return the number as a label
   * @throws InvalidValueException if the number is not finite
   */
  static Label number(double value) {
    InvalidValueException.requireFinite("Label.number", value);
    String en = value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return new CoreRecords.Label(en.replace('.', ','), en);
  }

  /**
   * Writes a number in both languages, rounded half to even to at most {@code maxDecimals}
   * decimals, without trailing zeros or grouping: {@code number(0.123456, 4)} is
   * {@code 0,1235} / {@code 0.1235}.
   *
   * @param value the number, finite
   * @param maxDecimals the most decimals written, from 0 to 15
   * @return the number as a label
   * @throws InvalidValueException if the number is not finite or the decimals out of range
   */
  static Label number(double value, int maxDecimals) {
    InvalidValueException.requireFinite("Label.number", value);
    InvalidValueException.requireInRange("Label.maxDecimals", maxDecimals, 0, 15);
    String en = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
    return new CoreRecords.Label(en.replace('.', ','), en);
  }

  /**
   * Returns the Vietnamese text.
   *
   * @return the text, not blank
   */
  String vi();

  /**
   * Returns the English text.
   *
   * @return the text, not blank
   */
  String en();

  /**
   * Returns the text in the given language.
   *
   * @param language {@code "vi"} or {@code "en"}
   * @return the text in that language
   * @throws InvalidValueException if the language is neither
   */
  default String in(String language) {
    switch (language) {
      case "vi":
        return vi();
      case "en":
        return en();
      default:
        throw new InvalidValueException("Label.language", language, "valid values vi, en");
    }
  }
}
