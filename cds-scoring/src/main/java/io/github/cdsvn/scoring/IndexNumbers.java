package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Arrays;

/**
 * The numbers of an index (a pillar index or the composite): its coverage and its score, from
 * its components taken in canonical order (by key). The one place where they are computed, for
 * the engine's scorecards and for {@link IndexScore#aggregate}. Stateless.
 *
 * <p>A component is given by its position {@code i}: its state ({@link #NOT_APPLICABLE} or not;
 * only the bits {@link #OUTCOME} are read, so that the engine can pass the states it keeps for
 * targets), its weight, and its value, {@code NaN} where it has no data, multiplied by a scale
 * (100 for attainments in [0, 1], 1 for values already on 0–100). Components that are not
 * applicable or weigh 0 are left out; the coverage is the share of the remaining weight whose
 * components have data; below the threshold there is no score; otherwise the aggregator combines
 * the values with data, in canonical order.
 */
final class IndexNumbers {
  /** The bits of a component's state that say whether it is applicable. */
  static final int OUTCOME = 0b11;
  /** The state of a component that is not applicable. */
  static final byte NOT_APPLICABLE = 0;

  /** The index has a score. */
  static final int SCORED = 0;
  /** No component is applicable with a weight above 0. */
  static final int NOTHING_APPLICABLE = 1;
  /** No applicable component has data. */
  static final int NO_DATA = 2;
  /** The data cover less of the weight than the threshold asks. */
  static final int BELOW_THRESHOLD = 3;

  private IndexNumbers() {}

  /**
   * Computes an index.
   *
   * @param order the positions of the components, in canonical order
   * @param state each position's state
   * @param value each position's value, {@code NaN} without data
   * @param scale what values are multiplied by
   * @param weight each position's weight
   * @param aggregator how values are combined; a built-in one aggregates in the scratch arrays,
   *     any other is handed copies
   * @param threshold the smallest coverage that has a score
   * @param out receives the coverage at 0 and the score (or {@code NaN}) at 1
   * @param v scratch for the values with data, at least {@code order.length} places
   * @param w scratch for their weights, likewise
   * @return one of {@link #SCORED}, {@link #NOTHING_APPLICABLE}, {@link #NO_DATA},
   *     {@link #BELOW_THRESHOLD}
   * @throws InvalidValueException if the aggregator returns a number that is not finite or is
   *     negative
   */
  static int compute(int[] order, byte[] state, double[] value, double scale, double[] weight,
      Aggregator aggregator, double threshold, double[] out, double[] v, double[] w) {
    double total = 0;
    double covered = 0;
    int withData = 0;
    for (int i : order) {
      double wi = weight[i];
      if ((state[i] & OUTCOME) == NOT_APPLICABLE || wi == 0) {
        continue;
      }
      total += wi;
      double x = value[i];
      if (x == x) {
        covered += wi;
        v[withData] = x * scale;
        w[withData++] = wi;
      }
    }
    int status = coverage(total, covered, withData, threshold, out);
    if (status != SCORED) {
      return status;
    }
    double score = Means.isBuiltIn(aggregator) ? Means.aggregate(aggregator, v, w, withData)
        : aggregator.aggregate(Arrays.copyOf(v, withData), Arrays.copyOf(w, withData));
    if (!(score >= 0 && score < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("IndexScore.score", score,
          "aggregator " + aggregator.name() + " must return a finite number, not negative");
    }
    out[1] = score;
    return SCORED;
  }

  /**
   * Computes an index whose components all weigh the same, aggregated by the arithmetic mean:
   * what {@link #compute} gives with {@link Means#ARITHMETIC}, bit for bit, from the plain sum
   * of the values with data, their count and their range, without copying them.
   *
   * @param order the positions of the components, in canonical order
   * @param state each position's state
   * @param value each position's value, {@code NaN} without data; no value {@code -0.0}, whose
   *     bits would not order as the number does
   * @param scale what values are multiplied by
   * @param sums the weight of the components added up 0, 1, 2… times in a row, as
   *     {@link #compute} adds it: {@code sums[k + 1] = sums[k] + weight}
   * @param threshold the smallest coverage that has a score
   * @param out receives the coverage at 0 and the score (or {@code NaN}) at 1
   * @return one of {@link #SCORED}, {@link #NOTHING_APPLICABLE}, {@link #NO_DATA},
   *     {@link #BELOW_THRESHOLD}
   */
  static int computeEqual(int[] order, byte[] state, double[] value, double scale, double[] sums,
      double threshold, double[] out) {
    int applicable = 0;
    int withData = 0;
    double sum = 0;
    // the bits of numbers 0 or above (not -0.0) order as the numbers do: the range as bits
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i : order) {
      if ((state[i] & OUTCOME) == NOT_APPLICABLE) {
        continue;
      }
      applicable++;
      double a = value[i];
      if (a == a) {
        double x = a * scale;
        withData++;
        sum += x;
        long bits = Double.doubleToRawLongBits(x);
        min = Math.min(min, bits);
        max = Math.max(max, bits);
      }
    }
    int status = coverage(sums[applicable], sums[withData], withData, threshold, out);
    if (status == SCORED) {
      out[1] = Means.arithmeticOfEqual(sum, withData, Double.longBitsToDouble(min), Double.longBitsToDouble(max));
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
