package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The records behind the small values of the scoring API that are made only by their factories
 * ({@link IndexScore.Component}, {@link Explanation.Input}): value equality, the record's text,
 * and no public constructor. Each checks its parts when made.
 */
final class ScoringRecords {
  private ScoringRecords() {}

  /** An index's component. */
  record Component(String key, Label name, double weight, OptionalDouble value, boolean applicable)
      implements IndexScore.Component {
    Component {
      InvalidValueException.requireNonBlank("Component.key", key);
      Objects.requireNonNull(name, "Component.name");
      if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Component.weight", weight,
            "a weight, finite and not negative; component " + key);
      }
      if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Component.value", value.getAsDouble(),
            "finite and not negative; component " + key);
      }
    }
  }

  /** A number that went into a formula. */
  record Input(String symbol, double value, Label meaning) implements Explanation.Input {
    Input {
      InvalidValueException.requireNonBlank("Input.symbol", symbol);
      if (!Double.isFinite(value)) {
        throw new InvalidValueException("Input.value", value, "must be a finite number; symbol " + symbol);
      }
      Objects.requireNonNull(meaning, "Input.meaning");
    }

    @Override
    public String toString() {
      return symbol + " = " + value;
    }
  }
}
