package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Law;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;

/**
 * The attainment-rule contract as JUnit Jupiter dynamic tests, for a {@code @TestFactory}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicContainer> myRuleObeysTheLaws() {
 *   return RuleTests.forRule(new MyRule()).features(Feature.SCALE_INVARIANT).cases(42, 200).build();
 * }
 * }</pre>
 *
 * <p>{@link #build()} draws {@linkplain AttainmentCases cases} of every kind of bound the rule
 * supports, and {@linkplain MonotonePair pairs} for the monotonicity law, and returns one
 * container per law of the {@link AttainmentRuleContract}, holding one test per case, named by
 * the law and the case: {@code total, bounded, case 17 of 200: AttainmentInput{…}}. A broken law
 * thus shows every case that breaks it, not only the first, each under a name that says what it
 * is; the same seed draws the same cases again. Unless
 * {@link #cases(long, int)} says otherwise, 100 cases are drawn from the seed
 * {@value #DEFAULT_SEED}.
 *
 * <p>Immutable and thread-safe: each method returns a new builder.
 */
public final class RuleTests {
  /** The seed cases are drawn from unless {@link #cases(long, int)} sets one. */
  public static final long DEFAULT_SEED = 20_261_122L;
  /** The number of cases drawn unless {@link #cases(long, int)} sets one. */
  public static final int DEFAULT_COUNT = 100;
  /** The powers of two each case is scaled by, for a scale-invariant rule. */
  private static final int[] SCALE_EXPONENTS = {-4, -1, 1, 3};

  private final AttainmentRule rule;
  private final Set<Feature> features;
  private final long seed;
  private final int count;

  private RuleTests(AttainmentRule rule, Set<Feature> features, long seed, int count) {
    this.rule = rule;
    this.features = features;
    this.seed = seed;
    this.count = count;
  }

  /**
   * Starts the tests of a rule that declares no feature.
   *
   * @param rule the rule
   * @return a builder with the default seed and count
   */
  public static RuleTests forRule(AttainmentRule rule) {
    return new RuleTests(Objects.requireNonNull(rule, "RuleTests.rule"), EnumSet.noneOf(Feature.class),
        DEFAULT_SEED, DEFAULT_COUNT);
  }

  /**
   * Sets what the rule declares, which switches on the laws that hold only for such rules.
   *
   * @param declared the features, possibly none; they replace any set before
   * @return a new builder
   */
  public RuleTests features(Feature... declared) {
    Objects.requireNonNull(declared, "RuleTests.features");
    EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
    for (Feature f : declared) {
      set.add(Objects.requireNonNull(f, "RuleTests.features[]"));
    }
    return new RuleTests(rule, set, seed, count);
  }

  /**
   * Sets the seed the cases are drawn from and how many are drawn.
   *
   * @param newSeed the seed
   * @param newCount how many cases, and how many pairs, from 1 to 100,000
   * @return a new builder
   * @throws InvalidValueException if the count is out of range
   */
  public RuleTests cases(long newSeed, int newCount) {
    InvalidValueException.requireInRange("RuleTests.count", newCount, 1, 100_000);
    return new RuleTests(rule, features, newSeed, newCount);
  }

  /**
   * Draws the cases and returns the tests: total and bounded; met (met means the bound holds,
   * met implies 1, 1 implies met); deterministic; baseline gives 0; non-finite refused;
   * monotone, on the pairs; and for a rule declaring {@link Feature#SCALE_INVARIANT}
   * scale-invariant, each case multiplied by 2⁻⁴, 2⁻¹, 2 and 2³.
   *
   * @return one container per law, in that order, for one run: JUnit consumes each container's
   *     tests as it runs them, so that another run needs another call
   * @throws InvalidValueException if the rule supports no kind of bound
   */
  public Stream<DynamicContainer> build() {
    Set<Bound.Kind> kinds = EnumSet.noneOf(Bound.Kind.class);
    for (Bound.Kind k : Bound.Kind.values()) {
      if (rule.supports(k)) {
        kinds.add(k);
      }
    }
    if (kinds.isEmpty()) {
      throw new InvalidValueException("RuleTests.rule", rule.name(), "a rule that supports a kind of bound");
    }
    AttainmentRuleContract contract = AttainmentRuleContract.of(rule, features.toArray(new Feature[0]));
    List<AttainmentInput> cases = AttainmentCases.of(kinds, seed, count);
    List<DynamicContainer> laws = new ArrayList<>();
    laws.add(onCases(cases, contract::checkBounded, Law.TOTAL, Law.BOUNDED));
    laws.add(onCases(cases, contract::checkMet, Law.MET_MEANS_BOUND_HOLDS, Law.MET_IMPLIES_ONE, Law.ONE_IMPLIES_MET));
    laws.add(onCases(cases, contract::checkDeterministic, Law.DETERMINISTIC));
    laws.add(onCases(cases, contract::checkBaselineGivesZero, Law.BASELINE_GIVES_ZERO));
    laws.add(onCases(cases, contract::checkRefusesNonFinite, Law.NON_FINITE_REFUSED));
    laws.add(DynamicLaws.law(texts(Law.MONOTONE), AttainmentCases.pairs(kinds, seed, count), p -> true,
        contract::checkMonotone));
    if (features.contains(Feature.SCALE_INVARIANT)) {
      laws.add(onCases(cases, c -> {
        for (int exponent : SCALE_EXPONENTS) {
          contract.checkScaleInvariance(c, exponent);
        }
      }, Law.SCALE_INVARIANT));
    }
    return laws.stream();
  }

  private static DynamicContainer onCases(List<AttainmentInput> cases, Consumer<AttainmentInput> check, Law... laws) {
    return DynamicLaws.law(texts(laws), cases, c -> true, check);
  }

  private static List<String> texts(Law... laws) {
    List<String> texts = new ArrayList<>();
    for (Law law : laws) {
      texts.add(law.text());
    }
    return texts;
  }
}
