package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.Checks;
import java.util.Objects;

/**
 * One category of an ordinal scale, such as "khá" (good) in the groups that rank provinces on
 * cybersecurity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code that identifies the category on its scale, for example {@code "kha"}
 * @param label the Vietnamese and English name
 */
public record OrdinalCategory(String code, Label label) {

  /**
   * Validates the category.
   *
   * @param code a lower-case code
   * @param label the name
   * @throws io.github.cdsvn.core.InvalidValueException if the code is malformed
   */
  public OrdinalCategory {
    Checks.code("OrdinalCategory.code", code);
    Objects.requireNonNull(label, "OrdinalCategory.label");
  }

  /**
   * Obtains a category.
   *
   * @param code a lower-case code, for example {@code "trung-binh-kha"}
   * @param vi the Vietnamese name, for example {@code "trung bình khá"}
   * @param en the English name, for example {@code "fair"}
   * @return the category
   */
  public static OrdinalCategory of(String code, String vi, String en) {
    return new OrdinalCategory(code, Label.of(vi, en));
  }
}
