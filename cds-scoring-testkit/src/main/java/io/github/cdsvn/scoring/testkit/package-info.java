/**
 * The laws every attainment rule and every aggregator obeys, for their authors to run against
 * their own: contracts that check one case at a time, generators of valid cases, and JUnit
 * Jupiter dynamic tests made of both.
 *
 * <h2>Three ways to run a contract</h2>
 * <ul>
 *   <li>From JUnit Jupiter, in one line: a {@code @TestFactory} returning
 *       {@code RuleTests.forRule(rule).features(…).cases(seed, count).build()} (or
 *       {@link io.github.cdsvn.scoring.testkit.AggregatorTests}) gets one container per law and
 *       one test per case.</li>
 *   <li>From any framework, or a loop: {@link io.github.cdsvn.scoring.testkit.AttainmentCases}
 *       and {@link io.github.cdsvn.scoring.testkit.AggregatorCases} draw cases from a seed, and
 *       {@link io.github.cdsvn.scoring.testkit.AttainmentRuleContract} and
 *       {@link io.github.cdsvn.scoring.testkit.AggregatorContract} check them.</li>
 *   <li>From a property-testing library: its own generator feeds the contract's checks.</li>
 * </ul>
 * A check returns normally or throws an {@link java.lang.AssertionError} whose message names the
 * implementation, the law broken and the case.
 *
 * <h2>The laws of an attainment rule</h2>
 * <ul>
 *   <li><b>total</b>: every valid case is scored, without exception;</li>
 *   <li><b>bounded</b>: the attainment is in [0, 1];</li>
 *   <li><b>met means the bound holds</b>: "met" is
 *       {@link io.github.cdsvn.scoring.AttainmentInput#boundHolds()};</li>
 *   <li><b>met implies 1</b>, and for a bound that is not strict, <b>1 implies met</b>;</li>
 *   <li><b>deterministic</b>: the same case gives an equal result, bit for bit;</li>
 *   <li><b>baseline gives 0</b>: where the goal improves on the baseline, a value equal to the
 *       baseline attains 0;</li>
 *   <li><b>non-finite refused</b>: NaN and infinities cannot reach a rule;</li>
 *   <li><b>monotone</b>: a better value never lowers the attainment — better in the case's
 *       {@link io.github.cdsvn.scoring.AttainmentInput#improvingDirection()}, and for
 *       "approximately" closer to its value;</li>
 *   <li><b>scale-invariant</b>, for a rule declaring
 *       {@link io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature#SCALE_INVARIANT}:
 *       multiplying value, goal, baseline and series by a power of two changes nothing, bit for
 *       bit, for measures whose zero is a natural one (percent, count, amount).</li>
 * </ul>
 *
 * <h2>The laws of an aggregator</h2>
 * <ul>
 *   <li><b>total and finite</b>: every valid case gives a finite number, never NaN;</li>
 *   <li><b>bounded</b>: the result lies between the smallest and the largest value;</li>
 *   <li><b>equal inputs</b>: values all equal give exactly that value;</li>
 *   <li><b>deterministic</b>: the same case gives the same result, bit for bit;</li>
 *   <li><b>renormalised weights</b>: multiplying every weight by a power of two changes nothing,
 *       bit for bit;</li>
 *   <li><b>order-free</b>: reversing or rotating the values with their weights moves the result
 *       by no more than 1e-12 of the largest value;</li>
 *   <li><b>monotone</b>: raising one value never lowers the result;</li>
 *   <li><b>missing data never counts as 0</b>: an index with one component missing equals the
 *       aggregate of the others, bit for bit, and reports a coverage below 1;</li>
 *   <li><b>bad input refused</b>: NaN, infinite or negative values, weights that are not above 0,
 *       no values, and arrays of different lengths are refused with an
 *       {@link java.lang.IllegalArgumentException}.</li>
 * </ul>
 *
 * <h2>What the generators draw</h2>
 * Cases are drawn from a {@link java.util.SplittableRandom} seeded by the caller, one split per
 * case: the same seed and count give the same cases everywhere. Every attainment case is valid
 * by construction; each kind of bound is drawn over the measures it allows:
 * <ul>
 *   <li>at least, more than, at most, less than, approximately: percent, count, amount, rate a
 *       year, and indices on [0, 1], [−50, 50] and [−1e308, 1e308]; "approximately" with a
 *       tolerance of 0, up to 10 or up to 1,000;</li>
 *   <li>top N of M: ranks, M from 1 to 100, ranks observed from 1 to 1,000,000;</li>
 *   <li>relative change: percent, count, amount and indices, changes from −99.9% to +300%,
 *       always with a baseline;</li>
 *   <li>growth a year: percent, count, amount and the index on [0, 1], a series of 2 to 6
 *       points (from 0 too), rates from −50% to 50%, at least and more than;</li>
 *   <li>milestones: yes/no; ordinal: scales of five and of two categories;</li>
 *   <li>maintain: every measure but yes/no, always with a baseline.</li>
 * </ul>
 * Directions are both drawn (ranks are lower-is-better); half of the cases that may have a
 * baseline have one, and a third of those without a series of their own get one. Values — and
 * baselines, and the other value of a monotonicity pair — are drawn three in ten anywhere in the
 * measure's range (its edges and extreme magnitudes such as {@code Double.MAX_VALUE} and
 * {@code Double.MIN_VALUE} included), one in two at or next to the goal (the threshold, the
 * edges of the band, N and M, the category, the value growing at exactly the rate asked) or the
 * baseline — the next double either side, a billionth or a hundredth away, one step for ranks
 * and categories — and one in five at the far edges of the range. Aggregator cases are
 * described in {@link io.github.cdsvn.scoring.testkit.AggregatorCases}.
 *
 * <h2>JUnit Jupiter</h2>
 * The artifact depends on {@code junit-jupiter-api} (compile scope), which
 * {@link io.github.cdsvn.scoring.testkit.RuleTests} and
 * {@link io.github.cdsvn.scoring.testkit.AggregatorTests} return their tests in. Nothing else
 * here loads a class of it: a project that runs the contracts from another framework may
 * exclude the dependency.
 *
 * <p>Every type here is immutable and thread-safe (the builders return a new builder from each
 * method); no method accepts or returns {@code null}.
 */
package io.github.cdsvn.scoring.testkit;
