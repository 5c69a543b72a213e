package io.github.cdsvn.scoring.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.scoring.Aggregator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every built-in aggregator passes the aggregator contract, on cases QuickTheories generates and
 * on the cases the testkit's own generator draws.
 */
class AggregatorLawsTest {
  private static final List<Aggregator> ALL = List.of(Aggregator.arithmetic(), Aggregator.geometric(),
      Aggregator.harmonic(), Aggregator.minimum(), Aggregator.generalisedMean(-3), Aggregator.generalisedMean(-1),
      Aggregator.generalisedMean(0), Aggregator.generalisedMean(0.5), Aggregator.generalisedMean(1),
      Aggregator.generalisedMean(2), Aggregator.generalisedMean(3));

  /** Values: attainments on 0–100 mostly, with zeros, equal values, and any non-negative double. */
  private static Gen<Double> value() {
    return doubles().between(0, 100)
        .mix(Generate.pick(List.of(0.0, 100.0, 50.0, 1.0)), 25)
        .mix(doubles().between(0, 1e6), 15)
        .mix(Generate.pick(List.of(Double.MAX_VALUE, 1e300, Double.MIN_VALUE, 1e-300)), 5);
  }

  private static Gen<Double> weight() {
    return doubles().between(0.01, 10).mix(Generate.pick(List.of(1.0, 2.0, 1e-6, 1e6)), 30);
  }

  /** A case: values and weights of the same length, 1 to 8. */
  private static Gen<double[][]> cases() {
    return integers().between(1, 8).flatMap(n -> lists().of(value()).ofSize(n)
        .zip(lists().of(weight()).ofSize(n), (v, w) -> new double[][] {
            v.stream().mapToDouble(Double::doubleValue).toArray(),
            w.stream().mapToDouble(Double::doubleValue).toArray()}));
  }

  @Test
  void everyCaseLaw() {
    for (Aggregator a : ALL) {
      AggregatorContract contract = AggregatorContract.of(a);
      qt().withExamples(1500).forAll(cases()).checkAssert(c -> contract.check(c[0], c[1]));
    }
  }

  @Test
  void raisingOneValueNeverLowersTheResult() {
    for (Aggregator a : ALL) {
      AggregatorContract contract = AggregatorContract.of(a);
      qt().withExamples(1500).forAll(cases(), integers().between(0, 7), value())
          .checkAssert((c, i, raise) -> {
            int index = i % c[0].length;
            contract.checkMonotone(c[0], c[1], index, Math.max(c[0][index], raise));
          });
    }
  }

  @Test
  void missingDataNeverCountsAsZero() {
    for (Aggregator a : ALL) {
      AggregatorContract contract = AggregatorContract.of(a);
      qt().withExamples(800).forAll(cases().assuming(c -> c[0].length >= 2), integers().between(0, 7))
          .checkAssert((c, i) -> contract.checkMissingNeverCountsAsZero(c[0], c[1], i % c[0].length));
    }
  }

  @Test
  void badInputIsRefused() {
    for (Aggregator a : ALL) {
      AggregatorContract.of(a).checkRefusesBadInput();
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyBuiltInOnDrawnCases() {
    return ALL.stream().map(a -> DynamicContainer.dynamicContainer(a.name(),
        AggregatorTests.forAggregator(a).cases(20251231, 150).build()));
  }
}
