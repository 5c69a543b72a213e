package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.indicator.Direction.HIGHER_IS_BETTER;
import static io.github.cdsvn.core.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NormalisationTest {
  private static final double EPS = 1e-12;

  private static List<OptionalDouble> values(double... xs) {
    return Arrays.stream(xs).mapToObj(OptionalDouble::of).collect(Collectors.toList());
  }

  private static double[] apply(Normalisation n, Direction d, double... xs) {
    return n.apply(values(xs), d).values().stream().mapToDouble(OptionalDouble::getAsDouble).toArray();
  }

  private static void assertClose(double[] actual, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("value %d", i).isCloseTo(expected[i], within(EPS));
    }
  }

  @Nested
  class PublishedReferenceValues {
    // COINr's documented functions n_dist2targ and n_goalposts, reproduced exactly.

    @Test
    void distanceToTargetHigherIsBetter() {
      assertClose(apply(Normalisation.distanceToTarget(10), HIGHER_IS_BETTER, 0, 5, 11), 0, 0.5, 1.1);
    }

    @Test
    void distanceToTargetCapped() {
      assertClose(apply(Normalisation.distanceToTarget(10, true), HIGHER_IS_BETTER, 0, 5, 11), 0, 0.5, 1);
    }

    @Test
    void distanceToTargetLowerIsBetter() {
      assertClose(apply(Normalisation.distanceToTarget(0), LOWER_IS_BETTER, -1, 1, 10), 1.1, 0.9, 0);
    }

    @Test
    void goalposts() {
      assertClose(apply(Normalisation.goalposts(0, 10), HIGHER_IS_BETTER, 1, 11, -1), 0.1, 1, 0);
    }
  }

  @Nested
  class Methods {
    @Test
    void minMaxMapsWorstToZeroAndBestToOne() {
      assertClose(apply(Normalisation.minMax(), HIGHER_IS_BETTER, 2, 4, 10), 0, 0.25, 1);
      assertClose(apply(Normalisation.minMax(), LOWER_IS_BETTER, 2, 4, 10), 1, 0.75, 0);
    }

    @Test
    void minMaxOntoAnotherRange() {
      assertClose(apply(Normalisation.minMax(0, 100), HIGHER_IS_BETTER, 2, 4, 10), 0, 25, 100);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
      // mean 4, sample sd sqrt(((−2)² + 0² + 2²) / 2) = 2
      assertClose(apply(Normalisation.zScore(), HIGHER_IS_BETTER, 2, 4, 6), -1, 0, 1);
      assertClose(apply(Normalisation.zScore(), LOWER_IS_BETTER, 2, 4, 6), 1, 0, -1);
      assertClose(apply(Normalisation.zScore(100, 10), HIGHER_IS_BETTER, 2, 4, 6), 90, 100, 110);
    }

    @Test
    void goalpostsLowerIsBetterFlipsThePosts() {
      assertClose(apply(Normalisation.goalposts(0, 10), LOWER_IS_BETTER, 1, 11, -1, 5), 0.9, 0, 1, 0.5);
    }

    @Test
    void fractionOfMaximum() {
      assertClose(apply(Normalisation.fractionOfMaximum(), HIGHER_IS_BETTER, 2, 5, 10), 0.2, 0.5, 1);
      assertClose(apply(Normalisation.fractionOfMaximum(), LOWER_IS_BETTER, 2, 5, 10), 1, 0.4, 0.2);
    }

    @Test
    void rankIsAscendingWithTiesSharingTheLowestRank() {
      // R: rank(c(3, 1, 3, 7), ties.method = "min") = 2 1 2 4
      assertClose(apply(Normalisation.rank(), HIGHER_IS_BETTER, 3, 1, 3, 7), 2, 1, 2, 4);
      assertClose(apply(Normalisation.rank(), LOWER_IS_BETTER, 3, 1, 3, 7), 2, 4, 2, 1);
    }

    @Test
    void percentileRank() {
      assertClose(apply(Normalisation.percentileRank(), HIGHER_IS_BETTER, 3, 1, 3, 7), 1 / 3.0, 0, 1 / 3.0, 1);
      assertClose(apply(Normalisation.percentileRank(), LOWER_IS_BETTER, 3, 1, 3, 7), 1 / 3.0, 1, 1 / 3.0, 0);
    }

    @Test
    void labelsNameTheParameters() {
      assertThat(Normalisation.distanceToTarget(10, true).label().en()).isEqualTo("distance to target 10, capped at 1");
      assertThat(Normalisation.distanceToTarget(12.5, true).label().vi())
          .isEqualTo("khoảng cách đến mục tiêu 12,5, giới hạn ở 1");
      assertThat(Normalisation.minMax().label().en()).isEqualTo("min-max [0, 1]");
      assertThat(Normalisation.rank().method()).isEqualTo(Normalisation.Method.RANK);
    }

    @Test
    void valuesByUnitComeBackByUnitCode() {
      Map<String, OptionalDouble> byUnit = new LinkedHashMap<>();
      byUnit.put("60", OptionalDouble.of(10));
      byUnit.put("24", OptionalDouble.of(2));
      byUnit.put("44", OptionalDouble.empty());
      byUnit.put("40", OptionalDouble.of(4));
      Normalisation.Result r = Normalisation.minMax().apply(byUnit, HIGHER_IS_BETTER);
      assertThat(r.unitCodes()).containsExactly("24", "40", "44", "60");
      assertThat(r.value("60")).hasValue(1);
      assertThat(r.value("24")).hasValue(0);
      assertThat(r.value("40").getAsDouble()).isCloseTo(0.25, within(EPS));
      assertThat(r.value("44")).isEmpty();
      assertThat(r.count()).isEqualTo(3);
      assertThatThrownBy(() -> r.value("01")).isInstanceOf(InvalidValueException.class).hasMessageContaining("'01'");
    }
  }

  @Nested
  class MissingValues {
    @Test
    void stayMissingAndTakeNoPartInTheStatistics() {
      List<OptionalDouble> in = List.of(OptionalDouble.of(2), OptionalDouble.empty(), OptionalDouble.of(10));
      for (Normalisation n : all()) {
        Normalisation.Result r = n.apply(in, HIGHER_IS_BETTER);
        assertThat(r.values().get(1)).as(n.toString()).isEmpty();
        assertThat(r.count()).isEqualTo(2);
      }
      assertThat(Normalisation.minMax().apply(in, HIGHER_IS_BETTER).values())
          .containsExactly(OptionalDouble.of(0), OptionalDouble.empty(), OptionalDouble.of(1));
    }

    @Test
    void allMissingGivesAllMissingAndIsNotDegenerate() {
      List<OptionalDouble> in = List.of(OptionalDouble.empty(), OptionalDouble.empty());
      for (Normalisation n : all()) {
        Normalisation.Result r = n.apply(in, LOWER_IS_BETTER);
        assertThat(r.values()).containsOnly(OptionalDouble.empty());
        assertThat(r.isDegenerate()).isFalse();
      }
      assertThat(Normalisation.zScore().apply(List.of(), HIGHER_IS_BETTER).values()).isEmpty();
    }
  }

  @Nested
  class DegenerateInputs {
    @Test
    void minMaxOfEqualValuesGivesTheMiddle() {
      Normalisation.Result r = Normalisation.minMax().apply(values(7, 7, 7), HIGHER_IS_BETTER);
      assertThat(r.values()).containsOnly(OptionalDouble.of(0.5));
      assertThat(r.degenerate()).hasValueSatisfying(l -> assertThat(l.en()).contains("all values are equal"));
      assertThat(Normalisation.minMax(0, 100).apply(values(7), HIGHER_IS_BETTER).values())
          .containsExactly(OptionalDouble.of(50));
    }

    @Test
    void zScoreOfEqualValuesGivesTheMean() {
      // 0.1 three times: a naive mean is 0.10000000000000002 and the deviation not quite 0
      Normalisation.Result r = Normalisation.zScore().apply(values(0.1, 0.1, 0.1), HIGHER_IS_BETTER);
      assertThat(r.values()).containsOnly(OptionalDouble.of(0));
      assertThat(r.isDegenerate()).isTrue();
      assertThat(Normalisation.zScore(100, 15).apply(values(3), LOWER_IS_BETTER).values())
          .containsExactly(OptionalDouble.of(100));
    }

    @Test
    void targetNoBetterThanTheFarGoalpostGivesOne() {
      Normalisation.Result equal = Normalisation.distanceToTarget(0).apply(values(0, 5, 11), HIGHER_IS_BETTER);
      assertThat(equal.values()).containsOnly(OptionalDouble.of(1));
      assertThat(equal.degenerate().orElseThrow().en()).contains("every unit is at or beyond it");
      Normalisation.Result below = Normalisation.distanceToTarget(-3).apply(values(0, 5, 11), HIGHER_IS_BETTER);
      assertThat(below.values()).containsOnly(OptionalDouble.of(1));
      Normalisation.Result lower = Normalisation.distanceToTarget(10).apply(values(-1, 1, 10), LOWER_IS_BETTER);
      assertThat(lower.values()).containsOnly(OptionalDouble.of(1));
      assertThat(lower.isDegenerate()).isTrue();
    }

    @Test
    void fractionOfMaximumWithBestValueZero() {
      Normalisation.Result zeros = Normalisation.fractionOfMaximum().apply(values(0, 0), HIGHER_IS_BETTER);
      assertThat(zeros.values()).containsOnly(OptionalDouble.of(1));
      assertThat(zeros.isDegenerate()).isTrue();
      Normalisation.Result lower = Normalisation.fractionOfMaximum().apply(values(0, 4, 0), LOWER_IS_BETTER);
      assertThat(lower.values()).containsExactly(OptionalDouble.of(1), OptionalDouble.of(0), OptionalDouble.of(1));
      assertThat(lower.isDegenerate()).isTrue();
    }

    @Test
    void percentileRankOfOneValueIsZero() {
      Normalisation.Result r = Normalisation.percentileRank().apply(values(42), HIGHER_IS_BETTER);
      assertThat(r.values()).containsExactly(OptionalDouble.of(0));
      assertThat(r.isDegenerate()).isTrue();
      assertThat(Normalisation.percentileRank().apply(values(5, 5, 5), HIGHER_IS_BETTER).values())
          .containsOnly(OptionalDouble.of(0));
    }

    @Test
    void hugeValuesNeverGiveNaN() {
      double big = Double.MAX_VALUE;
      assertClose(apply(Normalisation.minMax(), HIGHER_IS_BETTER, -big, 0, big), 0, 0.5, 1);
      double[] z = apply(Normalisation.zScore(), HIGHER_IS_BETTER, -big, 0, big);
      assertClose(z, -1, 0, 1);
      assertClose(apply(Normalisation.distanceToTarget(big), HIGHER_IS_BETTER, -big, 0), 0, 0.5);
      assertClose(apply(Normalisation.goalposts(-big, big), LOWER_IS_BETTER, -big, 0, big), 1, 0.5, 0);
    }
  }

  @Nested
  class BadInput {
    @Test
    void nanAndInfinitiesAreRefusedNamingThePosition() {
      for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        assertThatThrownBy(() -> Normalisation.minMax().apply(values(1, bad), HIGHER_IS_BETTER))
            .isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("Normalisation.values[1]")
            .hasMessageContaining(String.valueOf(bad));
      }
    }

    @Test
    void nanIsRefusedNamingTheUnit() {
      Map<String, OptionalDouble> byUnit = Map.of("44", OptionalDouble.of(Double.NaN));
      assertThatThrownBy(() -> Normalisation.rank().apply(byUnit, HIGHER_IS_BETTER))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Normalisation.values[unit 44]");
    }

    @Test
    void negativeValuesAreRefusedForTheFractionOfMaximum() {
      assertThatThrownBy(() -> Normalisation.fractionOfMaximum().apply(values(3, -2), HIGHER_IS_BETTER))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Normalisation.values[1]").hasMessageContaining("-2");
    }

    @Test
    void badParametersAreRefused() {
      assertThatThrownBy(() -> Normalisation.goalposts(10, 0)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Normalisation.high").hasMessageContaining("must be above low 10");
      assertThatThrownBy(() -> Normalisation.goalposts(0, Double.NaN)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Normalisation.high");
      assertThatThrownBy(() -> Normalisation.minMax(1, 1)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Normalisation.upper");
      assertThatThrownBy(() -> Normalisation.zScore(0, 0)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Normalisation.standardDeviation");
      assertThatThrownBy(() -> Normalisation.distanceToTarget(Double.POSITIVE_INFINITY))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("Normalisation.target");
      assertThatThrownBy(() -> Normalisation.minMax().apply(values(1), HIGHER_IS_BETTER).value(1))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("Normalisation.Result.index");
      assertThatThrownBy(() -> Normalisation.minMax().apply(Map.of(" ", OptionalDouble.of(1)), HIGHER_IS_BETTER))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("Normalisation.unitCode");
    }

    @Test
    void resultsThatOverflowAreRefused() {
      assertThatThrownBy(() -> Normalisation.zScore(0, Double.MAX_VALUE).apply(values(0, 1, 100), HIGHER_IS_BETTER))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a finite number");
    }
  }

  // ---- laws ----

  private static List<Normalisation> all() {
    return List.of(Normalisation.minMax(), Normalisation.minMax(-5, 5), Normalisation.zScore(),
        Normalisation.distanceToTarget(30), Normalisation.distanceToTarget(30, true),
        Normalisation.goalposts(-20, 40), Normalisation.fractionOfMaximum(), Normalisation.rank(),
        Normalisation.percentileRank());
  }

  /** Lists of values with repeats and gaps: whole numbers from 0 to 50 (ties are common). */
  private static Gen<List<OptionalDouble>> data() {
    Gen<OptionalDouble> one = integers().between(0, 60)
        .map(i -> i > 50 ? OptionalDouble.empty() : OptionalDouble.of(i * 1.5));
    return lists().of(one).ofSizeBetween(0, 25);
  }

  private static Gen<Direction> directions() {
    return booleans().all().map(b -> b ? HIGHER_IS_BETTER : LOWER_IS_BETTER);
  }

  @Test
  void shufflingTheInputShufflesTheOutputBitForBit() {
    qt().forAll(data(), directions(), longs().all()).checkAssert((in, d, seed) -> {
      for (Normalisation n : all()) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<OptionalDouble> shuffled = order.stream().map(in::get).collect(Collectors.toList());
        List<OptionalDouble> out = n.apply(in, d).values();
        List<OptionalDouble> outShuffled = n.apply(shuffled, d).values();
        for (int i = 0; i < order.size(); i++) {
          assertThat(outShuffled.get(i)).as(n.toString()).isEqualTo(out.get(order.get(i)));
        }
      }
    });
  }

  @Test
  void boundedMethodsStayWithinTheirRange() {
    qt().forAll(data(), directions()).checkAssert((in, d) -> {
      for (Normalisation n : List.of(Normalisation.minMax(), Normalisation.goalposts(-20, 40),
          Normalisation.distanceToTarget(30, true), Normalisation.fractionOfMaximum(),
          Normalisation.percentileRank())) {
        for (OptionalDouble v : n.apply(in, d).values()) {
          if (v.isPresent()) {
            assertThat(v.getAsDouble()).as(n.toString()).isBetween(0.0, 1.0);
          }
        }
      }
    });
  }

  @Test
  void aBetterValueNeverGetsALowerScore() {
    qt().forAll(data(), directions()).checkAssert((in, d) -> {
      for (Normalisation n : all()) {
        List<OptionalDouble> out = n.apply(in, d).values();
        for (int i = 0; i < in.size(); i++) {
          for (int j = 0; j < in.size(); j++) {
            if (in.get(i).isPresent() && in.get(j).isPresent()
                && !d.isBetter(in.get(j).getAsDouble(), in.get(i).getAsDouble())
                && out.get(i).getAsDouble() < out.get(j).getAsDouble()) {
              fail(n + " " + d + " " + in + ": value " + i + " is no worse than value " + j + " but scores lower");
            }
          }
        }
      }
    });
  }

  @Test
  void neverNaNAndMissingExactlyWhereTheInputIsMissing() {
    qt().forAll(data(), directions()).checkAssert((in, d) -> {
      for (Normalisation n : all()) {
        List<OptionalDouble> out = n.apply(in, d).values();
        for (int i = 0; i < in.size(); i++) {
          assertThat(out.get(i).isPresent()).isEqualTo(in.get(i).isPresent());
          out.get(i).ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
        }
      }
    });
  }

  @Test
  void lowerIsBetterIsHigherIsBetterOfTheNegatedValues() {
    qt().forAll(data()).checkAssert(in -> {
      List<OptionalDouble> negated = in.stream()
          .map(v -> v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v).collect(Collectors.toList());
      for (Normalisation n : List.of(Normalisation.minMax(), Normalisation.zScore(), Normalisation.rank(),
          Normalisation.percentileRank())) {
        List<OptionalDouble> a = n.apply(in, LOWER_IS_BETTER).values();
        List<OptionalDouble> b = n.apply(negated, HIGHER_IS_BETTER).values();
        for (int i = 0; i < in.size(); i++) {
          if (a.get(i).isPresent()) {
            assertThat(a.get(i).getAsDouble()).as(n.toString()).isCloseTo(b.get(i).getAsDouble(), within(1e-9));
          }
        }
      }
    });
  }

  @Test
  void zScoresHaveMeanZeroAndSampleDeviationOne() {
    qt().forAll(data()).checkAssert(in -> {
      Normalisation.Result r = Normalisation.zScore().apply(in, HIGHER_IS_BETTER);
      double[] z = r.values().stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).toArray();
      if (z.length < 2 || r.isDegenerate()) {
        return;
      }
      double mean = Arrays.stream(z).average().orElseThrow();
      double ss = Arrays.stream(z).map(v -> (v - mean) * (v - mean)).sum();
      assertThat(mean).isCloseTo(0, within(1e-9));
      assertThat(Math.sqrt(ss / (z.length - 1))).isCloseTo(1, within(1e-9));
    });
  }

  @Test
  void rankIsOnePlusTheNumberOfStrictlyWorseValues() {
    qt().forAll(data(), directions()).checkAssert((in, d) -> {
      List<OptionalDouble> ranks = Normalisation.rank().apply(in, d).values();
      List<OptionalDouble> pranks = Normalisation.percentileRank().apply(in, d).values();
      long n = in.stream().filter(OptionalDouble::isPresent).count();
      for (int i = 0; i < in.size(); i++) {
        if (in.get(i).isEmpty()) {
          continue;
        }
        double x = in.get(i).getAsDouble();
        long worse = in.stream().filter(OptionalDouble::isPresent)
            .filter(v -> d.isBetter(x, v.getAsDouble())).count();
        assertThat(ranks.get(i).getAsDouble()).isEqualTo(worse + 1.0);
        assertThat(pranks.get(i).getAsDouble()).isCloseTo(n == 1 ? 0 : (double) worse / (n - 1), within(EPS));
      }
    });
  }
}
