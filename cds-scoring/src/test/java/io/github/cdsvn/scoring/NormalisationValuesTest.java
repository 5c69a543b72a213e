package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.indicator.Direction.HIGHER_IS_BETTER;
import static io.github.cdsvn.core.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Each normalisation, with parameters other than its defaults and in both directions, computed
 * by hand; the notes of degenerate data sets; positions and units asked of a result.
 */
class NormalisationValuesTest {
  private static List<Double> apply(Normalisation n, Direction d, double... v) {
    return n.apply(Arrays.stream(v).mapToObj(OptionalDouble::of).toList(), d).values().stream()
        .map(OptionalDouble::getAsDouble).toList();
  }

  private static String note(Normalisation n, Direction d, double... v) {
    return n.apply(Arrays.stream(v).mapToObj(OptionalDouble::of).toList(), d).degenerate().orElseThrow().en();
  }

  @Test
  void minMaxMapsOntoTheRangeAsked() {
    assertThat(apply(Normalisation.minMax(10, 20), HIGHER_IS_BETTER, 0, 5, 10)).containsExactly(10.0, 15.0, 20.0);
    assertThat(apply(Normalisation.minMax(10, 20), LOWER_IS_BETTER, 0, 5, 10)).containsExactly(20.0, 15.0, 10.0);
    assertThat(apply(Normalisation.minMax(10, 20), HIGHER_IS_BETTER, 7, 7)).containsExactly(15.0, 15.0);
    assertThat(note(Normalisation.minMax(10, 20), HIGHER_IS_BETTER, 7, 7))
        .isEqualTo("all values are equal: each unit gets the middle of the range, 15");
    // differences of numbers this large overflow unless scaled first
    assertThat(apply(Normalisation.minMax(), HIGHER_IS_BETTER, 1e308, -1e308, 0)).containsExactly(1.0, 0.0, 0.5);
  }

  @Test
  void aZScoreHasTheMeanAndStandardDeviationAsked() {
    // mean 2, sample standard deviation 1
    assertThat(apply(Normalisation.zScore(50, 10), HIGHER_IS_BETTER, 1, 2, 3)).containsExactly(40.0, 50.0, 60.0);
    assertThat(apply(Normalisation.zScore(50, 10), LOWER_IS_BETTER, 1, 2, 3)).containsExactly(60.0, 50.0, 40.0);
    // mean 5, sample standard deviation √(16 / 3): each value is √3 / 2 from the mean
    double d = Math.sqrt(3) / 2;
    List<Double> z = apply(Normalisation.zScore(), HIGHER_IS_BETTER, 3, 7, 3, 7);
    double[] expected = {-d, d, -d, d};
    for (int i = 0; i < expected.length; i++) {
      assertThat(z.get(i)).isCloseTo(expected[i], org.assertj.core.api.Assertions.within(1e-15));
    }
    assertThat(apply(Normalisation.zScore(50, 10), HIGHER_IS_BETTER, 4, 4)).containsExactly(50.0, 50.0);
  }

  @Test
  void aDistanceToTargetIsMeasuredFromTheWorstValue() {
    assertThat(apply(Normalisation.distanceToTarget(10), HIGHER_IS_BETTER, 0, 5, 20)).containsExactly(0.0, 0.5, 2.0);
    assertThat(apply(Normalisation.distanceToTarget(10, true), HIGHER_IS_BETTER, 0, 5, 20))
        .containsExactly(0.0, 0.5, 1.0);
    assertThat(apply(Normalisation.distanceToTarget(2), LOWER_IS_BETTER, 4, 6, 10)).containsExactly(0.75, 0.5, 0.0);
    assertThat(apply(Normalisation.distanceToTarget(2, true), LOWER_IS_BETTER, 1, 6, 10))
        .containsExactly(1.0, 0.5, 0.0);
    assertThat(apply(Normalisation.distanceToTarget(0), HIGHER_IS_BETTER, 1, 2)).containsExactly(1.0, 1.0);
    assertThat(note(Normalisation.distanceToTarget(1), HIGHER_IS_BETTER, 1, 2))
        .isEqualTo("the target 1 is no better than the worst value 1: every unit is at or beyond it and gets 1");
    assertThat(note(Normalisation.distanceToTarget(2), LOWER_IS_BETTER, 1, 2))
        .isEqualTo("the target 2 is no better than the worst value 2: every unit is at or beyond it and gets 1");
    assertThat(apply(Normalisation.distanceToTarget(2.5), LOWER_IS_BETTER, 1, 2)).containsExactly(1.0, 1.0);
  }

  @Test
  void goalpostsClampBetweenTheirEnds() {
    assertThat(apply(Normalisation.goalposts(20, 80), HIGHER_IS_BETTER, 10, 50, 90, 35))
        .containsExactly(0.0, 0.5, 1.0, 0.25);
    assertThat(apply(Normalisation.goalposts(20, 80), LOWER_IS_BETTER, 10, 50, 90, 35))
        .containsExactly(1.0, 0.5, 0.0, 0.75);
    assertThatThrownBy(() -> Normalisation.goalposts(20, 20)).isInstanceOf(InvalidValueException.class);
    assertThat(Normalisation.goalposts(20, 20.5).label().en()).endsWith("20 – 20.5");
  }

  @Test
  void aFractionOfTheMaximumOrOfTheMinimum() {
    assertThat(apply(Normalisation.fractionOfMaximum(), HIGHER_IS_BETTER, 2, 4, 8)).containsExactly(0.25, 0.5, 1.0);
    assertThat(apply(Normalisation.fractionOfMaximum(), LOWER_IS_BETTER, 2, 4, 8)).containsExactly(1.0, 0.5, 0.25);
    assertThat(apply(Normalisation.fractionOfMaximum(), LOWER_IS_BETTER, 0, 4, 0)).containsExactly(1.0, 0.0, 1.0);
    assertThat(note(Normalisation.fractionOfMaximum(), LOWER_IS_BETTER, 0, 4))
        .isEqualTo("the best value is 0: units at 0 get 1, every other unit 0");
    assertThat(note(Normalisation.fractionOfMaximum(), HIGHER_IS_BETTER, 0, 0))
        .isEqualTo("all values are 0: each unit equals the best and gets 1");
  }

  @Test
  void ranksCountTheUnitsThatAreWorse() {
    assertThat(apply(Normalisation.rank(), HIGHER_IS_BETTER, 30, 10, 20)).containsExactly(3.0, 1.0, 2.0);
    assertThat(apply(Normalisation.rank(), LOWER_IS_BETTER, 30, 10, 20)).containsExactly(1.0, 3.0, 2.0);
    assertThat(apply(Normalisation.rank(), HIGHER_IS_BETTER, 5, 5, 1)).containsExactly(2.0, 2.0, 1.0);
    assertThat(apply(Normalisation.percentileRank(), HIGHER_IS_BETTER, 30, 10, 20)).containsExactly(1.0, 0.0, 0.5);
    assertThat(apply(Normalisation.percentileRank(), LOWER_IS_BETTER, 30, 10, 20, 10))
        .containsExactly(0.0, 2.0 / 3, 1.0 / 3, 2.0 / 3);
  }

  @Test
  void aResultIsAskedByPositionOrByUnit() {
    Normalisation.Result byPosition = Normalisation.minMax().apply(List.of(OptionalDouble.of(1), OptionalDouble.empty(),
        OptionalDouble.of(3)), HIGHER_IS_BETTER);
    assertThat(byPosition.count()).isEqualTo(2);
    assertThat(byPosition.value(0)).hasValue(0);
    assertThat(byPosition.value(1)).isEmpty();
    assertThat(byPosition.value(2)).hasValue(1);
    for (int bad : new int[] {-1, 3}) {
      assertThatThrownBy(() -> byPosition.value(bad)).isInstanceOfSatisfying(InvalidValueException.class, e ->
          assertThat(e.getMessage()).isEqualTo("Invalid value for Normalisation.Result.index (valid values 0 - 2): "
              + bad));
    }
    assertThatThrownBy(() -> byPosition.value("44")).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.getMessage()).isEqualTo("Invalid value for Normalisation.Result.unitCode"
            + " (the values were given by position, not by unit): '44'"));
    Normalisation.Result byUnit = Normalisation.minMax().apply(Map.of("44", OptionalDouble.of(1),
        "01", OptionalDouble.of(3)), HIGHER_IS_BETTER);
    assertThat(byUnit.unitCodes()).containsExactly("01", "44");
    assertThat(byUnit.value("01")).hasValue(1);
    assertThatThrownBy(() -> byUnit.value("45")).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.getMessage()).isEqualTo("Invalid value for Normalisation.Result.unitCode"
            + " (not among the units normalised): '45'"));
  }
}
