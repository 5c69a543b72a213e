package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.indicator.Direction;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whether a bound of one comparison holds, and its distance to target, worked out without
 * branching on whether it holds (what the engine does as it scores from the columns of a set),
 * are exactly what the comparison and the rule give: the same bits, for values at, next to and
 * far from the goal, zeros of either sign and differences that overflow.
 */
class ComparisonDistanceTest {
  private static final double[] NUMBERS = {0, -0.0, 1, -1, 0.5, 50, 95, 100, 1e-300, 1e17, -1e17, 1e300, -1e300,
      Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE};

  @Test
  void theBranchFreeDistanceIsTheRulesDistance() {
    qt().withExamples(Examples.upTo(5_000)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      double t = number(r);
      double b = number(r);
      double v = near(r, t, b);
      int kind = r.nextInt(4);
      boolean met = holds(kind, v, t);
      Direction improving = kind < 2 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
      double sign = kind < 2 ? 1 : -1;
      boolean strict = kind == 1 || kind == 3;
      boolean improves = improving.isBetter(t, b);
      String example = String.format("v %s, t %s, b %s, kind %d", v, t, b, kind);
      assertThat(Rules.DistanceToTarget.meets(v, t, sign, strict)).as(example).isEqualTo(met ? 1 : 0);
      double expected = Rules.DistanceToTarget.value(v, t, b, met, improves, improving);
      assertThat(Double.doubleToRawLongBits(
          Rules.DistanceToTarget.valueOfComparison(v, t, b, met ? 1 : 0, improves, sign)))
          .as(example).isEqualTo(Double.doubleToRawLongBits(expected));
    });
  }

  @Test
  void zerosOfEitherSignAreEqual() {
    assertThat(Rules.DistanceToTarget.meets(-0.0, 0.0, 1, false)).isEqualTo(1);
    assertThat(Rules.DistanceToTarget.meets(0.0, -0.0, -1, false)).isEqualTo(1);
    assertThat(Rules.DistanceToTarget.meets(-0.0, 0.0, 1, true)).isEqualTo(0);
    assertThat(Rules.DistanceToTarget.meets(0.0, -0.0, -1, true)).isEqualTo(0);
  }

  @Test
  void aDifferenceThatOverflowsKeepsItsSign() {
    assertThat(Rules.DistanceToTarget.meets(Double.MAX_VALUE, -Double.MAX_VALUE, 1, true)).isEqualTo(1);
    assertThat(Rules.DistanceToTarget.meets(-Double.MAX_VALUE, Double.MAX_VALUE, 1, false)).isEqualTo(0);
    assertThat(Rules.DistanceToTarget.meets(-Double.MAX_VALUE, Double.MAX_VALUE, -1, true)).isEqualTo(1);
  }

  @Test
  void aValueJustShortOfTheGoalThatRoundsToItScoresJustBelow1() {
    // (v − b) / (t − b) rounds to 1 though v < t: not met, so not 1
    double v = Math.nextDown(1.0);
    assertThat(Rules.DistanceToTarget.valueOfComparison(v, 1, -1e17, 0, true, 1)).isEqualTo(Math.nextDown(1.0));
  }

  @Test
  void aValueAtTheGoalOfAStrictBoundScores1ThoughNotMet() {
    assertThat(Rules.DistanceToTarget.valueOfComparison(95, 95, 0, 0, true, 1)).isEqualTo(1.0);
    assertThat(Rules.DistanceToTarget.valueOfComparison(5, 5, 20, 0, true, -1)).isEqualTo(1.0);
  }

  @Test
  void aValueBelowTheBaselineScores0AndAMetBoundScores1() {
    assertThat(Rules.DistanceToTarget.valueOfComparison(-3, 95, 0, 0, true, 1)).isEqualTo(0.0);
    assertThat(Rules.DistanceToTarget.valueOfComparison(96, 95, 0, 1, true, 1)).isEqualTo(1.0);
    assertThat(Rules.DistanceToTarget.valueOfComparison(76, 95, 0, 0, true, 1)).isEqualTo(0.8);
    // lower is better: 30 against a goal of at most 10 from a baseline of 50 is half-way
    assertThat(Rules.DistanceToTarget.valueOfComparison(30, 10, 50, 0, true, -1)).isEqualTo(0.5);
  }

  /** Whether value {@code v} meets a bound of kind at least, more than, at most, less than {@code t}. */
  private static boolean holds(int kind, double v, double t) {
    switch (kind) {
      case 0:
        return v >= t;
      case 1:
        return v > t;
      case 2:
        return v <= t;
      default:
        return v < t;
    }
  }

  private static double number(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return NUMBERS[r.nextInt(NUMBERS.length)];
      case 1:
        return Math.round(r.nextDouble() * 1000) / 10.0;
      default:
        return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
    }
  }

  /** A value at, next to or near the goal or the baseline, or anywhere. */
  private static double near(Random r, double t, double b) {
    double around = r.nextBoolean() ? t : b;
    switch (r.nextInt(5)) {
      case 0:
        return around;
      case 1:
        return Math.nextUp(around);
      case 2:
        return Math.nextDown(around);
      case 3:
        return around + (r.nextDouble() - 0.5) * Math.abs(around) * 1e-15;
      default:
        return number(r);
    }
  }
}
