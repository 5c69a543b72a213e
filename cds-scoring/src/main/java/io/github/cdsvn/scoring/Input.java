package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One number that went into a formula, with the symbol the formula gives it and what it means:
 * {@code v = 83} ("giá trị" / "value"), {@code t = 95}, {@code R = 0.72}.
 *
 * <p>Explanations list their inputs in a stable order, the order of the formula. Obtained from
 * {@link #of(String, double, Label)}; immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Input {

  Input() {}

  /**
   * Obtains an input.
   *
   * @param symbol the symbol in the formula, such as {@code v}, {@code t}, {@code b},
   *     {@code CAGR_observed}; not blank
   * @param value the number, finite
   * @param meaning what the number is, in Vietnamese and English
   * @return the input
   * @throws InvalidValueException if the symbol is blank or the value not finite
   */
  public static Input of(String symbol, double value, Label meaning) {
    return ImmutableInput.of(symbol, value, meaning);
  }

  /**
   * Obtains an input.
   *
   * @param symbol the symbol, not blank
   * @param value the number, finite
   * @param vi what it is, in Vietnamese
   * @param en what it is, in English
   * @return the input
   * @throws InvalidValueException if the symbol is blank or the value not finite
   */
  public static Input of(String symbol, double value, String vi, String en) {
    return of(symbol, value, Label.of(vi, en));
  }

  /**
   * Returns the symbol in the formula.
   *
   * @return the symbol, such as {@code v}
   */
  @Value.Parameter
  public abstract String symbol();

  /**
   * Returns the number.
   *
   * @return the number, finite
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Returns what the number is.
   *
   * @return its meaning, in Vietnamese and English
   */
  @Value.Parameter
  public abstract Label meaning();

  @Value.Check
  void check() {
    InvalidValueException.requireNonBlank("Input.symbol", symbol());
    if (!Double.isFinite(value())) {
      throw new InvalidValueException("Input.value", value(), "must be a finite number; symbol " + symbol());
    }
  }

  @Override
  public String toString() {
    return symbol() + " = " + value();
  }
}
