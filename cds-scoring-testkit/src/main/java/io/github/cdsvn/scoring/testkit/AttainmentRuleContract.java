package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.SeriesPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The laws every {@link AttainmentRule} obeys, as checks of one case at a time.
 *
 * <pre>{@code
 * AttainmentRuleContract contract = AttainmentRuleContract.of(new MyRule(), Feature.SCALE_INVARIANT);
 * for (AttainmentInput c : AttainmentCases.of(Bound.Kind.AT_LEAST, 42, 500)) {
 *   contract.check(c);                         // every law about one case
 * }
 * contract.checkMonotone(c, c.value() + 1);    // a better or a worse value
 * }</pre>
 *
 * <p>Each check returns normally or throws an {@link AssertionError} whose message names the
 * rule, the law broken and the case: {@code AttainmentRule 'my-rule' breaks the law 'met implies
 * 1': …; case AttainmentInput{…}}. A check depends on no test framework: drive it with
 * {@link AttainmentCases}, {@link RuleTests}, a property-testing library or a loop. A case the
 * rule does not {@link AttainmentRule#supports support} is the caller's mistake and gets an
 * {@link InvalidValueException}. The laws are listed in the {@linkplain
 * io.github.cdsvn.scoring.testkit package description}.
 *
 * <p>Immutable and thread-safe, if the rule is.
 */
public final class AttainmentRuleContract {

  /** What a rule declares of itself, which switches on the laws that hold only for such rules. */
  public enum Feature {
    /**
     * The rule is a ratio: multiplying value, goal, baseline, tolerance and series by one
     * positive factor changes neither the attainment nor "met", bit for bit.
     */
    SCALE_INVARIANT
  }

  /** The laws, each with the words its failures quote. */
  enum Law {
    TOTAL("total: every valid case is scored"),
    BOUNDED("bounded: attainment in [0, 1]"),
    MET_MEANS_BOUND_HOLDS("met means the bound holds"),
    MET_IMPLIES_ONE("met implies 1"),
    ONE_IMPLIES_MET("1 implies met (bounds that are not strict)"),
    DETERMINISTIC("deterministic: the same case gives the same result, bit for bit"),
    BASELINE_GIVES_ZERO("baseline gives 0: a value equal to the baseline attains 0 where the goal improves on it"),
    NON_FINITE_REFUSED("non-finite refused: NaN and infinities never reach a rule"),
    MONOTONE("monotone: a better value never lowers attainment"),
    SCALE_INVARIANT("scale-invariant: multiplying value, goal and baseline by one positive factor changes nothing");

    private final String text;

    Law(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /** The powers of two that {@link #check} scales a case by, for a scale-invariant rule. */
  static final int[] SCALE_EXPONENTS = {1, -1};

  private static final Set<Measure.Kind> RATIO_MEASURES = EnumSet.of(Measure.Kind.PERCENT, Measure.Kind.COUNT,
      Measure.Kind.AMOUNT);
  private static final Set<Bound.Kind> RATIO_BOUNDS = EnumSet.of(Bound.Kind.AT_LEAST, Bound.Kind.MORE_THAN,
      Bound.Kind.AT_MOST, Bound.Kind.LESS_THAN, Bound.Kind.APPROXIMATELY, Bound.Kind.RELATIVE_CHANGE,
      Bound.Kind.GROWTH_PER_YEAR, Bound.Kind.MAINTAIN);

  private final AttainmentRule rule;
  private final Set<Feature> features;

  private AttainmentRuleContract(AttainmentRule rule, Set<Feature> features) {
    this.rule = rule;
    this.features = Collections.unmodifiableSet(features);
  }

  /**
   * Returns the contract for a rule.
   *
   * @param rule the rule
   * @param features what the rule declares, possibly nothing
   * @return the contract
   */
  public static AttainmentRuleContract of(AttainmentRule rule, Feature... features) {
    Objects.requireNonNull(rule, "AttainmentRuleContract.rule");
    Objects.requireNonNull(features, "AttainmentRuleContract.features");
    EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
    for (Feature f : features) {
      set.add(Objects.requireNonNull(f, "AttainmentRuleContract.features[]"));
    }
    return new AttainmentRuleContract(rule, set);
  }

  /**
   * Returns the rule under test.
   *
   * @return the rule
   */
  public AttainmentRule rule() {
    return rule;
  }

  /**
   * Returns what the rule declares.
   *
   * @return the features, unmodifiable
   */
  public Set<Feature> features() {
    return features;
  }

  /**
   * Checks every law about one case: total, bounded, met means the bound holds, met implies 1,
   * 1 implies met, deterministic, baseline gives 0, non-finite refused, and for a rule declaring
   * {@link Feature#SCALE_INVARIANT} scale invariance by 2 and by 1/2.
   *
   * @param in the case
   * @throws AssertionError naming the law broken and the case
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void check(AttainmentInput in) {
    checkBounded(in);
    checkMet(in);
    checkDeterministic(in);
    checkBaselineGivesZero(in);
    checkRefusesNonFinite(in);
    if (features.contains(Feature.SCALE_INVARIANT)) {
      for (int exponent : SCALE_EXPONENTS) {
        checkScaleInvariance(in, exponent);
      }
    }
  }

  /**
   * Checks that the rule scores the case without exception and that the attainment lies in
   * [0, 1].
   *
   * @param in the case
   * @throws AssertionError if the rule throws, returns {@code null} or an attainment outside [0, 1]
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void checkBounded(AttainmentInput in) {
    Attainment a = attain(in);
    if (!(a.value() >= 0 && a.value() <= 1)) {
      throw broken(Law.BOUNDED, "got " + a.value(), in);
    }
  }

  /**
   * Checks "met": it is {@link AttainmentInput#boundHolds()}, it implies an attainment of 1, and
   * for a bound that is not strict an attainment of 1 implies it.
   *
   * @param in the case
   * @throws AssertionError naming which of the three is broken
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void checkMet(AttainmentInput in) {
    Attainment a = attain(in);
    if (a.met() != in.boundHolds()) {
      throw broken(Law.MET_MEANS_BOUND_HOLDS, "met is " + a.met() + " but the bound "
          + (in.boundHolds() ? "holds" : "does not hold"), in);
    }
    if (a.met() && a.value() != 1) {
      throw broken(Law.MET_IMPLIES_ONE, "met with attainment " + a.value(), in);
    }
    if (!in.bound().isStrict() && a.value() == 1 && !a.met()) {
      throw broken(Law.ONE_IMPLIES_MET, "attainment 1 but not met", in);
    }
  }

  /**
   * Checks that scoring the case twice gives equal results, the attainment equal bit for bit.
   *
   * @param in the case
   * @throws AssertionError if the two results differ
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void checkDeterministic(AttainmentInput in) {
    Attainment first = attain(in);
    Attainment again = attain(in);
    if (Double.doubleToRawLongBits(first.value()) != Double.doubleToRawLongBits(again.value())
        || !first.equals(again)) {
      throw broken(Law.DETERMINISTIC, "got " + first + " then " + again, in);
    }
  }

  /**
   * Checks that a better value never lowers the attainment: compares the case with the same case
   * at another value. "Better" is higher or lower in the case's
   * {@link AttainmentInput#improvingDirection()}, and for "approximately" closer to its value.
   *
   * @param in the case
   * @param otherValue another value, valid for the case
   * @throws AssertionError if the better of the two values attains less
   * @throws InvalidValueException if the other value makes no valid case, or the rule does not
   *     support the case's kind of bound
   */
  public void checkMonotone(AttainmentInput in, double otherValue) {
    AttainmentInput other;
    try {
      other = in.withValue(otherValue);
    } catch (IllegalArgumentException e) {
      InvalidValueException refused = new InvalidValueException("AttainmentRuleContract.otherValue", otherValue,
          "a value that makes a valid case of " + in + ": " + e.getMessage());
      refused.initCause(e);
      throw refused;
    }
    AttainmentInput better = atLeastAsGood(other, in) ? other : in;
    AttainmentInput worse = better == other ? in : other;
    double aBetter = attain(better).value();
    double aWorse = attain(worse).value();
    if (aBetter < aWorse) {
      throw broken(Law.MONOTONE, "value " + better.value() + " attains " + aBetter + " but the worse value "
          + worse.value() + " attains " + aWorse, in);
    }
  }

  /**
   * Checks that a better value never lowers the attainment, for a generated pair.
   *
   * @param pair the case and the other value
   * @throws AssertionError if the better of the two values attains less
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void checkMonotone(MonotonePair pair) {
    Objects.requireNonNull(pair, "AttainmentRuleContract.pair");
    checkMonotone(pair.input(), pair.otherValue());
  }

  /**
   * Checks scale invariance with the factor {@code 2^exponent}: value, goal, baseline, tolerance
   * and series multiplied by it give the same attainment and "met", bit for bit. A power of two
   * multiplies exactly, so that nothing but the rule can make a difference. Cases outside the
   * law's scope pass: measures other than percent, count and amount (their zero or range is not
   * a natural one), bounds not on the value itself (ranks, milestones, ordinal categories), and
   * cases the factor takes out of the measure's range or into subnormal numbers. The check runs
   * whatever the rule declares.
   *
   * @param in the case
   * @param exponent the power of two, such as 1 or −3
   * @throws AssertionError if the scaled case gives another result
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void checkScaleInvariance(AttainmentInput in, int exponent) {
    if (!RATIO_MEASURES.contains(in.measure().kind()) || !RATIO_BOUNDS.contains(in.bound().kind())) {
      return;
    }
    double k = Math.scalb(1.0, exponent);
    Optional<AttainmentInput> scaled = scaled(in, k);
    if (scaled.isEmpty()) {
      return;
    }
    Attainment a = attain(in);
    Attainment b = attain(scaled.get());
    if (Double.doubleToRawLongBits(a.value()) != Double.doubleToRawLongBits(b.value()) || a.met() != b.met()) {
      throw broken(Law.SCALE_INVARIANT, "got " + a.value() + (a.met() ? " met" : " not met") + ", multiplied by "
          + k + " " + b.value() + (b.met() ? " met" : " not met") + " for " + scaled.get(), in);
    }
  }

  /**
   * Checks that NaN and the infinities cannot reach the rule: the case refuses them as value and
   * as baseline.
   *
   * @param in the case
   * @throws AssertionError if a non-finite number is accepted
   */
  public void checkRefusesNonFinite(AttainmentInput in) {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      refuses(() -> in.withValue(bad), "value " + bad, in);
      refuses(() -> in.withBaseline(bad), "baseline " + bad, in);
    }
  }

  /**
   * Checks that where the goal improves on the baseline, a value equal to the baseline attains 0.
   * Cases where the goal does not improve on the baseline pass, and so do those whose baseline
   * is not a value the measure can take.
   *
   * @param in the case
   * @throws AssertionError if the baseline value attains more than 0
   * @throws InvalidValueException if the rule does not support the case's kind of bound
   */
  public void checkBaselineGivesZero(AttainmentInput in) {
    if (!in.goalImprovesOnBaseline()) {
      return;
    }
    AttainmentInput atBaseline;
    try {
      atBaseline = in.withValue(in.effectiveBaseline());
    } catch (IllegalArgumentException e) {
      return; // the baseline is not a value of the measure: it cannot be observed
    }
    Attainment a = attain(atBaseline);
    if (a.value() != 0) {
      throw broken(Law.BASELINE_GIVES_ZERO, "value " + atBaseline.value() + " attains " + a.value(), in);
    }
  }

  private void refuses(Runnable r, String what, AttainmentInput in) {
    try {
      r.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw broken(Law.NON_FINITE_REFUSED, what + " was accepted", in);
  }

  private Attainment attain(AttainmentInput in) {
    Objects.requireNonNull(in, "AttainmentRuleContract.case");
    if (!rule.supports(in.bound().kind())) {
      throw new InvalidValueException("AttainmentRuleContract.case", in.toString(), "rule " + rule.name()
          + " does not support " + in.bound().kind() + "; give the contract only cases of kinds it supports");
    }
    Attainment a;
    try {
      a = rule.attain(in);
    } catch (RuntimeException e) {
      AssertionError err = broken(Law.TOTAL, "threw " + e, in);
      err.initCause(e);
      throw err;
    }
    if (a == null) {
      throw broken(Law.TOTAL, "returned null", in);
    }
    return a;
  }

  /** Whether {@code a}'s value is at least as good as {@code b}'s for the case's bound. */
  private static boolean atLeastAsGood(AttainmentInput a, AttainmentInput b) {
    if (a.bound() instanceof Bound.Approximately approx) {
      double t = approx.value();
      double da = Math.abs(a.value() - t);
      double db = Math.abs(b.value() - t);
      if (Double.isInfinite(da) && Double.isInfinite(db)) {
        // both distances overflow: compare them on halves, exact for numbers that large
        da = Math.abs(a.value() / 2 - t / 2);
        db = Math.abs(b.value() / 2 - t / 2);
      }
      return da <= db;
    }
    return a.improvingDirection() == Direction.HIGHER_IS_BETTER ? a.value() >= b.value() : a.value() <= b.value();
  }

  /** The case multiplied by {@code k}, or empty where the law does not reach it. */
  private static Optional<AttainmentInput> scaled(AttainmentInput in, double k) {
    List<Double> numbers = new ArrayList<>();
    numbers.add(in.value());
    in.baseline().ifPresent(numbers::add);
    in.points().forEach(p -> numbers.add(p.value()));
    Bound bound = in.bound();
    bound.threshold().ifPresent(numbers::add);
    if (bound instanceof Bound.Approximately a) {
      numbers.add(a.tolerance());
    }
    for (double x : numbers) {
      double s = x * k;
      if (!Double.isFinite(s) || (x != 0 && (Math.abs(s) < Double.MIN_NORMAL || Math.abs(x) < Double.MIN_NORMAL))) {
        return Optional.empty(); // overflow, or subnormal numbers that scaling would round
      }
    }
    Bound scaledBound;
    switch (bound.kind()) {
      case AT_LEAST:
        scaledBound = Bound.atLeast(((Bound.AtLeast) bound).value() * k);
        break;
      case MORE_THAN:
        scaledBound = Bound.moreThan(((Bound.MoreThan) bound).value() * k);
        break;
      case AT_MOST:
        scaledBound = Bound.atMost(((Bound.AtMost) bound).value() * k);
        break;
      case LESS_THAN:
        scaledBound = Bound.lessThan(((Bound.LessThan) bound).value() * k);
        break;
      case APPROXIMATELY:
        Bound.Approximately a = (Bound.Approximately) bound;
        scaledBound = Bound.approximately(a.value() * k, a.tolerance() * k);
        break;
      default:
        scaledBound = bound;
    }
    AttainmentInput.Builder b = AttainmentInput.builder().measure(in.measure()).direction(in.direction())
        .bound(scaledBound).value(in.value() * k);
    in.baseline().ifPresent(x -> b.baseline(x * k));
    List<SeriesPoint> pts = new ArrayList<>();
    in.points().forEach(p -> pts.add(SeriesPoint.of(p.date(), p.value() * k)));
    b.points(pts);
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // out of the measure's range once scaled
    }
  }

  private AssertionError broken(Law law, String what, AttainmentInput in) {
    return new AssertionError("AttainmentRule '" + rule.name() + "' breaks the law '" + law.text() + "': " + what
        + "; case " + in);
  }
}
