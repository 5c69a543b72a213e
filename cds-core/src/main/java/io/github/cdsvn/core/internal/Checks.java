package io.github.cdsvn.core.internal;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the model's factories; every failure names the field and value. */
public final class Checks {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");

  private Checks() {}

  /** Refuses null, empty and whitespace-only text. */
  public static String nonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value;
  }

  /** Refuses NaN and the infinities. */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "must be a finite number");
    }
    return value;
  }

  /** Refuses non-finite and negative numbers. */
  public static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new InvalidValueException(field, value, "must not be negative");
    }
    return value;
  }

  /** Refuses non-finite numbers and numbers outside {@code [min, max]}. */
  public static double inRange(String field, double value, double min, double max, String what) {
    finite(field, value);
    if (value < min || value > max) {
      throw new InvalidValueException(field, value,
          what + ", valid values " + number(min) + " - " + number(max));
    }
    return value;
  }

  /** Refuses integers outside {@code [min, max]}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, value, "valid values " + min + " - " + max);
    }
    return value;
  }

  /** Refuses anything but a lower-case dotted code such as {@code gov.work-records.online}. */
  public static String code(String field, String value) {
    nonBlank(field, value);
    if (!CODE.matcher(value).matches()) {
      throw new InvalidValueException(field, value,
          "lower-case letters and digits in dot-separated parts, hyphens inside parts");
    }
    return value;
  }

  /** Refuses collections holding blank texts. */
  public static void noBlanks(String field, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      nonBlank(field + "[" + i++ + "]", value);
    }
  }

  /** Writes a number without a trailing {@code .0} when it is whole. */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
