package io.github.cdsvn.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a factory, builder or loader of cds refuses a value.
 *
 * <p>The message names the field, says what is allowed and quotes the value, in the style of
 * {@code java.time}: {@code Invalid value for Target.bound.value (percent, valid values 0 - 100): 120}.
 * Numbers are written without a trailing {@code .0} when whole; text is quoted
 * ({@code 'gov..code'}).
 * The field and the value are also available to programs through {@link #field()} and
 * {@link #value()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field that was refused. */
  private final String field;
  /** The refused value, as text. */
  private final String value;

  /**
   * Creates an exception for one refused value.
   *
   * @param field the field that was refused, for example {@code Target.horizon}
   * @param value the refused value: a number (written without a trailing {@code .0} when whole),
   *     text (quoted in the message), or any other value ({@code String.valueOf} is taken of it)
   * @param rule what the field allows, for example {@code valid values 0 - 100}
   */
  public InvalidValueException(String field, Object value, String rule) {
    super("Invalid value for " + requireNonNull(field, "field") + " (" + requireNonNull(rule, "rule")
        + "): " + quote(value));
    this.field = field;
    this.value = value instanceof CharSequence ? value.toString() : quote(value);
  }

  private static String quote(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return io.github.cdsvn.core.internal.Checks.number(((Number) value).doubleValue());
    }
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }

  /**
   * Returns the name of the refused field.
   *
   * @return the field, never {@code null}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the refused value as text.
   *
   * @return the value, never {@code null}
   */
  public String value() {
    return value;
  }
}
