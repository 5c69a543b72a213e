package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The built-in means at their edges: the largest weight anywhere in the list, the range of the
 * values wherever its ends are, and the sign of a zero, which follows {@link Math#min} and
 * {@link Math#max} (−0 is below 0).
 */
class MeansEdgeTest {
  @Test
  void theLargestWeightNeedNotComeFirst() {
    assertThat(Aggregator.arithmetic().aggregate(new double[] {10, 20}, new double[] {1, 3})).isEqualTo(17.5);
    assertThat(Aggregator.arithmetic().aggregate(new double[] {20, 10}, new double[] {3, 1})).isEqualTo(17.5);
    assertThat(Aggregator.arithmetic().aggregate(new double[] {10, 20, 40}, new double[] {1, 2, 1})).isEqualTo(22.5);
  }

  @Test
  void equalWeightsOfAnySizeGiveThePlainMeanEvenWhereTheSumOverflows() {
    assertThat(Aggregator.arithmetic().aggregate(new double[] {1, 2, 4}, new double[] {7, 7, 7})).isEqualTo(7.0 / 3);
    assertThat(Aggregator.arithmetic().aggregate(new double[] {1, 2, 4}, new double[] {1e-300, 1e-300, 1e-300}))
        .isEqualTo(7.0 / 3);
    double big = Double.MAX_VALUE;
    assertThat(Aggregator.arithmetic().aggregate(new double[] {big, big}, new double[] {2, 2})).isEqualTo(big);
    assertThat(Aggregator.arithmetic().aggregate(new double[] {big, big / 2}, new double[] {3, 3}))
        .isEqualTo(big / 4 * 3);
    // the same values with unequal weights go the general way and overflow the same
    assertThat(Aggregator.arithmetic().aggregate(new double[] {big, big / 2}, new double[] {3, 1}))
        .isEqualTo(big / 8 * 7);
  }

  @Test
  void theResultStaysWithinTheValuesWhereverTheirEndsAre() {
    double[] equal = {1, 1, 1};
    assertThat(Aggregator.minimum().aggregate(new double[] {5, 3, 4}, equal)).isEqualTo(3);
    assertThat(Aggregator.minimum().aggregate(new double[] {3, 5, 4}, equal)).isEqualTo(3);
    assertThat(Aggregator.arithmetic().aggregate(new double[] {0.1, 0.1, 0.1}, equal)).isEqualTo(0.1);
    assertThat(Aggregator.harmonic().aggregate(new double[] {7, 7, 7}, equal)).isEqualTo(7);
    assertThat(Aggregator.generalisedMean(3).aggregate(new double[] {0.3, 0.3, 0.3}, equal)).isEqualTo(0.3);
  }

  @Test
  void theMinimumOfZeroAndMinusZeroIsMinusZeroInEitherOrder() {
    double[] w = {1, 1};
    assertThat(signed(Aggregator.minimum().aggregate(new double[] {0.0, -0.0}, w))).isEqualTo("-0.0");
    assertThat(signed(Aggregator.minimum().aggregate(new double[] {-0.0, 0.0}, w))).isEqualTo("-0.0");
    assertThat(signed(Aggregator.minimum().aggregate(new double[] {2, 0.0, -0.0}, new double[] {1, 1, 1})))
        .isEqualTo("-0.0");
  }

  @Test
  void theMeanOfZeroAndMinusZeroIsZero() {
    double[] w = {1, 1};
    assertThat(signed(Aggregator.arithmetic().aggregate(new double[] {0.0, -0.0}, w))).isEqualTo("0.0");
    assertThat(signed(Aggregator.arithmetic().aggregate(new double[] {-0.0, 0.0}, w))).isEqualTo("0.0");
    assertThat(signed(Aggregator.arithmetic().aggregate(new double[] {-0.0, -0.0}, w))).isEqualTo("-0.0");
  }

  /** The number as text, which tells −0 from 0. */
  private static String signed(double x) {
    return Double.toString(x);
  }
}
