package io.github.cdsvn.scoring.contract;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.scoring.Component;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.Aggregator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The laws every aggregator obeys, as checks that take cases from any generator.
 *
 * <pre>{@code
 * AggregatorContract contract = AggregatorContract.of(new MyMean());
 * contract.check(new double[] {10, 20, 30}, new double[] {1, 1, 2});   // every law about one case
 * contract.checkMonotone(values, weights, 1, 25);                      // raise values[1] to 25
 * contract.checkMissingNeverCountsAsZero(values, weights, 0);          // drop values[0]
 * contract.checkRefusesBadInput();
 * }</pre>
 *
 * <p>A case is an array of values (finite, not negative, at least one) and an array of weights
 * (finite, above 0, one per value). Each check returns normally or throws an
 * {@link AssertionError} whose message names the aggregator, the law broken and the case. A case
 * that is not valid is a mistake of the caller and gets an {@link IllegalArgumentException}. The
 * checks depend on nothing but cds-scoring.
 *
 * <p>The laws:
 * <ul>
 *   <li><b>total and finite</b>: every valid case gives a finite number, never NaN;</li>
 *   <li><b>bounded</b>: the result lies between the smallest and the largest value;</li>
 *   <li><b>equal inputs</b>: values all equal give exactly that value;</li>
 *   <li><b>deterministic</b>: the same case gives the same result, bit for bit;</li>
 *   <li><b>renormalised weights</b>: multiplying every weight by a power of two changes nothing,
 *       bit for bit;</li>
 *   <li><b>order-free</b>: reversing or rotating the values with their weights changes the
 *       result by no more than 1e-12 of the largest value (the engine passes values in a
 *       canonical order, so its indices are order-free bit for bit);</li>
 *   <li><b>monotone</b> ({@link #checkMonotone}): raising one value never lowers the result;</li>
 *   <li><b>missing data never counts as 0</b> ({@link #checkMissingNeverCountsAsZero}): an index
 *       with one component missing equals the aggregate of the others, bit for bit;</li>
 *   <li><b>bad input refused</b> ({@link #checkRefusesBadInput}): NaN, infinite or negative
 *       values, weights that are not above 0, no values, and arrays of different lengths are
 *       refused with an {@link IllegalArgumentException}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AggregatorContract {
  private static final double ORDER_TOLERANCE = 1e-12;

  private final Aggregator aggregator;

  private AggregatorContract(Aggregator aggregator) {
    this.aggregator = aggregator;
  }

  /**
   * Returns the contract for an aggregator.
   *
   * @param aggregator the aggregator
   * @return the contract
   */
  public static AggregatorContract of(Aggregator aggregator) {
    return new AggregatorContract(Objects.requireNonNull(aggregator, "aggregator"));
  }

  /**
   * Checks every law about one case: total and finite, bounded, equal inputs, deterministic,
   * renormalised weights and order-free.
   *
   * @param values the values
   * @param weights the weights
   * @throws AssertionError naming the law broken and the case
   * @throws IllegalArgumentException if the case is not valid
   */
  public void check(double[] values, double[] weights) {
    requireValid(values, weights);
    double r = aggregate(values, weights);
    double min = Arrays.stream(values).min().getAsDouble();
    double max = Arrays.stream(values).max().getAsDouble();
    if (!(r >= min && r <= max)) {
      throw broken("bounded: the result lies between the smallest and the largest value",
          "got " + r + " outside [" + min + ", " + max + "]", values, weights);
    }
    double[] same = new double[values.length];
    Arrays.fill(same, values[0]);
    double e = aggregate(same, weights);
    if (e != values[0]) {
      throw broken("equal inputs give that value", "got " + e + " for values all " + values[0], same, weights);
    }
    double again = aggregate(values, weights);
    if (Double.doubleToRawLongBits(r) != Double.doubleToRawLongBits(again)) {
      throw broken("deterministic: the same case gives the same result, bit for bit",
          "got " + r + " then " + again, values, weights);
    }
    for (int exponent : new int[] {-3, 5}) {
      double[] scaled = new double[weights.length];
      boolean ok = true;
      for (int i = 0; i < weights.length; i++) {
        scaled[i] = Math.scalb(weights[i], exponent);
        ok &= Double.isFinite(scaled[i]) && scaled[i] >= Double.MIN_NORMAL;
      }
      if (ok && Arrays.stream(weights).allMatch(w -> w >= Double.MIN_NORMAL)) {
        double s = aggregate(values, scaled);
        if (Double.doubleToRawLongBits(s) != Double.doubleToRawLongBits(r)) {
          throw broken("renormalised weights: multiplying every weight by one factor changes nothing",
              "got " + r + ", with weights × 2^" + exponent + " " + s, values, weights);
        }
      }
    }
    for (int shift = 0; shift < values.length; shift++) {
      double[] v = new double[values.length];
      double[] w = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        int from = shift == 0 ? values.length - 1 - i : (i + shift) % values.length;
        v[i] = values[from];
        w[i] = weights[from];
      }
      double p = aggregate(v, w);
      if (Math.abs(p - r) > ORDER_TOLERANCE * Math.max(1, max)) {
        throw broken("order-free: the order of the values does not matter",
            "got " + r + ", reordered " + p + " for " + Arrays.toString(v), values, weights);
      }
    }
  }

  /**
   * Checks that raising one value never lowers the result.
   *
   * @param values the values
   * @param weights the weights
   * @param index the value to raise
   * @param raised its new value, not below the old one
   * @throws AssertionError if the result falls
   * @throws IllegalArgumentException if the case is not valid
   */
  public void checkMonotone(double[] values, double[] weights, int index, double raised) {
    requireValid(values, weights);
    if (index < 0 || index >= values.length || !(raised >= values[index]) || !Double.isFinite(raised)) {
      throw new IllegalArgumentException("index " + index + " and raised value " + raised
          + " must name a value and raise it");
    }
    double[] higher = values.clone();
    higher[index] = raised;
    double before = aggregate(values, weights);
    double after = aggregate(higher, weights);
    if (after < before) {
      throw broken("monotone: raising one value never lowers the result",
          "raising values[" + index + "] to " + raised + " lowered " + before + " to " + after, values, weights);
    }
  }

  /**
   * Checks that a missing value never counts as 0: an index whose component {@code missing} has
   * no data equals the aggregate of the other components, bit for bit, and reports a coverage
   * below 1.
   *
   * @param values the values, at least two
   * @param weights the weights
   * @param missing the component without data
   * @throws AssertionError if the missing value changes the result
   * @throws IllegalArgumentException if the case is not valid
   */
  public void checkMissingNeverCountsAsZero(double[] values, double[] weights, int missing) {
    requireValid(values, weights);
    if (values.length < 2 || missing < 0 || missing >= values.length) {
      throw new IllegalArgumentException("need at least two values and a missing index among them");
    }
    List<Component> components = new ArrayList<>();
    double[] restValues = new double[values.length - 1];
    double[] restWeights = new double[values.length - 1];
    for (int i = 0, j = 0; i < values.length; i++) {
      String key = String.format(java.util.Locale.ROOT, "c%06d", i);
      Label name = Label.of(key, key);
      if (i == missing) {
        components.add(Component.missing(key, name, weights[i]));
      } else {
        components.add(Component.of(key, name, weights[i], values[i]));
        restValues[j] = values[i];
        restWeights[j++] = weights[i];
      }
    }
    IndexScore index = IndexScore.aggregate(Label.of("kiểm tra", "check"), aggregator,
        Double.MIN_VALUE, components);
    double expected = aggregate(restValues, restWeights);
    if (index.score().isEmpty()
        || Double.doubleToRawLongBits(index.score().getAsDouble()) != Double.doubleToRawLongBits(expected)) {
      throw broken("missing data never counts as 0: the others are aggregated, renormalised",
          "index " + index.score() + ", aggregate of the others " + expected + ", values[" + missing + "] missing",
          values, weights);
    }
    if (!(index.coverage() < 1)) {
      throw broken("missing data never counts as 0: coverage reports the gap",
          "coverage " + index.coverage() + " with values[" + missing + "] missing", values, weights);
    }
  }

  /**
   * Checks that the aggregator refuses what is not a valid case.
   *
   * @throws AssertionError if a bad case is accepted
   */
  public void checkRefusesBadInput() {
    double[][][] bad = {
        {{Double.NaN, 1}, {1, 1}},
        {{Double.POSITIVE_INFINITY, 1}, {1, 1}},
        {{-1, 1}, {1, 1}},
        {{1, 2}, {0, 1}},
        {{1, 2}, {-1, 1}},
        {{1, 2}, {Double.NaN, 1}},
        {{1, 2}, {Double.POSITIVE_INFINITY, 1}},
        {{}, {}},
        {{1, 2}, {1}},
    };
    for (double[][] c : bad) {
      try {
        double r = aggregator.aggregate(c[0], c[1]);
        throw broken("bad input refused", "accepted and returned " + r, c[0], c[1]);
      } catch (IllegalArgumentException expected) {
        // refused, as it should be
      }
    }
  }

  private double aggregate(double[] values, double[] weights) {
    double r;
    try {
      r = aggregator.aggregate(values.clone(), weights.clone());
    } catch (RuntimeException e) {
      AssertionError err = broken("total: every valid case is aggregated", "threw " + e, values, weights);
      err.initCause(e);
      throw err;
    }
    if (!Double.isFinite(r)) {
      throw broken("total and finite: never NaN or infinite", "got " + r, values, weights);
    }
    return r;
  }

  private static void requireValid(double[] values, double[] weights) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(weights, "weights");
    if (values.length == 0 || values.length != weights.length) {
      throw new IllegalArgumentException("a case has at least one value and one weight per value");
    }
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] < Double.POSITIVE_INFINITY)
          || !(weights[i] > 0 && weights[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("values must be finite and not negative, weights finite and above 0: "
            + Arrays.toString(values) + " " + Arrays.toString(weights));
      }
    }
  }

  private AssertionError broken(String law, String what, double[] values, double[] weights) {
    return new AssertionError("Aggregator '" + aggregator.name() + "' breaks the law '" + law + "': " + what
        + "; values " + Arrays.toString(values) + ", weights " + Arrays.toString(weights));
  }
}
