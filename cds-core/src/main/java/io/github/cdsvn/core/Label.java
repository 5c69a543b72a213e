package io.github.cdsvn.core;

import io.github.cdsvn.core.internal.Checks;

/**
 * A text shown to people, in Vietnamese and in English.
 *
 * <p>Both texts are required and must not be blank. Instances are immutable and thread-safe;
 * two labels are equal when both texts are equal.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record Label(String vi, String en) {

  /**
   * Validates both texts.
   *
   * @param vi the Vietnamese text, not blank
   * @param en the English text, not blank
   * @throws InvalidValueException if either text is blank
   */
  public Label {
    Checks.nonBlank("Label.vi", vi);
    Checks.nonBlank("Label.en", en);
  }

  /**
   * Obtains a label.
   *
   * @param vi the Vietnamese text, not blank
   * @param en the English text, not blank
   * @return the label
   * @throws InvalidValueException if either text is blank
   */
  public static Label of(String vi, String en) {
    return new Label(vi, en);
  }

  /**
   * Returns the text in the given language.
   *
   * @param language {@code "vi"} or {@code "en"}
   * @return the text in that language
   * @throws InvalidValueException if the language is neither
   */
  public String in(String language) {
    switch (language) {
      case "vi":
        return vi;
      case "en":
        return en;
      default:
        throw new InvalidValueException("Label.language", language, "valid values vi, en");
    }
  }

  @Override
  public String toString() {
    return vi + " / " + en;
  }
}
