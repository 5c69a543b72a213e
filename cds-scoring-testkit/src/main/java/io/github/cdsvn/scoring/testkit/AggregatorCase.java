package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A case of the aggregator contract, as {@link AggregatorCases} draws it: values and their
 * weights, with one of the values picked for the laws about one value — the one raised for
 * {@link AggregatorContract#checkMonotone monotonicity}, and the one left without data for
 * {@link AggregatorContract#checkMissingNeverCountsAsZero missing data}.
 *
 * <pre>{@code
 * contract.check(c.values(), c.weights());
 * contract.checkMonotone(c.values(), c.weights(), c.position(), c.raised());
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 */
public final class AggregatorCase {
  private final double[] values;
  private final double[] weights;
  private final int position;
  private final double raised;

  private AggregatorCase(double[] values, double[] weights, int position, double raised) {
    this.values = values;
    this.weights = weights;
    this.position = position;
    this.raised = raised;
  }

  /** A case, checked as the contract checks one. */
  static AggregatorCase of(double[] values, double[] weights, int position, double raised) {
    Objects.requireNonNull(values, "AggregatorCase.values");
    Objects.requireNonNull(weights, "AggregatorCase.weights");
    InvalidValueException.requireInRange("AggregatorCase.values.length", values.length, 1, Integer.MAX_VALUE);
    InvalidValueException.requireInRange("AggregatorCase.weights.length", weights.length, values.length,
        values.length);
    for (int i = 0; i < values.length; i++) {
      InvalidValueException.requireNonNegative("AggregatorCase.values[" + i + "]", values[i]);
      InvalidValueException.requireInRange("AggregatorCase.weights[" + i + "]", weights[i], Double.MIN_VALUE,
          Double.MAX_VALUE, "a weight, above 0");
    }
    InvalidValueException.requireInRange("AggregatorCase.position", position, 0, values.length - 1);
    InvalidValueException.requireInRange("AggregatorCase.raised", raised, values[position], Double.MAX_VALUE,
        "values[" + position + "] raised, not lowered");
    return new AggregatorCase(values.clone(), weights.clone(), position, raised);
  }

  /**
   * Returns the values.
   *
   * @return a copy of the values: at least one, each finite and not negative
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Returns the weights.
   *
   * @return a copy of the weights: one per value, each finite and above 0
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Returns the number of values.
   *
   * @return 1 or more
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns the value picked for the laws about one value.
   *
   * @return an index into {@link #values()}
   */
  public int position() {
    return position;
  }

  /**
   * Returns the picked value raised: the value that {@link #position()} takes for the
   * monotonicity law.
   *
   * @return a finite number, not below {@code values()[position()]}
   */
  public double raised() {
    return raised;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregatorCase other && Arrays.equals(values, other.values)
        && Arrays.equals(weights, other.weights) && position == other.position
        && Double.compare(raised, other.raised) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(values), Arrays.hashCode(weights), position, raised);
  }

  @Override
  public String toString() {
    return "values " + Arrays.toString(values) + ", weights " + Arrays.toString(weights) + ", values[" + position
        + "] raised to " + raised;
  }
}
