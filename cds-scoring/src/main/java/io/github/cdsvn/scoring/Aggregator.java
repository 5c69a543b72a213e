package io.github.cdsvn.scoring;


/**
 * Combines weighted numbers into one: targets' attainments into a pillar index, pillar indices
 * into a composite.
 *
 * <p>The engine calls an aggregator only with what has data — a missing value never reaches it,
 * so it never counts as 0 — and with the weights of those values, which the aggregator
 * renormalises to sum to 1. Values are finite and not negative (attainments on 0–100 in the
 * engine, any such number elsewhere); weights are finite and above 0; there is at least one
 * value. The engine passes the values in a canonical order (by target key or pillar code), which
 * makes its results independent of the order of the plan, bit for bit.
 *
 * <p>An aggregator obeys the laws that cds-scoring-testkit's aggregator contract checks: the
 * result lies between the smallest and the largest value, equal values give that value, raising
 * one value never lowers it, scaling every weight by one factor or reordering the values changes
 * nothing. The built-ins never return NaN: where a value is 0, the geometric and harmonic means
 * and generalised means of order {@code p <= 0} give 0, their limit.
 *
 * <p>Implementations must be immutable and thread-safe, and must not modify the arrays.
 */
public interface Aggregator {

  /**
   * Returns the aggregator's name.
   *
   * @return a lower-case code such as {@code arithmetic}
   */
  String name();

  /**
   * Combines values.
   *
   * @param values the values, at least one, each finite and not negative
   * @param weights the weights, one per value, each finite and above 0
   * @return the combined value, finite, between the smallest and the largest value
   * @throws io.github.cdsvn.core.InvalidValueException if the arrays break those conditions
   */
  double aggregate(double[] values, double[] weights);

  /**
   * The weighted arithmetic mean, {@code Σ wᵢ xᵢ / Σ wᵢ}: the default.
   *
   * @return the built-in {@code arithmetic}
   */
  static Aggregator arithmetic() {
    return Means.ARITHMETIC;
  }

  /**
   * The weighted geometric mean, {@code Π xᵢ^(wᵢ / Σ w)}; 0 if any value is 0.
   *
   * @return the built-in {@code geometric}
   */
  static Aggregator geometric() {
    return Means.GEOMETRIC;
  }

  /**
   * The weighted harmonic mean, {@code Σ wᵢ / Σ (wᵢ / xᵢ)}; 0 if any value is 0.
   *
   * @return the built-in {@code harmonic}
   */
  static Aggregator harmonic() {
    return Means.HARMONIC;
  }

  /**
   * The weighted generalised (power) mean of order p, {@code (Σ wᵢ xᵢ^p / Σ w)^(1/p)}: order 1 is
   * the arithmetic mean, order −1 the harmonic mean, and order 0 is taken as the geometric mean,
   * its limit. For {@code p <= 0} a value of 0 gives 0.
   *
   * @param p the order, finite
   * @return the aggregator {@code generalised-mean(p)}
   * @throws io.github.cdsvn.core.InvalidValueException if {@code p} is NaN or infinite
   */
  static Aggregator generalisedMean(double p) {
    return Means.generalised(p);
  }

  /**
   * The smallest value, whatever the weights: the weakest link.
   *
   * @return the built-in {@code minimum}
   */
  static Aggregator minimum() {
    return Means.MINIMUM;
  }
}
