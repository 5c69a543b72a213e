package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/** Enum constants as the formats write them: lower-case names, such as {@code at_least}. */
final class Codes {
  private Codes() {}

  static String write(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Reads a constant by its written name, ignoring case; {@code what} names the field. */
  static <E extends Enum<E>> E read(Class<E> type, String what, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text.strip())) {
        return e;
      }
    }
    throw new InvalidValueException(what, text, "valid values " + String.join(", ",
        Arrays.stream(type.getEnumConstants()).map(Codes::write).toList()));
  }
}
