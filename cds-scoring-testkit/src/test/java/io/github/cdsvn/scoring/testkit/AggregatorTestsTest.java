package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.scoring.Aggregator;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The builder names one container per law and one test per case, and its tests fail where a law is broken. */
class AggregatorTestsTest {
  private static final List<String> LAWS = List.of(
      "total: every valid case is aggregated; total and finite: never NaN or infinite; bounded: the result lies"
          + " between the smallest and the largest value",
      "equal inputs give that value",
      "deterministic: the same case gives the same result, bit for bit",
      "renormalised weights: multiplying every weight by one factor changes nothing",
      "order-free: the order of the values does not matter",
      "monotone: raising one value never lowers the result",
      "missing data never counts as 0: the others are aggregated, renormalised; missing data never counts as 0:"
          + " coverage reports the gap",
      "bad input refused");

  @Test
  void oneContainerPerLawAndOneTestPerCaseNamedByTheLawAndTheCase() {
    List<Nodes.Law> laws = Nodes.laws(AggregatorTests.forAggregator(Aggregator.geometric()).cases(4, 30).build());
    assertThat(Nodes.names(laws)).containsExactlyElementsOf(LAWS);
    List<AggregatorCase> cases = AggregatorCases.of(4, 30);
    List<DynamicTest> bounded = laws.get(0).tests();
    assertThat(bounded).hasSize(30);
    for (int i = 0; i < 30; i++) {
      assertThat(bounded.get(i).getDisplayName())
          .isEqualTo("total, total and finite, bounded, case " + (i + 1) + " of 30: " + cases.get(i));
    }
    // missing data: the cases of two values or more, numbered among all
    List<DynamicTest> missing = laws.get(6).tests();
    List<Integer> several = new java.util.ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i).size() >= 2) {
        several.add(i);
      }
    }
    assertThat(several).hasSizeLessThan(30);
    assertThat(missing).hasSize(several.size());
    assertThat(missing.get(0).getDisplayName()).isEqualTo("missing data never counts as 0, case "
        + (several.get(0) + 1) + " of 30: " + cases.get(several.get(0)));
    assertThat(laws.get(7).tests()).singleElement()
        .satisfies(t -> assertThat(t.getDisplayName()).isEqualTo("bad input refused"));
    assertThat(Nodes.failures(Nodes.tests(Nodes.laws(AggregatorTests.forAggregator(Aggregator.geometric()).build()))))
        .isEmpty();
  }

  @Test
  void aBrokenLawFailsItsTests() {
    Aggregator first = new Aggregator() {
      @Override
      public String name() {
        return "first";
      }

      @Override
      public double aggregate(double[] values, double[] weights) {
        return Aggregator.minimum().aggregate(values, weights) * 0 + values[0];
      }
    };
    List<Nodes.Law> laws = Nodes.laws(AggregatorTests.forAggregator(first).cases(2, 60).build());
    List<String> orderFree = Nodes.failures(laws.get(4).tests());
    assertThat(orderFree).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("order-free, case ")
        .contains("Aggregator 'first' breaks the law 'order-free: the order of the values does not matter'"));
    assertThat(Nodes.failures(laws.get(0).tests())).isEmpty();
    assertThat(Nodes.failures(laws.get(7).tests())).isEmpty();
  }

  @Test
  void badArgumentsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> AggregatorTests.forAggregator(Aggregator.arithmetic()).cases(1, 100_001))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for AggregatorTests.count (valid values 1 - 100000): 100001");
    assertThatThrownBy(() -> AggregatorTests.forAggregator(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("AggregatorTests.aggregator");
  }
}
