package io.github.cdsvn.core;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.regex.Pattern;

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
 * <p>The static {@code require…} methods are the checks every factory and builder of cds uses:
 * each returns the value it accepts and throws this exception, naming the field, for one it
 * refuses. They are public so that the authors of attainment rules, aggregators and other
 * extensions refuse bad values in the same words.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A code of cds: lower-case letters and digits in dot-separated parts, hyphens inside parts. */
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");

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
      return number(((Number) value).doubleValue());
    }
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }

  /**
   * Writes a number as messages quote it: without a trailing {@code .0} when it is whole
   * ({@code 120}, {@code 0.5}, {@code 1.0E-7}).
   *
   * @param value the number
   * @return the text
   */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * Refuses text that is empty or only whitespace.
   *
   * @param field the field checked, for the message
   * @param value the text
   * @return the text
   * @throws NullPointerException if the text is {@code null}, with the field as its message
   * @throws InvalidValueException if the text is blank
   */
  public static String requireNonBlank(String field, String value) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Refuses a collection that holds blank text; each element is checked as
   * {@code field[i]}.
   *
   * @param field the field checked, for the message
   * @param values the texts
   * @throws NullPointerException if an element is {@code null}
   * @throws InvalidValueException if an element is blank
   */
  public static void requireNoBlanks(String field, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      requireNonBlank(field + "[" + i++ + "]", value);
    }
  }

  /**
   * Refuses NaN and the infinities.
   *
   * @param field the field checked, for the message
   * @param value the number
   * @return the number, as it was given ({@code -0.0} stays {@code -0.0})
   * @throws InvalidValueException if the number is not finite
   */
  public static double requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "must be a finite number");
    }
    return value;
  }

  /**
   * Refuses numbers that are not finite or are below 0.
   *
   * @param field the field checked, for the message
   * @param value the number
   * @return the number
   * @throws InvalidValueException if the number is not finite or is negative
   */
  public static double requireNonNegative(String field, double value) {
    requireFinite(field, value);
    if (value < 0) {
      throw new InvalidValueException(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * Refuses numbers that are not finite or lie outside {@code [min, max]}; the message says what
   * the field is and its range: {@code (percent, valid values 0 - 100)}.
   *
   * @param field the field checked, for the message
   * @param value the number
   * @param min the smallest valid value
   * @param max the largest valid value
   * @param what what the field holds, for the message
   * @return the number
   * @throws InvalidValueException if the number is not finite or out of range
   */
  public static double requireInRange(String field, double value, double min, double max, String what) {
    requireFinite(field, value);
    if (value < min || value > max) {
      throw new InvalidValueException(field, value, what + ", valid values " + number(min) + " - " + number(max));
    }
    return value;
  }

  /**
   * Refuses integers outside {@code [min, max]}.
   *
   * @param field the field checked, for the message
   * @param value the integer
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the integer
   * @throws InvalidValueException if the integer is out of range
   */
  public static int requireInRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, value, "valid values " + min + " - " + max);
    }
    return value;
  }

  /**
   * Refuses anything but a code of cds: lower-case letters and digits in dot-separated parts,
   * with hyphens inside parts ({@code gov.work-records.online}).
   *
   * @param field the field checked, for the message
   * @param value the code
   * @return the code
   * @throws NullPointerException if the code is {@code null}
   * @throws InvalidValueException if the code is blank or not of that form
   */
  public static String requireCode(String field, String value) {
    requireNonBlank(field, value);
    if (!CODE.matcher(value).matches()) {
      throw new InvalidValueException(field, value,
          "lower-case letters and digits in dot-separated parts, hyphens inside parts");
    }
    return value;
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
