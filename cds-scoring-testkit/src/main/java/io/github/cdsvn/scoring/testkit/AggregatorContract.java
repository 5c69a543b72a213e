package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.IndexScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The laws every {@link Aggregator} obeys, as checks of one case at a time.
 *
 * <pre>{@code
 * AggregatorContract contract = AggregatorContract.of(new MyMean());
 * contract.check(new double[] {10, 20, 30}, new double[] {1, 1, 2});  // every law about one case
 * contract.checkMonotone(values, weights, 1, 25);                     // raise values[1] to 25
 * contract.checkMissingNeverCountsAsZero(values, weights, 0);         // values[0] has no data
 * contract.checkRefusesBadInput();
 * }</pre>
 *
 * <p>A case is an array of values (at least one, each finite and not negative) and an array of
 * weights (one per value, each finite and above 0), as {@link AggregatorCases} generates them.
 * Each check returns normally or throws an {@link AssertionError} whose message names the
 * aggregator, the law broken and the case: {@code Aggregator 'my-mean' breaks the law 'bounded: …':
 * …; values […], weights […]}. A case that is not valid is the caller's mistake and gets an
 * {@link InvalidValueException}. A check depends on no test framework, and never modifies the
 * arrays it is given. The laws are listed in the {@linkplain io.github.cdsvn.scoring.testkit
 * package description}.
 *
 * <p>Immutable and thread-safe, if the aggregator is.
 */
public final class AggregatorContract {

  /** The laws, each with the words its failures quote. */
  enum Law {
    TOTAL("total: every valid case is aggregated"),
    FINITE("total and finite: never NaN or infinite"),
    BOUNDED("bounded: the result lies between the smallest and the largest value"),
    EQUAL_INPUTS("equal inputs give that value"),
    DETERMINISTIC("deterministic: the same case gives the same result, bit for bit"),
    RENORMALISED("renormalised weights: multiplying every weight by one factor changes nothing"),
    ORDER_FREE("order-free: the order of the values does not matter"),
    MONOTONE("monotone: raising one value never lowers the result"),
    MISSING_RENORMALISED("missing data never counts as 0: the others are aggregated, renormalised"),
    MISSING_COVERAGE("missing data never counts as 0: coverage reports the gap"),
    BAD_INPUT_REFUSED("bad input refused");

    private final String text;

    Law(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /** How far reordering the values may move the result, relative to the largest value (or 1). */
  private static final double ORDER_TOLERANCE = 1e-12;
  /** The powers of two every weight is multiplied by. */
  private static final int[] WEIGHT_EXPONENTS = {-3, 5};

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
    return new AggregatorContract(Objects.requireNonNull(aggregator, "AggregatorContract.aggregator"));
  }

  /**
   * Returns the aggregator under test.
   *
   * @return the aggregator
   */
  public Aggregator aggregator() {
    return aggregator;
  }

  /**
   * Checks every law about one case: total and finite, bounded, equal inputs, deterministic,
   * renormalised weights and order-free.
   *
   * @param values the values
   * @param weights the weights
   * @throws AssertionError naming the law broken and the case
   * @throws InvalidValueException if the case is not valid
   */
  public void check(double[] values, double[] weights) {
    checkBounded(values, weights);
    checkEqualInputs(values, weights);
    checkDeterministic(values, weights);
    checkRenormalisedWeights(values, weights);
    checkOrderFree(values, weights);
  }

  /**
   * Checks that the case is aggregated, without exception, into a finite number between the
   * smallest and the largest value.
   *
   * @param values the values
   * @param weights the weights
   * @throws AssertionError if the aggregator throws, or returns a number that is not finite or
   *     lies outside the values' range
   * @throws InvalidValueException if the case is not valid
   */
  public void checkBounded(double[] values, double[] weights) {
    requireValid(values, weights);
    double r = aggregate(values, weights);
    double min = Arrays.stream(values).min().getAsDouble();
    double max = Arrays.stream(values).max().getAsDouble();
    if (!(r >= min && r <= max)) {
      throw broken(Law.BOUNDED, "got " + r + " outside [" + min + ", " + max + "]", values, weights);
    }
  }

  /**
   * Checks that values all equal to the case's first value, with the case's weights, give exactly
   * that value.
   *
   * @param values the values; the first is repeated
   * @param weights the weights
   * @throws AssertionError if another number comes out
   * @throws InvalidValueException if the case is not valid
   */
  public void checkEqualInputs(double[] values, double[] weights) {
    requireValid(values, weights);
    double[] same = new double[values.length];
    Arrays.fill(same, values[0]);
    double e = aggregate(same, weights);
    if (e != values[0]) {
      throw broken(Law.EQUAL_INPUTS, "got " + e + " for values all " + values[0], same, weights);
    }
  }

  /**
   * Checks that aggregating the case twice gives the same number, bit for bit.
   *
   * @param values the values
   * @param weights the weights
   * @throws AssertionError if the two numbers differ
   * @throws InvalidValueException if the case is not valid
   */
  public void checkDeterministic(double[] values, double[] weights) {
    requireValid(values, weights);
    double r = aggregate(values, weights);
    double again = aggregate(values, weights);
    if (Double.doubleToRawLongBits(r) != Double.doubleToRawLongBits(again)) {
      throw broken(Law.DETERMINISTIC, "got " + r + " then " + again, values, weights);
    }
  }

  /**
   * Checks that multiplying every weight by 2⁻³ and by 2⁵ changes nothing, bit for bit: a power
   * of two multiplies exactly, so that only an aggregator that does not renormalise its weights
   * can tell. Factors that would take a weight out of the normal numbers are passed over.
   *
   * @param values the values
   * @param weights the weights
   * @throws AssertionError if the result changes
   * @throws InvalidValueException if the case is not valid
   */
  public void checkRenormalisedWeights(double[] values, double[] weights) {
    requireValid(values, weights);
    double r = aggregate(values, weights);
    for (int exponent : WEIGHT_EXPONENTS) {
      double[] scaled = new double[weights.length];
      boolean normal = true;
      for (int i = 0; i < weights.length; i++) {
        scaled[i] = Math.scalb(weights[i], exponent);
        normal &= Double.isFinite(scaled[i]) && scaled[i] >= Double.MIN_NORMAL && weights[i] >= Double.MIN_NORMAL;
      }
      if (normal) {
        double s = aggregate(values, scaled);
        if (Double.doubleToRawLongBits(s) != Double.doubleToRawLongBits(r)) {
          throw broken(Law.RENORMALISED, "got " + r + ", with weights × 2^" + exponent + " " + s, values, weights);
        }
      }
    }
  }

  /**
   * Checks that reversing the values with their weights, and rotating them by every shift,
   * moves the result by no more than 1e-12 of the largest value (or of 1, if larger). The engine
   * passes values in a canonical order, so that its indices are order-free bit for bit; the
   * tolerance leaves room for sums taken in another order.
   *
   * @param values the values
   * @param weights the weights
   * @throws AssertionError if a reordering moves the result further
   * @throws InvalidValueException if the case is not valid
   */
  public void checkOrderFree(double[] values, double[] weights) {
    requireValid(values, weights);
    double r = aggregate(values, weights);
    double max = Arrays.stream(values).max().getAsDouble();
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
        throw broken(Law.ORDER_FREE, "got " + r + ", reordered " + p + " for " + Arrays.toString(v), values, weights);
      }
    }
  }

  /**
   * Checks that raising one value never lowers the result.
   *
   * @param values the values
   * @param weights the weights
   * @param index the value to raise
   * @param raised its new value, finite and not below the old one
   * @throws AssertionError if the result falls
   * @throws InvalidValueException if the case is not valid, or the index and raised value do not
   *     name a value and raise it
   */
  public void checkMonotone(double[] values, double[] weights, int index, double raised) {
    requireValid(values, weights);
    InvalidValueException.requireInRange("AggregatorContract.index", index, 0, values.length - 1);
    InvalidValueException.requireInRange("AggregatorContract.raised", raised, values[index], Double.MAX_VALUE,
        "values[" + index + "] raised, not lowered");
    double[] higher = values.clone();
    higher[index] = raised;
    double before = aggregate(values, weights);
    double after = aggregate(higher, weights);
    if (after < before) {
      throw broken(Law.MONOTONE, "raising values[" + index + "] to " + raised + " lowered " + before + " to "
          + after, values, weights);
    }
  }

  /**
   * Checks that a missing value never counts as 0: an {@link IndexScore} whose component
   * {@code missing} has no data equals the aggregate of the other components, bit for bit, and
   * reports a coverage below 1.
   *
   * @param values the values, at least two
   * @param weights the weights
   * @param missing the component without data
   * @throws AssertionError if the missing value changes the result or the coverage hides it
   * @throws InvalidValueException if the case is not valid, has fewer than two values, or
   *     {@code missing} names none of them
   */
  public void checkMissingNeverCountsAsZero(double[] values, double[] weights, int missing) {
    requireValid(values, weights);
    InvalidValueException.requireInRange("AggregatorContract.values.length", values.length, 2, Integer.MAX_VALUE);
    InvalidValueException.requireInRange("AggregatorContract.missing", missing, 0, values.length - 1);
    List<IndexScore.Component> components = new ArrayList<>();
    double[] restValues = new double[values.length - 1];
    double[] restWeights = new double[values.length - 1];
    for (int i = 0, j = 0; i < values.length; i++) {
      String key = String.format(Locale.ROOT, "c%06d", i);
      Label name = Label.of(key, key);
      if (i == missing) {
        components.add(IndexScore.Component.missing(key, name, weights[i]));
      } else {
        components.add(IndexScore.Component.of(key, name, weights[i], values[i]));
        restValues[j] = values[i];
        restWeights[j++] = weights[i];
      }
    }
    IndexScore index = IndexScore.aggregate(Label.of("kiểm tra", "check"), aggregator,
        Double.MIN_VALUE, components);
    double expected = aggregate(restValues, restWeights);
    if (index.score().isEmpty()
        || Double.doubleToRawLongBits(index.score().getAsDouble()) != Double.doubleToRawLongBits(expected)) {
      throw broken(Law.MISSING_RENORMALISED, "index " + index.score() + ", aggregate of the others " + expected
          + ", values[" + missing + "] missing", values, weights);
    }
    if (!(index.coverage() < 1)) {
      throw broken(Law.MISSING_COVERAGE, "coverage " + index.coverage() + " with values[" + missing + "] missing",
          values, weights);
    }
  }

  /**
   * Checks that the aggregator refuses, with an {@link IllegalArgumentException} (such as an
   * {@link InvalidValueException}), what is not a valid case: NaN, infinite or negative values;
   * weights that are 0, negative, NaN or infinite; no values; arrays of different lengths.
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
      double r;
      try {
        r = aggregator.aggregate(c[0], c[1]);
      } catch (IllegalArgumentException expected) {
        continue; // refused, as it should be
      }
      throw broken(Law.BAD_INPUT_REFUSED, "accepted and returned " + r, c[0], c[1]);
    }
  }

  private double aggregate(double[] values, double[] weights) {
    double r;
    try {
      r = aggregator.aggregate(values.clone(), weights.clone());
    } catch (RuntimeException e) {
      AssertionError err = broken(Law.TOTAL, "threw " + e, values, weights);
      err.initCause(e);
      throw err;
    }
    if (!Double.isFinite(r)) {
      throw broken(Law.FINITE, "got " + r, values, weights);
    }
    return r;
  }

  private static void requireValid(double[] values, double[] weights) {
    Objects.requireNonNull(values, "AggregatorContract.values");
    Objects.requireNonNull(weights, "AggregatorContract.weights");
    InvalidValueException.requireInRange("AggregatorContract.values.length", values.length, 1, Integer.MAX_VALUE);
    InvalidValueException.requireInRange("AggregatorContract.weights.length", weights.length, values.length,
        values.length);
    for (int i = 0; i < values.length; i++) {
      InvalidValueException.requireNonNegative("AggregatorContract.values[" + i + "]", values[i]);
      InvalidValueException.requireInRange("AggregatorContract.weights[" + i + "]", weights[i], Double.MIN_VALUE,
          Double.MAX_VALUE, "a weight, above 0");
    }
  }

  private AssertionError broken(Law law, String what, double[] values, double[] weights) {
    return new AssertionError("Aggregator '" + aggregator.name() + "' breaks the law '" + law.text() + "': " + what
        + "; values " + Arrays.toString(values) + ", weights " + Arrays.toString(weights));
  }
}
