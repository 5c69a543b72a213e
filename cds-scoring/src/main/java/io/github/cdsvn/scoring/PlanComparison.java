package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Compares the targets of a plan with those of a higher plan, such as a province's plan with the
 * national programme it carries out: is each local target at least as ambitious as the higher
 * one?
 *
 * <p>Two targets are compared when they name the same indicator, population and horizon, and
 * measure the same level ({@link Match#SAME_LEVEL}) or, failing that, each its own plan's whole
 * territory ({@link Match#OWN_TERRITORY}); the others are listed in {@link #onlyInPlan()} and
 * {@link #onlyInHigher()} with the reason. Ambition is judged in the indicator's direction, a
 * threshold by the least good value it accepts; at equal numbers a strict bound is marginally more
 * ambitious than a non-strict one ({@link Comparison#isMarginal()}), and kinds of bound that cannot
 * be compared are {@link Verdict#NOT_COMPARABLE}, with the reason. {@code docs/analyses.md} gives
 * every rule.
 *
 * <p>Any two plans can be compared; {@link #linkDeclared()} says whether the plan's
 * {@link Plan#carriesOut()} names the higher plan. Every list keeps the order of the plan its
 * targets come from. Two comparisons of the same plans are equal. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanComparison c = PlanComparison.of(quangBinh, national);
 * c.comparisons().forEach(x -> System.out.println(x.explanation().en()));
 * // [province level, 2025] Quảng Bình at least 95% against national at least 90%: more ambitious; …
 * }</pre>
 */
@Value.Immutable
@Value.Enclosing
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class PlanComparison {

  /** How ambitious a target is against the higher plan's. */
  public enum Verdict {
    /** It asks for a better value. */
    MORE_AMBITIOUS(Label.of("tham vọng hơn", "more ambitious")),
    /** It asks for the same. */
    EQUALLY_AMBITIOUS(Label.of("ngang bằng", "equally ambitious")),
    /** It asks for a worse value. */
    LESS_AMBITIOUS(Label.of("kém tham vọng hơn", "less ambitious")),
    /** The two cannot be compared; the comparison says why. */
    NOT_COMPARABLE(Label.of("không so sánh được", "not comparable"));

    private final Label label;

    Verdict(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this verdict.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  /** Why two targets were paired. */
  public enum Match {
    /** Same indicator, level, horizon and population. */
    SAME_LEVEL(Label.of("cùng cấp đo", "same level")),
    /**
     * Same indicator, horizon and population; each target measures its own plan's whole
     * territory (the province's share for the province, the nation's for the nation).
     */
    OWN_TERRITORY(Label.of("toàn địa bàn", "whole territory"));

    private final Label label;

    Match(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this kind of match.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  PlanComparison() {}

  /**
   * Compares a plan's targets with a higher plan's.
   *
   * @param plan the plan judged, such as a province's
   * @param higher the plan it is judged against, such as the national programme
   * @return the comparison
   * @throws InvalidValueException if both are the same plan (same id)
   */
  public static PlanComparison of(Plan plan, Plan higher) {
    return PlanComparer.compare(plan, higher);
  }

  /**
   * Returns the plan judged.
   *
   * @return the plan
   */
  @Value.Parameter
  public abstract Plan plan();

  /**
   * Returns the plan it is judged against.
   *
   * @return the higher plan
   */
  @Value.Parameter
  public abstract Plan higher();

  /**
   * Tells whether the plan declares that it carries out the higher plan.
   *
   * @return {@code true} if {@link Plan#carriesOut()} names the higher plan's id
   */
  public boolean linkDeclared() {
    return plan().carriesOut().contains(higher().id());
  }

  /**
   * Says whether the plan declares that it carries out the higher plan.
   *
   * @return the statement, in Vietnamese and English
   */
  public Label link() {
    String plan = plan().id();
    String higher = higher().id();
    return linkDeclared()
        ? Label.of(plan + " được khai báo là thực hiện " + higher, plan + " declares that it carries out " + higher)
        : Label.of(plan + " không khai báo là thực hiện " + higher + "; vẫn so sánh theo yêu cầu",
            plan + " does not declare that it carries out " + higher + "; compared as asked");
  }

  /**
   * Returns the comparisons of paired targets, in the order of the plan's targets.
   *
   * @return the comparisons
   */
  @Value.Parameter
  public abstract ImmutableList<Comparison> comparisons();

  /**
   * Returns the comparisons with a verdict, in the order of the plan's targets.
   *
   * @param verdict the verdict
   * @return the comparisons, possibly none
   */
  public ImmutableList<Comparison> comparisons(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return comparisons().stream().filter(c -> c.verdict() == verdict).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds the comparison of one of the plan's targets.
   *
   * @param key the key of the plan's target
   * @return the comparison, or empty if that target was not paired
   */
  public Optional<Comparison> comparison(Target.Key key) {
    Objects.requireNonNull(key, "key");
    return comparisons().stream().filter(c -> c.target().key().equals(key)).findFirst();
  }

  /**
   * Returns the plan's targets that have no counterpart in the higher plan, with why.
   *
   * @return the targets, in plan order
   */
  @Value.Parameter
  public abstract ImmutableList<Unmatched> onlyInPlan();

  /**
   * Returns the higher plan's targets that have no counterpart in the plan, with why.
   *
   * @return the targets, in the higher plan's order
   */
  @Value.Parameter
  public abstract ImmutableList<Unmatched> onlyInHigher();

  @Override
  public String toString() {
    return "PlanComparison{" + plan().id() + " against " + higher().id() + ", " + comparisons().size()
        + " compared, " + onlyInPlan().size() + " only in the plan, " + onlyInHigher().size()
        + " only in the higher plan}";
  }

  /**
   * One target of the plan against its counterpart in the higher plan, with the verdict and an
   * explanation.
   *
   * <p>Two comparisons are equal when every part is. Immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Comparison {
    Comparison() {}

    /**
     * Returns the plan's target.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract Target target();

    /**
     * Returns the higher plan's target it is compared with.
     *
     * @return the higher target
     */
    @Value.Parameter
    public abstract Target higherTarget();

    /**
     * Returns why the two targets were paired.
     *
     * @return the match
     */
    @Value.Parameter
    public abstract Match match();

    /**
     * Returns the verdict.
     *
     * @return how ambitious the plan's target is against the higher one
     */
    @Value.Parameter
    public abstract Verdict verdict();

    /**
     * Tells whether only strictness differs ("trên 80%" against "tối thiểu 80%"): the verdict is
     * then more or less ambitious by the smallest margin.
     *
     * @return {@code true} for a marginal verdict
     */
    @Value.Parameter
    public abstract boolean isMarginal();

    /**
     * Returns the reason for the verdict alone, such as "ngưỡng cao hơn (95 so với 90) / a
     * higher threshold (95 against 90)".
     *
     * @return the reason
     */
    @Value.Parameter
    public abstract Label reason();

    /**
     * Explains the comparison in one sentence: scope, both targets, verdict and reason.
     *
     * @return the sentence in Vietnamese and English
     */
    @Value.Parameter
    public abstract Label explanation();

    @Override
    public String toString() {
      return "Comparison{" + explanation().en() + "}";
    }
  }

  /**
   * A target with no counterpart in the other plan, and why.
   *
   * <p>Two unmatched targets are equal when their targets and reasons are. Immutable and
   * thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Unmatched {
    Unmatched() {}

    /**
     * Returns the target.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract Target target();

    /**
     * Explains why it was not paired: the other plan has no target for the indicator, or only
     * for another horizon, level or population, naming those targets.
     *
     * @return the reason, in Vietnamese and English
     */
    @Value.Parameter
    public abstract Label reason();

    @Override
    public String toString() {
      return "Unmatched{" + target().key() + ": " + reason().en() + "}";
    }
  }
}
