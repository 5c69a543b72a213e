package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.scoring.AttainmentInput;
import java.util.Objects;

/**
 * A case and another value for it: the two cases the monotonicity law compares
 * ({@link AttainmentRuleContract#checkMonotone(MonotonePair)}), as
 * {@link AttainmentCases#pairs(io.github.cdsvn.core.plan.Bound.Kind, long, int)} draws them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the case
 * @param otherValue another value, which makes a valid case of {@code input}
 */
public record MonotonePair(AttainmentInput input, double otherValue) {

  /**
   * Checks the pair.
   *
   * @param input the case
   * @param otherValue a value that {@link AttainmentInput#withValue(double)} accepts for the case
   * @throws InvalidValueException if the other value makes no valid case
   */
  public MonotonePair {
    Objects.requireNonNull(input, "MonotonePair.input");
    try {
      input.withValue(otherValue);
    } catch (IllegalArgumentException e) {
      InvalidValueException refused = new InvalidValueException("MonotonePair.otherValue", otherValue,
          "a value that makes a valid case of " + input + ": " + e.getMessage());
      refused.initCause(e);
      throw refused;
    }
  }

  /**
   * Returns the case at the other value.
   *
   * @return {@code input().withValue(otherValue())}
   */
  public AttainmentInput other() {
    return input.withValue(otherValue);
  }

  @Override
  public String toString() {
    return input + " and the value " + otherValue;
  }
}
