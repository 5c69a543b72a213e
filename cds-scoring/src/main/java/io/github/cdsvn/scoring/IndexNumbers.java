package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Arrays;

/**
 * The numbers of an index (a pillar index or the composite): its coverage and its score, from
 * components given in canonical order. The one place where they are computed, by
 * {@code IndexScore.aggregate}, by the engine when it scores from the columns of a set, and by the
 * uncertainty analysis when it re-aggregates. Stateless.
 */
public final class IndexNumbers {
  /** The index has a score. */
  public static final int SCORED = 0;
  /** No component is applicable with a weight above 0. */
  public static final int NOTHING_APPLICABLE = 1;
  /** No applicable component has data. */
  public static final int NO_DATA = 2;
  /** The data cover less of the weight than the threshold asks. */
  public static final int BELOW_THRESHOLD = 3;

  private IndexNumbers() {}

  /**
   * Returns arrays to hand {@link #compute} for indices of up to {@code n} components.
   *
   * @param n the most components of an index
   * @return two arrays of {@code n} places
   */
  public static double[][] reuse(int n) {
    return new double[][] {new double[n], new double[n]};
  }

  /**
   * Computes an index. Components that are not applicable or weigh 0 are left out; the coverage
   * is the share of the remaining weight whose components have data; below the threshold there
   * is no score; otherwise the aggregator combines the values with data.
   *
   * @param n the number of components, in canonical order (by key)
   * @param weights each component's weight
   * @param values each component's value, {@code NaN} where it has no data
   * @param applicable whether each component is applicable
   * @param aggregator how values are combined
   * @param threshold the smallest coverage that has a score
   * @param out receives the coverage at 0 and the score (or {@code NaN}) at 1
   * @param reuse two arrays of at least {@code n} places each, overwritten, for a built-in
   *     aggregator to work in without allocating (see {@link #reuse}); or {@code null} to make
   *     new ones
   * @return one of {@link #SCORED}, {@link #NOTHING_APPLICABLE}, {@link #NO_DATA},
   *     {@link #BELOW_THRESHOLD}
   * @throws InvalidValueException if the aggregator returns a number that is not finite or is
   *     negative
   */
  public static int compute(int n, double[] weights, double[] values, boolean[] applicable, Aggregator aggregator,
      double threshold, double[] out, double[][] reuse) {
    // a built-in aggregator keeps nothing and reads only the first withData: the same arrays
    // serve index after index; any other is handed copies of its own (finish)
    double[] v = reuse != null ? reuse[0] : new double[n];
    double[] w = reuse != null ? reuse[1] : new double[n];
    double total = 0;
    double covered = 0;
    int withData = 0;
    for (int i = 0; i < n; i++) {
      if (!applicable[i] || weights[i] == 0) {
        continue;
      }
      total += weights[i];
      if (!Double.isNaN(values[i])) {
        covered += weights[i];
        v[withData] = values[i];
        w[withData++] = weights[i];
      }
    }
    return finish(total, covered, withData, v, w, aggregator, threshold, out);
  }

  /**
   * Finishes an index whose components are already sorted out: what {@link #compute} does after
   * leaving out the components that are not applicable or weigh 0, and setting apart those with
   * data.
   *
   * @param total the weight of the components left in
   * @param covered the weight of those with data
   * @param withData how many have data
   * @param values their values, in canonical order, the first {@code withData} places
   * @param weights their weights, likewise
   * @param aggregator how values are combined; a built-in one aggregates the arrays as they are,
   *     any other is handed copies of the first {@code withData} places
   * @param threshold the smallest coverage that has a score
   * @param out receives the coverage at 0 and the score (or {@code NaN}) at 1
   * @return one of {@link #SCORED}, {@link #NOTHING_APPLICABLE}, {@link #NO_DATA},
   *     {@link #BELOW_THRESHOLD}
   * @throws InvalidValueException if the aggregator returns a number that is not finite or is
   *     negative
   */
  static int finish(double total, double covered, int withData, double[] values, double[] weights,
      Aggregator aggregator, double threshold, double[] out) {
    int status = coverage(total, covered, withData, threshold, out);
    if (status != SCORED) {
      return status;
    }
    double score = Means.isBuiltIn(aggregator) ? Means.aggregate(aggregator, values, weights, withData)
        : aggregator.aggregate(Arrays.copyOf(values, withData), Arrays.copyOf(weights, withData));
    if (!(score >= 0 && score < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("IndexScore.score", score,
          "aggregator " + aggregator.name() + " must return a finite number, not negative");
    }
    out[1] = score;
    return SCORED;
  }

  /**
   * Finishes an index aggregated by {@link Means#ARITHMETIC} whose components all weigh the
   * same: what {@link #finish} does, from the plain sum of the values with data in canonical
   * order, their smallest and their largest.
   *
   * @param total the weight of the components left in
   * @param covered the weight of those with data
   * @param withData how many have data
   * @param sum the sum of their values, finite; no value {@code -0.0}
   * @param min the smallest value
   * @param max the largest value
   * @param threshold the smallest coverage that has a score
   * @param out receives the coverage at 0 and the score (or {@code NaN}) at 1
   * @return one of {@link #SCORED}, {@link #NOTHING_APPLICABLE}, {@link #NO_DATA},
   *     {@link #BELOW_THRESHOLD}
   */
  static int finishEqual(double total, double covered, int withData, double sum, double min, double max,
      double threshold, double[] out) {
    int status = coverage(total, covered, withData, threshold, out);
    if (status == SCORED) {
      out[1] = Means.arithmeticOfEqual(sum, withData, min, max);
    }
    return status;
  }

  /** Puts the coverage at 0 of {@code out}, {@code NaN} at 1, and tells whether there is a score. */
  private static int coverage(double total, double covered, int withData, double threshold, double[] out) {
    double coverage = total > 0 ? covered / total : 0;
    out[0] = coverage;
    out[1] = Double.NaN;
    if (total == 0) {
      return NOTHING_APPLICABLE;
    }
    if (withData == 0) {
      return NO_DATA;
    }
    if (coverage < threshold) {
      return BELOW_THRESHOLD;
    }
    return SCORED;
  }
}
