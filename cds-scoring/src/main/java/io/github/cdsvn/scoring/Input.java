package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;

/**
 * One number that went into a formula, with the symbol the formula gives it and what it means:
 * {@code v = 83} ("giá trị" / "value"), {@code t = 95}, {@code R = 0.72}.
 *
 * <p>Explanations list their inputs in a stable order, the order of the formula. Immutable and
 * thread-safe.
 *
 * @param symbol the symbol in the formula, such as {@code v}, {@code t}, {@code b},
 *     {@code CAGR_observed}
 * @param value the number, finite
 * @param meaning what the number is, in Vietnamese and English
 */
public record Input(String symbol, double value, Label meaning) {

  /**
   * Validates the input.
   *
   * @param symbol not blank
   * @param value finite
   * @param meaning not null
   * @throws InvalidValueException if the symbol is blank or the value not finite
   */
  public Input {
    Objects.requireNonNull(symbol, "Input.symbol");
    if (symbol.isBlank()) {
      throw new InvalidValueException("Input.symbol", symbol, "must not be blank");
    }
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("Input.value", value, "must be a finite number; symbol " + symbol);
    }
    Objects.requireNonNull(meaning, "Input.meaning");
  }

  /**
   * Obtains an input.
   *
   * @param symbol the symbol
   * @param value the number, finite
   * @param vi what it is, in Vietnamese
   * @param en what it is, in English
   * @return the input
   */
  public static Input of(String symbol, double value, String vi, String en) {
    return new Input(symbol, value, Label.of(vi, en));
  }

  @Override
  public String toString() {
    return symbol + " = " + value;
  }
}
