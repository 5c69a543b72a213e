package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.Label;

/**
 * One category of an ordinal scale, such as "khá" (good) in the groups that rank provinces on
 * cybersecurity.
 *
 * <p>Two categories are equal when code and label are. Immutable and thread-safe.
 */
public sealed interface OrdinalCategory permits IndicatorRecords.OrdinalCategory {

  /**
   * Obtains a category.
   *
   * @param code a lower-case code that identifies the category on its scale, for example
   *     {@code "trung-binh-kha"}
   * @param vi the Vietnamese name, for example {@code "trung bình khá"}
   * @param en the English name, for example {@code "fair"}
   * @return the category
   * @throws io.github.cdsvn.core.InvalidValueException if the code is malformed or a name blank
   */
  static OrdinalCategory of(String code, String vi, String en) {
    return new IndicatorRecords.OrdinalCategory(code, Label.of(vi, en));
  }

  /**
   * Returns the code that identifies the category on its scale.
   *
   * @return the code, for example {@code "kha"}
   */
  String code();

  /**
   * Returns the Vietnamese and English name.
   *
   * @return the name
   */
  Label label();
}
