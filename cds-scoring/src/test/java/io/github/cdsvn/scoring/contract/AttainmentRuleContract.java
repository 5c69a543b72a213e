package io.github.cdsvn.scoring.contract;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.MeasureKind;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.BoundKind;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.SeriesPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The laws every attainment rule obeys, as checks that take cases from any generator.
 *
 * <pre>{@code
 * AttainmentRuleContract contract = AttainmentRuleContract.of(new MyRule(), Feature.SCALE_INVARIANT);
 * for (AttainmentInput c : myCases) {
 *   contract.check(c);                      // every law about one case
 *   contract.checkMonotone(c, c.value() + 1);  // a better or worse value
 * }
 * }</pre>
 *
 * <p>Each check returns normally or throws an {@link AssertionError} whose message names the
 * rule, the law broken and the case. The checks depend on nothing but cds-scoring: drive them
 * with JUnit, QuickTheories, a loop or a main method. A case the rule does not support is a
 * mistake of the caller and gets an {@link IllegalArgumentException}.
 *
 * <p>The laws:
 * <ul>
 *   <li><b>total</b>: every valid case is scored, without exception;</li>
 *   <li><b>bounded</b>: the attainment is finite and in [0, 1];</li>
 *   <li><b>met means the bound holds</b>: "met" is {@link AttainmentInput#boundHolds()};</li>
 *   <li><b>met implies 1</b>, and for a bound that is not strict, <b>1 implies met</b>;</li>
 *   <li><b>deterministic</b>: the same case gives an equal result, bit for bit;</li>
 *   <li><b>baseline gives 0</b>: where the goal improves on the baseline, a value equal to the
 *       baseline attains 0;</li>
 *   <li><b>non-finite refused</b>: NaN and infinities cannot reach a rule;</li>
 *   <li><b>monotone</b> ({@link #checkMonotone}): a better value never lowers the attainment —
 *       "better" in the case's {@link AttainmentInput#improvingDirection()}, and for
 *       "approximately" closer to its value;</li>
 *   <li><b>scale-invariant</b>, for rules declaring {@link Feature#SCALE_INVARIANT}: multiplying
 *       value, goal, baseline and series by a power of two changes nothing, bit for bit, for
 *       measures with a natural zero of 0 (percent, count, amount).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AttainmentRuleContract {

  /** Properties a rule declares, which switch on the checks that only apply to such rules. */
  public enum Feature {
    /** The rule is a ratio: scaling value, goal and baseline by one factor changes nothing. */
    SCALE_INVARIANT
  }

  private static final Set<MeasureKind> RATIO_MEASURES = EnumSet.of(MeasureKind.PERCENT, MeasureKind.COUNT,
      MeasureKind.AMOUNT);
  private static final Set<BoundKind> RATIO_BOUNDS = EnumSet.of(BoundKind.AT_LEAST, BoundKind.MORE_THAN,
      BoundKind.AT_MOST, BoundKind.LESS_THAN, BoundKind.APPROXIMATELY, BoundKind.RELATIVE_CHANGE,
      BoundKind.GROWTH_PER_YEAR, BoundKind.MAINTAIN);

  private final AttainmentRule rule;
  private final Set<Feature> features;

  private AttainmentRuleContract(AttainmentRule rule, Set<Feature> features) {
    this.rule = rule;
    this.features = features;
  }

  /**
   * Returns the contract for a rule.
   *
   * @param rule the rule
   * @param features what the rule declares
   * @return the contract
   */
  public static AttainmentRuleContract of(AttainmentRule rule, Feature... features) {
    Objects.requireNonNull(rule, "rule");
    EnumSet<Feature> set = EnumSet.noneOf(Feature.class);
    for (Feature f : features) {
      set.add(Objects.requireNonNull(f, "feature"));
    }
    return new AttainmentRuleContract(rule, set);
  }

  /**
   * Checks every law about one case: total, bounded, met means the bound holds, met implies 1,
   * 1 implies met, deterministic, baseline gives 0, non-finite refused, and — if declared — scale
   * invariance by 2 and by 1/2.
   *
   * @param in the case
   * @throws AssertionError naming the law broken and the case
   * @throws IllegalArgumentException if the rule does not support the case's bound
   */
  public void check(AttainmentInput in) {
    Attainment a = attain(in);
    checkBounded(in, a);
    checkMet(in, a);
    checkDeterministic(in, a);
    checkBaselineGivesZero(in);
    checkRefusesNonFinite(in);
    if (features.contains(Feature.SCALE_INVARIANT)) {
      checkScaleInvariance(in, 1);
      checkScaleInvariance(in, -1);
    }
  }

  /**
   * Checks that a better value never lowers the attainment: compares the case with the same case
   * at another value.
   *
   * @param in the case
   * @param otherValue another value, valid for the case's measure
   * @throws AssertionError if the better of the two values attains less
   * @throws IllegalArgumentException if the other value makes no valid case
   */
  public void checkMonotone(AttainmentInput in, double otherValue) {
    AttainmentInput other;
    try {
      other = in.withValue(otherValue);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a valid value for " + in + ": " + otherValue, e);
    }
    AttainmentInput better = atLeastAsGood(other, in) ? other : in;
    AttainmentInput worse = better == other ? in : other;
    double aBetter = attain(better).value();
    double aWorse = attain(worse).value();
    if (aBetter < aWorse) {
      throw broken("monotone: a better value never lowers attainment",
          "value " + better.value() + " attains " + aBetter + " but the worse value " + worse.value()
              + " attains " + aWorse, in);
    }
  }

  /**
   * Checks scale invariance with the factor {@code 2^exponent}: value, goal, baseline, tolerance
   * and series multiplied by it give the same attainment and "met", bit for bit. Cases outside
   * its scope are passed over: measures other than percent, count and amount, bounds that are
   * not on the value (ranks, milestones, ordinal categories), and cases the factor takes out of
   * the measure's range or into subnormal numbers.
   *
   * @param in the case
   * @param exponent the power of two, such as 1 or −3
   * @throws AssertionError if the scaled case gives another result
   */
  public void checkScaleInvariance(AttainmentInput in, int exponent) {
    if (!RATIO_MEASURES.contains(in.measure().kind()) || !RATIO_BOUNDS.contains(in.bound().kind())) {
      return;
    }
    double k = Math.scalb(1.0, exponent);
    AttainmentInput scaled = scaled(in, k);
    if (scaled == null) {
      return;
    }
    Attainment a = attain(in);
    Attainment b = attain(scaled);
    if (Double.doubleToRawLongBits(a.value()) != Double.doubleToRawLongBits(b.value()) || a.met() != b.met()) {
      throw broken("scale-invariant: multiplying value, goal and baseline by " + k + " changes nothing",
          "got " + a.value() + (a.met() ? " met" : " not met") + ", scaled " + b.value()
              + (b.met() ? " met" : " not met") + " for " + scaled, in);
    }
  }

  /**
   * Checks that NaN and the infinities cannot reach the rule: the case refuses them as value
   * and as baseline.
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

  private void refuses(Runnable r, String what, AttainmentInput in) {
    try {
      r.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw broken("non-finite refused: NaN and infinities never reach a rule", what + " was accepted", in);
  }

  /**
   * Checks that where the goal improves on the baseline, a value equal to the baseline attains 0.
   *
   * @param in the case; passed over where the goal does not improve on the baseline
   * @throws AssertionError if the baseline value attains more than 0
   */
  public void checkBaselineGivesZero(AttainmentInput in) {
    if (!in.goalImprovesOnBaseline()) {
      return;
    }
    AttainmentInput atBaseline;
    try {
      atBaseline = in.withValue(in.effectiveBaseline());
    } catch (IllegalArgumentException e) {
      return; // the baseline is not a value of the measure (it cannot be observed)
    }
    Attainment a = attain(atBaseline);
    if (a.value() != 0) {
      throw broken("baseline gives 0: a value equal to the baseline attains 0 where the goal improves on it",
          "value " + atBaseline.value() + " attains " + a.value(), in);
    }
  }

  private void checkBounded(AttainmentInput in, Attainment a) {
    if (!(a.value() >= 0 && a.value() <= 1)) {
      throw broken("bounded: attainment in [0, 1]", "got " + a.value(), in);
    }
  }

  private void checkMet(AttainmentInput in, Attainment a) {
    if (a.met() != in.boundHolds()) {
      throw broken("met means the bound holds", "met is " + a.met() + " but the bound "
          + (in.boundHolds() ? "holds" : "does not hold"), in);
    }
    if (a.met() && a.value() != 1) {
      throw broken("met implies 1", "met with attainment " + a.value(), in);
    }
    if (!in.bound().isStrict() && a.value() == 1 && !a.met()) {
      throw broken("1 implies met (bounds that are not strict)", "attainment 1 but not met", in);
    }
  }

  private void checkDeterministic(AttainmentInput in, Attainment first) {
    Attainment again = attain(in);
    if (Double.doubleToRawLongBits(first.value()) != Double.doubleToRawLongBits(again.value())
        || !first.equals(again)) {
      throw broken("deterministic: the same case gives the same result, bit for bit",
          "got " + first + " then " + again, in);
    }
  }

  private Attainment attain(AttainmentInput in) {
    if (!rule.supports(in.bound().kind())) {
      throw new IllegalArgumentException("rule " + rule.name() + " does not support " + in.bound().kind()
          + "; give the contract only cases it supports: " + in);
    }
    Attainment a;
    try {
      a = rule.attain(in);
    } catch (RuntimeException e) {
      AssertionError err = broken("total: every valid case is scored", "threw " + e, in);
      err.initCause(e);
      throw err;
    }
    if (a == null) {
      throw broken("total: every valid case is scored", "returned null", in);
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

  private static AttainmentInput scaled(AttainmentInput in, double k) {
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
        return null; // overflow, or subnormal numbers that scaling would round
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
    Measure m = in.measure();
    AttainmentInput.Builder b = AttainmentInput.builder().measure(m).direction(in.direction()).bound(scaledBound)
        .value(in.value() * k);
    in.baseline().ifPresent(x -> b.baseline(x * k));
    List<SeriesPoint> pts = new ArrayList<>();
    in.points().forEach(p -> pts.add(SeriesPoint.of(p.date(), p.value() * k)));
    b.points(pts);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      return null; // out of the measure's range once scaled
    }
  }

  private AssertionError broken(String law, String what, AttainmentInput in) {
    return new AssertionError("AttainmentRule '" + rule.name() + "' breaks the law '" + law + "': " + what
        + "; case " + in);
  }
}
