package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How numbers are written in a CSV file: the decimal separator and, optionally, the thousands
 * separator.
 *
 * <p>Vietnamese texts write {@code 12,5} for twelve and a half and {@code 3.000} for three
 * thousand; {@link #vietnamese()} reads them that way. {@link #standard()} reads {@code 12.5}
 * and no thousands separator. A convention is always declared, by the file's first line
 * ({@code decimal=comma;grouping=dot}) or by the caller, and never guessed: a number that does
 * not fit it is refused, never reinterpreted. With grouping, digits before the decimal
 * separator are either written without separators ({@code 3000}) or in groups of exactly three
 * ({@code 3.000}, {@code 1.234.567}); digits after it are never grouped.
 *
 * <p>Numbers are written without a thousands separator and without an exponent, with as many
 * digits as reading them back exactly needs. Immutable and thread-safe.
 */
public final class NumberConvention {
  private static final NumberConvention STANDARD = new NumberConvention('.', null);
  private static final NumberConvention VIETNAMESE = new NumberConvention(',', '.');

  private final char decimal;
  private final Character grouping;

  private NumberConvention(char decimal, Character grouping) {
    this.decimal = decimal;
    this.grouping = grouping;
  }

  /**
   * Decimal point, no thousands separator: {@code 12.5}, {@code 3000}.
   *
   * @return the standard convention
   */
  public static NumberConvention standard() {
    return STANDARD;
  }

  /**
   * Decimal comma, dot between thousands, as Vietnamese documents write numbers:
   * {@code 12,5}, {@code 3.000}, {@code 1.234,5}.
   *
   * @return the Vietnamese convention
   */
  public static NumberConvention vietnamese() {
    return VIETNAMESE;
  }

  /**
   * Obtains a convention without a thousands separator.
   *
   * @param decimal the decimal separator, {@code '.'} or {@code ','}
   * @return the convention
   * @throws InvalidValueException if the separator is not allowed
   */
  public static NumberConvention of(char decimal) {
    checkDecimal(decimal);
    return decimal == '.' ? STANDARD : new NumberConvention(decimal, null);
  }

  /**
   * Obtains a convention with a thousands separator.
   *
   * @param decimal the decimal separator, {@code '.'} or {@code ','}
   * @param grouping the thousands separator, {@code '.'}, {@code ','} or {@code ' '}, not the
   *     decimal separator
   * @return the convention
   * @throws InvalidValueException if a separator is not allowed or both are the same
   */
  public static NumberConvention of(char decimal, char grouping) {
    checkDecimal(decimal);
    if (grouping != '.' && grouping != ',' && grouping != ' ') {
      throw new InvalidValueException("NumberConvention.grouping", String.valueOf(grouping),
          "valid values '.', ',' and ' '");
    }
    if (grouping == decimal) {
      throw new InvalidValueException("NumberConvention.grouping", String.valueOf(grouping),
          "must differ from the decimal separator");
    }
    return new NumberConvention(decimal, grouping);
  }

  private static void checkDecimal(char decimal) {
    if (decimal != '.' && decimal != ',') {
      throw new InvalidValueException("NumberConvention.decimal", String.valueOf(decimal),
          "valid values '.' and ','");
    }
  }

  /**
   * Returns the decimal separator.
   *
   * @return {@code '.'} or {@code ','}
   */
  public char decimalSeparator() {
    return decimal;
  }

  /**
   * Returns the thousands separator.
   *
   * @return the separator, or empty if numbers are written without one
   */
  public Optional<Character> groupingSeparator() {
    return Optional.ofNullable(grouping);
  }

  /**
   * Reads a number written in this convention.
   *
   * @param text the number, such as {@code "1.234,5"} in the Vietnamese convention; an optional
   *     leading minus, digits, optionally the decimal separator and more digits
   * @return the number
   * @throws InvalidValueException if the text does not fit this convention
   */
  public double parse(String text) {
    Objects.requireNonNull(text, "text");
    String plain = normalise(text);
    if (plain == null) {
      throw new InvalidValueException("number", text, "a number written " + describe());
    }
    double value = Double.parseDouble(plain);
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("number", text, "a finite number");
    }
    return value;
  }

  /** Returns the number in Java syntax, or null if the text does not fit this convention. */
  private String normalise(String text) {
    int n = text.length();
    if (n == 0 || n > Limits.MAX_CSV_NUMBER_LENGTH) {
      return null;
    }
    StringBuilder sb = new StringBuilder(n);
    int i = 0;
    if (text.charAt(0) == '-') {
      sb.append('-');
      i = 1;
    }
    int digits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
        digits++;
        groupDigits++;
      } else if (grouping != null && c == grouping) {
        if (digits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3)) {
          return null;
        }
        grouped = true;
        groupDigits = 0;
      } else if (c == decimal) {
        break;
      } else {
        return null;
      }
    }
    if (digits == 0 || (grouped && groupDigits != 3)) {
      return null;
    }
    if (i < n) {
      sb.append('.');
      int fraction = 0;
      for (i++; i < n; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        sb.append(c);
        fraction++;
      }
      if (fraction == 0) {
        return null;
      }
    }
    return sb.toString();
  }

  /**
   * Writes a number in this convention, without a thousands separator or exponent, such that
   * {@link #parse(String)} reads back exactly the same {@code double}.
   *
   * @param value the number, finite
   * @return the text, such as {@code "12,5"} in the Vietnamese convention
   * @throws InvalidValueException if the number is not finite
   */
  public String format(double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("number", value, "a finite number");
    }
    String plain;
    if (value == 0) {
      plain = Double.doubleToRawLongBits(value) == 0 ? "0" : "-0";
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      plain = Long.toString((long) value);
    } else {
      plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    return decimal == '.' ? plain : plain.replace('.', decimal);
  }

  /**
   * Describes this convention for people.
   *
   * @return for example {@code "with a decimal comma and '.' between thousands"}
   */
  public String describe() {
    return "with a decimal " + (decimal == '.' ? "point" : "comma")
        + (grouping == null ? " and no thousands separator"
            : " and " + (grouping == ' ' ? "a space" : "'" + grouping + "'") + " between thousands");
  }

  /** The directive keyword of the decimal separator. */
  String decimalKeyword() {
    return decimal == '.' ? "point" : "comma";
  }

  /** The directive keyword of the grouping separator. */
  String groupingKeyword() {
    if (grouping == null) {
      return "none";
    }
    return grouping == '.' ? "dot" : grouping == ',' ? "comma" : "space";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberConvention c && c.decimal == decimal
        && Objects.equals(c.grouping, grouping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(decimal, grouping);
  }

  @Override
  public String toString() {
    return "NumberConvention{decimal=" + decimalKeyword() + ", grouping=" + groupingKeyword() + "}";
  }
}
