package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic mean of equal weights, worked out from the plain sum, count and range of the
 * values (what the engine does as it scores from the columns of a set), gives exactly what the
 * general arithmetic mean and index give: the same bits, the same status.
 */
class EqualWeightsTest {
  private static final double[] WEIGHTS = {1, 0.1, 3, 0.7, 1e-300, 1e300, 0};
  private static final double[] THRESHOLDS = {0, 0.5, 0.8, 1};

  @Test
  void theMeanOfEqualWeightsIsTheArithmeticMean() {
    qt().withExamples(Examples.upTo(2_000)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(40);
      double[] values = values(r, n);
      double w = WEIGHTS[r.nextInt(WEIGHTS.length - 1)]; // above 0
      double[] weights = new double[n];
      Arrays.fill(weights, w);
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double x : values) {
        sum += x;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      assertThat(Double.doubleToRawLongBits(Means.arithmeticOfEqual(sum, n, min, max)))
          .isEqualTo(Double.doubleToRawLongBits(Means.ARITHMETIC.aggregate(values, weights)));
    });
  }

  @Test
  void anIndexOfEqualWeightsIsTheIndexTheGeneralWayGives() {
    qt().withExamples(Examples.upTo(2_000)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(30);
      double[] values = values(r, n);
      boolean[] applicable = new boolean[n];
      byte[] state = new byte[n];
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
        applicable[i] = r.nextInt(5) > 0;
        state[i] = applicable[i] ? 1 : IndexNumbers.NOT_APPLICABLE;
        if (r.nextInt(4) == 0) {
          values[i] = Double.NaN;
        }
      }
      double w = WEIGHTS[r.nextInt(WEIGHTS.length)];
      double[] weights = new double[n];
      Arrays.fill(weights, w);
      double threshold = THRESHOLDS[r.nextInt(THRESHOLDS.length)];
      double[] general = new double[2];
      int expected = IndexNumbers.compute(order, state, values, 1, weights, Means.ARITHMETIC, threshold, general,
          new double[n], new double[n]);

      // the weight added up 0, 1, 2… times, as the coverage adds it
      double[] sums = new double[n + 1];
      for (int k = 0; k < n; k++) {
        sums[k + 1] = sums[k] + w;
      }
      double[] equal = new double[2];
      int status = IndexNumbers.computeEqual(order, state, values, 1, sums, threshold, equal);
      assertThat(status).isEqualTo(expected);
      assertThat(Double.doubleToRawLongBits(equal[0])).isEqualTo(Double.doubleToRawLongBits(general[0]));
      assertThat(Double.doubleToRawLongBits(equal[1])).isEqualTo(Double.doubleToRawLongBits(general[1]));
    });
  }

  /**
   * Values as the engine makes them, attainments times 100: in [0, 100], never -0.0; often
   * equal, often 0 or 100, sometimes a hair apart (where rounding could take the mean out of
   * their range).
   */
  private static double[] values(Random r, int n) {
    double[] values = new double[n];
    double common = 100 * r.nextDouble();
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0:
          values[i] = common;
          break;
        case 1:
          values[i] = r.nextBoolean() ? 0 : 100;
          break;
        case 2:
          values[i] = Math.min(100, Math.nextUp(common));
          break;
        default:
          values[i] = 100 * r.nextDouble();
      }
    }
    return values;
  }
}
