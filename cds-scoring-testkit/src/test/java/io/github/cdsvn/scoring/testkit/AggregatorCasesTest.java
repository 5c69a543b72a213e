package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The aggregator cases are deterministic for a seed, valid, and reach what their documentation says. */
class AggregatorCasesTest {
  private static final List<AggregatorCase> MANY = AggregatorCases.of(5, 2000);

  @Test
  void theSameSeedGivesTheSameCasesAndTheFirstCasesDoNotDependOnTheCount() {
    assertThat(AggregatorCases.of(5, 2000)).isEqualTo(MANY);
    assertThat(AggregatorCases.of(5, 30)).isEqualTo(MANY.subList(0, 30));
    assertThat(AggregatorCases.of(6, 30)).isNotEqualTo(MANY.subList(0, 30));
    assertThat(AggregatorCases.of(5, 0)).isEmpty();
    assertThat(MANY.get(0)).hasSameHashCodeAs(AggregatorCases.of(5, 1).get(0));
  }

  @Test
  void everyCaseIsValid() {
    assertThat(MANY).allSatisfy(c -> {
      assertThat(c.size()).isBetween(1, AggregatorCases.MAX_SIZE);
      assertThat(c.values()).hasSize(c.size());
      assertThat(Arrays.stream(c.values()).allMatch(v -> v >= 0 && Double.isFinite(v))).isTrue();
      assertThat(c.weights()).hasSize(c.size());
      assertThat(Arrays.stream(c.weights()).allMatch(w -> w > 0 && Double.isFinite(w))).isTrue();
      assertThat(c.position()).isBetween(0, c.size() - 1);
      assertThat(c.raised()).isFinite().isGreaterThanOrEqualTo(c.values()[c.position()]);
    });
  }

  @Test
  void casesHoldOneValueEqualValuesZerosAndExtremes() {
    assertThat(MANY.stream().map(AggregatorCase::size).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(MANY.stream().filter(c -> c.size() == 1).count()).isBetween(200L, 400L);
    assertThat(MANY).anySatisfy(c -> {
      assertThat(c.size()).isGreaterThan(1);
      assertThat(Arrays.stream(c.values()).distinct().count()).isOne();
    });
    assertThat(MANY).anySatisfy(c -> {
      assertThat(c.values()).contains(0.0);
      assertThat(Arrays.stream(c.values()).max().getAsDouble()).isPositive();
    });
    assertThat(MANY).anySatisfy(c -> assertThat(Arrays.stream(c.values()).allMatch(v -> v == 0)).isTrue());
    for (double extreme : new double[] {Double.MAX_VALUE, 1e300, 1e-300, Double.MIN_VALUE, 100, 50}) {
      assertThat(MANY).anySatisfy(c -> assertThat(c.values()).contains(extreme));
    }
    assertThat(MANY).anySatisfy(c -> assertThat(Arrays.stream(c.values()).allMatch(v -> v > 100 && v <= 1e6)).isTrue());
    for (double weight : new double[] {1, 2, 1e-6, 1e6}) {
      assertThat(MANY).anySatisfy(c -> assertThat(c.weights()).contains(weight));
    }
    assertThat(MANY).anySatisfy(c -> {
      assertThat(c.size()).isGreaterThan(1);
      assertThat(Arrays.stream(c.weights()).distinct().count()).isOne();
    });
    assertThat(MANY).anySatisfy(c -> assertThat(c.raised()).isEqualTo(c.values()[c.position()]));
    assertThat(MANY).anySatisfy(c -> assertThat(c.raised()).isEqualTo(Math.nextUp(c.values()[c.position()])));
    assertThat(MANY).anySatisfy(c -> assertThat(c.raised()).isEqualTo(Double.MAX_VALUE));
  }

  @Test
  void aCaseIsImmutable() {
    AggregatorCase c = MANY.stream().filter(x -> x.size() > 1).findFirst().orElseThrow();
    double[] values = c.values();
    double[] weights = c.weights();
    values[0] = -1;
    weights[0] = -1;
    assertThat(c.values()[0]).isNotNegative();
    assertThat(c.weights()[0]).isPositive();
    assertThat(c).hasToString("values " + Arrays.toString(c.values()) + ", weights " + Arrays.toString(c.weights())
        + ", values[" + c.position() + "] raised to " + c.raised());
  }

  @Test
  void badCasesAndCountsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> AggregatorCases.of(1, -2)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for AggregatorCases.count (valid values 0 - 2147483647): -2");
    assertThatThrownBy(() -> AggregatorCase.of(new double[] {1, 2}, new double[] {1, 0}, 0, 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorCase.weights[1]");
    assertThatThrownBy(() -> AggregatorCase.of(new double[] {1, 2}, new double[] {1, 1}, 1, 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorCase.raised");
    assertThatThrownBy(() -> AggregatorCase.of(new double[] {1, 2}, new double[] {1, 1}, 2, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorCase.position");
    assertThatThrownBy(() -> AggregatorCase.of(new double[] {}, new double[] {}, 0, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AggregatorCase.values.length");
  }
}
