package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.testkit.AggregatorContract.Law;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicContainer;

/**
 * The aggregator contract as JUnit Jupiter dynamic tests, for a {@code @TestFactory}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicContainer> myMeanObeysTheLaws() {
 *   return AggregatorTests.forAggregator(new MyMean()).cases(42, 200).build();
 * }
 * }</pre>
 *
 * <p>{@link #build()} draws {@linkplain AggregatorCases cases} and returns one container per law
 * of the {@link AggregatorContract}, holding one test per case, named by the law and the case:
 * {@code order-free, case 17 of 200: values […], weights […], …}. A broken law thus shows every
 * case that breaks it, not only the first; the same seed draws the same cases again. Unless
 * {@link #cases(long, int)} says otherwise, 100 cases are drawn from the seed
 * {@value RuleTests#DEFAULT_SEED}.
 *
 * <p>Immutable and thread-safe: each method returns a new builder.
 */
public final class AggregatorTests {
  private final Aggregator aggregator;
  private final long seed;
  private final int count;

  private AggregatorTests(Aggregator aggregator, long seed, int count) {
    this.aggregator = aggregator;
    this.seed = seed;
    this.count = count;
  }

  /**
   * Starts the tests of an aggregator.
   *
   * @param aggregator the aggregator
   * @return a builder with the default seed and count
   */
  public static AggregatorTests forAggregator(Aggregator aggregator) {
    return new AggregatorTests(Objects.requireNonNull(aggregator, "AggregatorTests.aggregator"),
        RuleTests.DEFAULT_SEED, RuleTests.DEFAULT_COUNT);
  }

  /**
   * Sets the seed the cases are drawn from and how many are drawn.
   *
   * @param newSeed the seed
   * @param newCount how many cases, from 1 to 100,000
   * @return a new builder
   * @throws InvalidValueException if the count is out of range
   */
  public AggregatorTests cases(long newSeed, int newCount) {
    InvalidValueException.requireInRange("AggregatorTests.count", newCount, 1, 100_000);
    return new AggregatorTests(aggregator, newSeed, newCount);
  }

  /**
   * Draws the cases and returns the tests: total, finite and bounded; equal inputs; deterministic;
   * renormalised weights; order-free; monotone, raising each case's picked value; missing data
   * never counts as 0, leaving out each case's picked value (cases of two values or more); and
   * bad input refused, one test without cases.
   *
   * @return one container per law, in that order, for one run: JUnit consumes each container's
   *     tests as it runs them, so that another run needs another call
   */
  public Stream<DynamicContainer> build() {
    AggregatorContract contract = AggregatorContract.of(aggregator);
    List<AggregatorCase> cases = AggregatorCases.of(seed, count);
    List<DynamicContainer> laws = new ArrayList<>();
    laws.add(onCases(cases, c -> contract.checkBounded(c.values(), c.weights()), Law.TOTAL, Law.FINITE, Law.BOUNDED));
    laws.add(onCases(cases, c -> contract.checkEqualInputs(c.values(), c.weights()), Law.EQUAL_INPUTS));
    laws.add(onCases(cases, c -> contract.checkDeterministic(c.values(), c.weights()), Law.DETERMINISTIC));
    laws.add(onCases(cases, c -> contract.checkRenormalisedWeights(c.values(), c.weights()), Law.RENORMALISED));
    laws.add(onCases(cases, c -> contract.checkOrderFree(c.values(), c.weights()), Law.ORDER_FREE));
    laws.add(onCases(cases, c -> contract.checkMonotone(c.values(), c.weights(), c.position(), c.raised()),
        Law.MONOTONE));
    laws.add(DynamicLaws.law(texts(Law.MISSING_RENORMALISED, Law.MISSING_COVERAGE), cases, c -> c.size() >= 2,
        c -> contract.checkMissingNeverCountsAsZero(c.values(), c.weights(), c.position())));
    laws.add(DynamicLaws.law(texts(Law.BAD_INPUT_REFUSED), contract::checkRefusesBadInput));
    return laws.stream();
  }

  private static DynamicContainer onCases(List<AggregatorCase> cases, Consumer<AggregatorCase> check, Law... laws) {
    Predicate<AggregatorCase> all = c -> true;
    return DynamicLaws.law(texts(laws), cases, all, check);
  }

  private static List<String> texts(Law... laws) {
    List<String> texts = new ArrayList<>();
    for (Law law : laws) {
      texts.add(law.text());
    }
    return texts;
  }
}
