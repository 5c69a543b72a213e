package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The weighted generalised mean of order p on worked cases, at its limits and at the edges of double. */
class GeneralisedMeanTest {
  private static final double[] ONE_AND_FOUR = {1, 4};
  private static final double[] EQUAL = {1, 1};

  private static double mean(double p, double[] values, double[] weights) {
    return Aggregator.generalisedMean(p).aggregate(values, weights);
  }

  @Test
  void workedCasesOfOneAndFour() {
    assertThat(mean(2, ONE_AND_FOUR, EQUAL)).isCloseTo(Math.sqrt(8.5), within(1e-12));
    assertThat(mean(1, ONE_AND_FOUR, EQUAL)).isCloseTo(2.5, within(1e-12));
    assertThat(mean(0.5, ONE_AND_FOUR, EQUAL)).isCloseTo(2.25, within(1e-12));
    assertThat(mean(-1, ONE_AND_FOUR, EQUAL)).isCloseTo(1.6, within(1e-12));
    // order 0 is the geometric mean
    assertThat(mean(0, ONE_AND_FOUR, EQUAL)).isCloseTo(2, within(1e-12));
  }

  @Test
  void weightsCountEachValueInProportion() {
    assertThat(mean(2, ONE_AND_FOUR, new double[] {3, 1})).isCloseTo(Math.sqrt(19.0 / 4), within(1e-12));
    assertThat(mean(-1, ONE_AND_FOUR, new double[] {3, 1})).isCloseTo(4 / (3 + 0.25), within(1e-12));
    assertThat(mean(2, ONE_AND_FOUR, new double[] {6, 2})).isCloseTo(mean(2, ONE_AND_FOUR, new double[] {3, 1}),
        within(1e-12));
  }

  @Test
  void aZeroGivesZeroForOrdersBelowOneButNotAbove() {
    double[] zeroAndFour = {0, 4};
    assertThat(mean(-1, zeroAndFour, EQUAL)).isZero();
    assertThat(mean(-0.5, zeroAndFour, EQUAL)).isZero();
    assertThat(mean(0, zeroAndFour, EQUAL)).isZero();
    assertThat(mean(2, zeroAndFour, EQUAL)).isCloseTo(Math.sqrt(8), within(1e-12));
    assertThat(mean(0.5, zeroAndFour, EQUAL)).isCloseTo(1, within(1e-12));
    assertThat(mean(2, new double[] {0, 0}, EQUAL)).isZero();
    assertThat(mean(-2, new double[] {0, 0}, EQUAL)).isZero();
  }

  @Test
  void valuesWhosePowersOverflowOrUnderflowStillGiveTheirMean() {
    // 1e200 squared overflows; the mean of equal values is that value
    assertThat(mean(2, new double[] {1e200, 1e200}, EQUAL)).isCloseTo(1e200, within(1e188));
    assertThat(mean(2, new double[] {1e200, 3e200}, new double[] {1, 1}))
        .isCloseTo(Math.sqrt(5) * 1e200, within(1e188));
    // 1e-200 to the power -2 overflows as well
    assertThat(mean(-2, new double[] {1e-200, 1e-200}, EQUAL)).isCloseTo(1e-200, within(1e-212));
    assertThat(mean(-1, new double[] {1e-300, 2e-300}, EQUAL)).isCloseTo(4e-300 / 3, within(1e-312));
  }

  @Test
  void theNameAndEqualityFollowTheOrder() {
    assertThat(Aggregator.generalisedMean(2).name()).isEqualTo("generalised-mean(2)");
    assertThat(Aggregator.generalisedMean(0.5).name()).isEqualTo("generalised-mean(0.5)");
    assertThat(Aggregator.generalisedMean(-1).name()).isEqualTo("generalised-mean(-1)");
    assertThat(Aggregator.generalisedMean(2)).isEqualTo(Aggregator.generalisedMean(2.0))
        .hasSameHashCodeAs(Aggregator.generalisedMean(2.0))
        .isNotEqualTo(Aggregator.generalisedMean(3))
        .isNotEqualTo(Aggregator.arithmetic());
  }
}
