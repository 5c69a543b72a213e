package io.github.cdsvn.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cdsvn.core.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the model's tests: the value-type contract and the refusal contract. */
public final class ValueAssertions {
  private ValueAssertions() {}

  /**
   * Asserts that two separately built values are equal in every sense a value type promises:
   * {@code equals} reflexive and symmetric, equal hash codes, equal {@code toString}, and never
   * equal to {@code null} or to an object of another type.
   */
  public static void assertEqualValues(Object x, Object copy) {
    assertThat(copy).isNotSameAs(x);
    assertThat(x.equals(x)).as("reflexive: %s", x).isTrue();
    assertThat(x.equals(copy)).as("x.equals(copy): %s vs %s", x, copy).isTrue();
    assertThat(copy.equals(x)).as("copy.equals(x): %s vs %s", copy, x).isTrue();
    assertThat(copy.hashCode()).as("hash codes of %s", x).isEqualTo(x.hashCode());
    assertThat(copy.toString()).isEqualTo(x.toString());
    assertThat(x.equals(null)).isFalse();
    assertThat(x.equals(new Object())).isFalse();
  }

  /** Asserts that two values are not equal, in both directions. */
  public static void assertDifferentValues(Object x, Object y) {
    assertThat(x.equals(y)).as("%s must not equal %s", x, y).isFalse();
    assertThat(y.equals(x)).as("%s must not equal %s", y, x).isFalse();
  }

  /**
   * Asserts that a call throws {@link InvalidValueException} for a field, whose message follows
   * the documented form {@code Invalid value for FIELD (RULE): VALUE} and quotes the value.
   *
   * @param call the refused call
   * @param field the field the exception must name
   * @param value the refused value: a number is matched by what it denotes ({@code 120} and
   *     {@code 120.0} both denote 120), anything else by its text
   * @return the exception, for further checks
   */
  public static InvalidValueException assertRefused(ThrowingCallable call, String field, Object value) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("refusal of %s = %s", field, value).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith("Invalid value for " + field + " (").contains(e.value());
    assertThat(e.getMessage()).as("message ends with the value")
        .matches(m -> m.endsWith(": " + e.value()) || m.endsWith(": '" + e.value() + "'"));
    if (value instanceof Double d) {
      assertThat(denotes(e.value(), d)).as("value text '%s' denotes %s", e.value(), d).isTrue();
    } else {
      assertThat(e.value()).isEqualTo(String.valueOf(value));
    }
    return e;
  }

  /**
   * Tells whether a text denotes a number: {@code "120"} and {@code "120.0"} denote 120,
   * {@code "NaN"} denotes NaN, {@code "0"} denotes both zeros.
   */
  public static boolean denotes(String text, double value) {
    double parsed;
    try {
      parsed = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return false;
    }
    return Double.isNaN(value) ? Double.isNaN(parsed) : parsed == value;
  }
}
