package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values of the weighted means, as COINr documents its aggregation functions (geometric,
 * harmonic and generalised means), reproduced within 1e-12; and what zeros do.
 */
class AggregatorReferenceTest {
  private static final double[] ONE_TWO_THREE = {1, 2, 3};
  private static final double[] EQUAL = {1, 1, 1};

  @Test
  void geometricMeanOfOneTwoThreeIsTheCubeRootOfSix() {
    assertThat(Aggregator.geometric().aggregate(ONE_TWO_THREE, EQUAL)).isCloseTo(Math.cbrt(6), within(1e-12));
    assertThat(Aggregator.geometric().aggregate(ONE_TWO_THREE, EQUAL)).isCloseTo(Math.pow(6, 1.0 / 3), within(1e-12));
  }

  @Test
  void weightedGeometricMean() {
    double expected = Math.pow(1 * 2 * 3 * 3, 1.0 / 4);
    assertThat(Aggregator.geometric().aggregate(ONE_TWO_THREE, new double[] {1, 1, 2}))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void weightedHarmonicMean() {
    double expected = 4 / (2 + 1.0 / 2 + 1.0 / 3);
    assertThat(Aggregator.harmonic().aggregate(ONE_TWO_THREE, new double[] {2, 1, 1}))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void generalisedMeanOfOrderMinusOneIsTheHarmonicMeanAndOfOrderOneTheArithmetic() {
    assertThat(Aggregator.generalisedMean(-1).aggregate(ONE_TWO_THREE, EQUAL))
        .isCloseTo(3 / (1 + 1.0 / 2 + 1.0 / 3), within(1e-12))
        .isCloseTo(Aggregator.harmonic().aggregate(ONE_TWO_THREE, EQUAL), within(1e-12));
    assertThat(Aggregator.generalisedMean(-1).aggregate(ONE_TWO_THREE, new double[] {2, 1, 1}))
        .isCloseTo(4 / (2 + 1.0 / 2 + 1.0 / 3), within(1e-12));
    assertThat(Aggregator.generalisedMean(1).aggregate(ONE_TWO_THREE, EQUAL)).isCloseTo(2, within(1e-12));
    assertThat(Aggregator.arithmetic().aggregate(ONE_TWO_THREE, EQUAL)).isCloseTo(2, within(1e-12));
    assertThat(Aggregator.generalisedMean(0).aggregate(ONE_TWO_THREE, EQUAL)).isCloseTo(Math.cbrt(6), within(1e-12));
    assertThat(Aggregator.generalisedMean(2).aggregate(ONE_TWO_THREE, EQUAL))
        .isCloseTo(Math.sqrt((1 + 4 + 9) / 3.0), within(1e-12));
  }

  @Test
  void weightedArithmeticMeanAndMinimum() {
    assertThat(Aggregator.arithmetic().aggregate(ONE_TWO_THREE, new double[] {1, 1, 2})).isCloseTo(9.0 / 4, within(1e-12));
    assertThat(Aggregator.minimum().aggregate(new double[] {3, 1, 2}, new double[] {5, 1, 1})).isEqualTo(1);
  }

  @Test
  void zerosUnderGeometricHarmonicAndNonPositiveOrdersGiveZeroNeverNaN() {
    double[] withZero = {0, 50, 100};
    for (Aggregator a : new Aggregator[] {Aggregator.geometric(), Aggregator.harmonic(),
        Aggregator.generalisedMean(0), Aggregator.generalisedMean(-1), Aggregator.generalisedMean(-2.5),
        Aggregator.minimum()}) {
      assertThat(a.aggregate(withZero, EQUAL)).as(a.name()).isEqualTo(0.0);
    }
    assertThat(Aggregator.geometric().aggregate(new double[] {0, 0}, new double[] {1, 1})).isEqualTo(0.0);
    assertThat(Aggregator.harmonic().aggregate(new double[] {0}, new double[] {1})).isEqualTo(0.0);
    assertThat(Aggregator.arithmetic().aggregate(withZero, EQUAL)).isEqualTo(50.0);
    assertThat(Aggregator.generalisedMean(2).aggregate(withZero, EQUAL))
        .isCloseTo(Math.sqrt((0 + 2500 + 10000) / 3.0), within(1e-12));
  }

  @Test
  void namesAreStable() {
    assertThat(Aggregator.arithmetic().name()).isEqualTo("arithmetic");
    assertThat(Aggregator.geometric().name()).isEqualTo("geometric");
    assertThat(Aggregator.harmonic().name()).isEqualTo("harmonic");
    assertThat(Aggregator.minimum().name()).isEqualTo("minimum");
    assertThat(Aggregator.generalisedMean(-1).name()).isEqualTo("generalised-mean(-1)");
    assertThat(Aggregator.generalisedMean(0.5).name()).isEqualTo("generalised-mean(0.5)");
    assertThat(Aggregator.generalisedMean(2)).isEqualTo(Aggregator.generalisedMean(2));
  }
}
