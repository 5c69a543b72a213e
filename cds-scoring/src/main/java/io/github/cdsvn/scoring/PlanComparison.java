package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.plan.TargetKey;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the targets of a plan with those of a higher plan, such as a province's plan with the
 * national programme it carries out: is each local target at least as ambitious as the higher
 * one?
 *
 * <h2>Which targets are compared</h2>
 * Two targets are compared when they name the same indicator, population and horizon, and
 * <ul>
 *   <li>measure the same level ({@link Match#SAME_LEVEL}): Quảng Bình's 95% of province-level
 *       work records against the national 90% of province-level work records; or, failing that,</li>
 *   <li>each measures its own plan's whole territory ({@link Match#OWN_TERRITORY}): Ba Tri's
 *       fibre coverage of the district's households (district level, Ba Tri being a district)
 *       against the national coverage of the nation's households (nation level).</li>
 * </ul>
 * Targets for different horizons (2025 and 2030) or different populations (adults aged 18 and
 * over against the whole population) are not compared: they are listed in
 * {@link #onlyInPlan()} and {@link #onlyInHigher()} with the reason, naming the other plan's
 * nearest targets for the same indicator.
 *
 * <h2>How ambition is judged</h2>
 * Direction-aware: for a lower-is-better indicator "at most 5" is more ambitious than "at most
 * 10". A threshold ("tối thiểu", "trên", "tối đa", "dưới") is read as the least good value it
 * accepts; "approximately" as the edge of its tolerance on the worse side. At equal numbers a
 * strict bound ("trên 80%") is <em>marginally</em> more ambitious than a non-strict one ("tối
 * thiểu 80%"): the verdict is {@link Verdict#MORE_AMBITIOUS} (or less) with
 * {@link Comparison#isMarginal()} set. "Top N of M": the smaller group; where M differs (63
 * provinces before 1 July 2025, 34 after) the smaller share N / M. Relative changes need the
 * same baseline year, growth rates compare like thresholds, ordinal categories by position,
 * milestones and "maintain" are equal to their kind. Any other pair of bound kinds is
 * {@link Verdict#NOT_COMPARABLE}, with the reason.
 *
 * <p>Any two plans can be compared; {@link #linkDeclared()} says whether the plan's
 * {@link Plan#carriesOut()} names the higher plan. Every list keeps the order of the plan its
 * targets come from. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanComparison c = PlanComparison.of(quangBinh, national);
 * for (PlanComparison.Comparison x : c.comparisons()) {
 *   System.out.println(x.explanation().vi());
 *   // [cấp tỉnh, 2025] Quảng Bình tối thiểu 95% so với quốc gia tối thiểu 90%: tham vọng hơn; ngưỡng cao hơn (95 so với 90)
 * }
 * }</pre>
 */
public final class PlanComparison {

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

  private final Plan plan;
  private final Plan higher;
  private final ImmutableList<Comparison> comparisons;
  private final ImmutableList<Unmatched> onlyInPlan;
  private final ImmutableList<Unmatched> onlyInHigher;

  private PlanComparison(Plan plan, Plan higher, List<Comparison> comparisons, List<Unmatched> onlyInPlan,
      List<Unmatched> onlyInHigher) {
    this.plan = plan;
    this.higher = higher;
    this.comparisons = ImmutableList.copyOf(comparisons);
    this.onlyInPlan = ImmutableList.copyOf(onlyInPlan);
    this.onlyInHigher = ImmutableList.copyOf(onlyInHigher);
  }

  /**
   * Compares a plan's targets with a higher plan's.
   *
   * @param plan the plan judged, such as a province's
   * @param higher the plan it is judged against, such as the national programme
   * @return the comparison
   * @throws InvalidValueException if both are the same plan (same id)
   */
  public static PlanComparison of(Plan plan, Plan higher) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(higher, "higher");
    if (plan.id().equals(higher.id())) {
      throw new InvalidValueException("PlanComparison.higher", higher.id(), "must be another plan than the one compared");
    }
    Map<TargetKey, Target> higherByKey = new HashMap<>();
    for (Target t : higher.targets()) {
      higherByKey.put(t.key(), t);
    }
    Map<Target, Target> pairs = new HashMap<>();
    Map<Target, Match> how = new HashMap<>();
    Set<Target> used = new HashSet<>();
    for (Target t : plan.targets()) {
      Target h = higherByKey.get(t.key());
      if (h != null) {
        pairs.put(t, h);
        how.put(t, Match.SAME_LEVEL);
        used.add(h);
      }
    }
    AdministrativeLevel planLevel = plan.unit().level();
    AdministrativeLevel higherLevel = higher.unit().level();
    for (Target t : plan.targets()) {
      if (pairs.containsKey(t) || t.level() != planLevel) {
        continue;
      }
      TargetKey k = t.key();
      Target h = higherByKey.get(new TargetKey(k.indicatorCode(), higherLevel, k.horizon(), k.populationCode()));
      if (h != null && !used.contains(h)) {
        pairs.put(t, h);
        how.put(t, Match.OWN_TERRITORY);
        used.add(h);
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    List<Unmatched> onlyInPlan = new ArrayList<>();
    for (Target t : plan.targets()) {
      Target h = pairs.get(t);
      if (h != null) {
        comparisons.add(compare(plan, higher, t, h, how.get(t)));
      } else {
        onlyInPlan.add(unmatched(t, higher));
      }
    }
    List<Unmatched> onlyInHigher = new ArrayList<>();
    for (Target h : higher.targets()) {
      if (!used.contains(h)) {
        onlyInHigher.add(unmatched(h, plan));
      }
    }
    return new PlanComparison(plan, higher, comparisons, onlyInPlan, onlyInHigher);
  }

  private static Comparison compare(Plan plan, Plan higher, Target t, Target h, Match match) {
    BoundAmbition.Judgement j = BoundAmbition.compare(t, h);
    Verdict verdict = j.order().isEmpty() ? Verdict.NOT_COMPARABLE
        : j.order().getAsInt() > 0 ? Verdict.MORE_AMBITIOUS
        : j.order().getAsInt() == 0 ? Verdict.EQUALLY_AMBITIOUS : Verdict.LESS_AMBITIOUS;
    Label scope = match == Match.SAME_LEVEL ? t.level().label() : match.label();
    Label a = name(plan.unit());
    Label b = name(higher.unit());
    Label da = t.describeBound();
    Label db = h.describeBound();
    String vi = "[" + scope.vi() + ", " + t.horizon() + "] " + a.vi() + " " + da.vi() + " so với " + b.vi() + " "
        + db.vi() + ": " + verdict.label().vi() + (j.marginal() ? " một chút" : "") + "; " + j.reason().vi();
    String en = "[" + scope.en() + ", " + t.horizon() + "] " + a.en() + " " + da.en() + " against " + b.en() + " "
        + db.en() + ": " + (j.marginal() ? "marginally " : "") + verdict.label().en() + "; " + j.reason().en();
    return new Comparison(t, h, match, verdict, j.marginal(), j.reason(), Label.of(vi, en));
  }

  private static Label name(AdministrativeUnit unit) {
    return unit.level() == AdministrativeLevel.NATION ? Label.of("quốc gia", "national")
        : Label.of(unit.name(), unit.name());
  }

  private static Label planName(Plan plan) {
    AdministrativeUnit u = plan.unit();
    return u.level() == AdministrativeLevel.NATION
        ? Label.of("kế hoạch quốc gia " + plan.id(), "the national plan " + plan.id())
        : Label.of("kế hoạch của " + u.name() + " " + plan.id(), "the plan of " + u.name() + " " + plan.id());
  }

  private static Unmatched unmatched(Target t, Plan other) {
    Label otherName = planName(other);
    List<Target> candidates = other.targets().stream()
        .filter(c -> c.indicator().code().equals(t.indicator().code())).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return new Unmatched(t, Label.of(otherName.vi() + " không có chỉ tiêu nào cho chỉ số " + t.indicator().code(),
          otherName.en() + " has no target for indicator " + t.indicator().code()));
    }
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Target c : candidates) {
      List<String> dv = new ArrayList<>();
      List<String> de = new ArrayList<>();
      if (!c.horizon().equals(t.horizon())) {
        dv.add("mốc " + c.horizon());
        de.add("horizon " + c.horizon());
      }
      if (c.level() != t.level()) {
        dv.add("đo ở " + c.level().label().vi());
        de.add("measured at " + c.level().label().en());
      }
      if (!c.population().equals(t.population())) {
        dv.add("đối tượng " + c.population().label().vi());
        de.add("population " + c.population().label().en());
      }
      if (dv.isEmpty()) {
        dv.add("đã được ghép với chỉ tiêu khác");
        de.add("already paired with another target");
      }
      vi.add(c.describeBound().vi() + " (" + String.join(", ", dv) + ")");
      en.add(c.describeBound().en() + " (" + String.join(", ", de) + ")");
    }
    return new Unmatched(t, Label.of(
        otherName.vi() + " có chỉ tiêu cho chỉ số này nhưng khác: " + String.join("; ", vi)
            + "; chỉ so sánh khi cùng mốc thời gian, cùng đối tượng và cùng cấp đo (hoặc cùng là toàn địa bàn)",
        otherName.en() + " targets this indicator only differently: " + String.join("; ", en)
            + "; targets are compared only for the same horizon, population and level (or each plan's whole territory)"));
  }

  /**
   * Returns the plan judged.
   *
   * @return the plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the plan it is judged against.
   *
   * @return the higher plan
   */
  public Plan higher() {
    return higher;
  }

  /**
   * Tells whether the plan declares that it carries out the higher plan.
   *
   * @return {@code true} if {@link Plan#carriesOut()} names the higher plan's id
   */
  public boolean linkDeclared() {
    return plan.carriesOut().contains(higher.id());
  }

  /**
   * Says whether the plan declares that it carries out the higher plan.
   *
   * @return the statement, in Vietnamese and English
   */
  public Label link() {
    return linkDeclared()
        ? Label.of(plan.id() + " được khai báo là thực hiện " + higher.id(),
            plan.id() + " declares that it carries out " + higher.id())
        : Label.of(plan.id() + " không khai báo là thực hiện " + higher.id() + "; vẫn so sánh theo yêu cầu",
            plan.id() + " does not declare that it carries out " + higher.id() + "; compared as asked");
  }

  /**
   * Returns the comparisons of paired targets, in the order of the plan's targets.
   *
   * @return the comparisons
   */
  public ImmutableList<Comparison> comparisons() {
    return comparisons;
  }

  /**
   * Returns the comparisons with a verdict, in the order of the plan's targets.
   *
   * @param verdict the verdict
   * @return the comparisons, possibly none
   */
  public ImmutableList<Comparison> comparisons(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return comparisons.stream().filter(c -> c.verdict() == verdict).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds the comparison of one of the plan's targets.
   *
   * @param key the key of the plan's target
   * @return the comparison, or empty if that target was not paired
   */
  public Optional<Comparison> comparison(TargetKey key) {
    Objects.requireNonNull(key, "key");
    return comparisons.stream().filter(c -> c.target().key().equals(key)).findFirst();
  }

  /**
   * Returns the plan's targets that have no counterpart in the higher plan, with why.
   *
   * @return the targets, in plan order
   */
  public ImmutableList<Unmatched> onlyInPlan() {
    return onlyInPlan;
  }

  /**
   * Returns the higher plan's targets that have no counterpart in the plan, with why.
   *
   * @return the targets, in the higher plan's order
   */
  public ImmutableList<Unmatched> onlyInHigher() {
    return onlyInHigher;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanComparison c && plan.equals(c.plan) && higher.equals(c.higher);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, higher);
  }

  @Override
  public String toString() {
    return "PlanComparison{" + plan.id() + " against " + higher.id() + ", " + comparisons.size() + " compared, "
        + onlyInPlan.size() + " only in the plan, " + onlyInHigher.size() + " only in the higher plan}";
  }

  /**
   * One target of the plan against its counterpart in the higher plan, with the verdict and an
   * explanation.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Comparison {
    private final Target target;
    private final Target higherTarget;
    private final Match match;
    private final Verdict verdict;
    private final boolean marginal;
    private final Label reason;
    private final Label explanation;

    private Comparison(Target target, Target higherTarget, Match match, Verdict verdict, boolean marginal,
        Label reason, Label explanation) {
      this.target = target;
      this.higherTarget = higherTarget;
      this.match = match;
      this.verdict = verdict;
      this.marginal = marginal;
      this.reason = reason;
      this.explanation = explanation;
    }

    /**
     * Returns the plan's target.
     *
     * @return the target
     */
    public Target target() {
      return target;
    }

    /**
     * Returns the higher plan's target it is compared with.
     *
     * @return the higher target
     */
    public Target higherTarget() {
      return higherTarget;
    }

    /**
     * Returns why the two targets were paired.
     *
     * @return the match
     */
    public Match match() {
      return match;
    }

    /**
     * Returns the verdict.
     *
     * @return how ambitious the plan's target is against the higher one
     */
    public Verdict verdict() {
      return verdict;
    }

    /**
     * Tells whether only strictness differs ("trên 80%" against "tối thiểu 80%"): the verdict is
     * then more or less ambitious by the smallest margin.
     *
     * @return {@code true} for a marginal verdict
     */
    public boolean isMarginal() {
      return marginal;
    }

    /**
     * Returns the reason for the verdict alone, such as "ngưỡng cao hơn (95 so với 90) / a
     * higher threshold (95 against 90)".
     *
     * @return the reason
     */
    public Label reason() {
      return reason;
    }

    /**
     * Explains the comparison in one sentence: scope, both targets, verdict and reason.
     *
     * @return the sentence in Vietnamese and English
     */
    public Label explanation() {
      return explanation;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Comparison c && target.equals(c.target) && higherTarget.equals(c.higherTarget)
          && match == c.match && verdict == c.verdict && marginal == c.marginal && explanation.equals(c.explanation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(target, higherTarget, match, verdict, marginal);
    }

    @Override
    public String toString() {
      return "Comparison{" + explanation.en() + "}";
    }
  }

  /**
   * A target with no counterpart in the other plan, and why.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Unmatched {
    private final Target target;
    private final Label reason;

    private Unmatched(Target target, Label reason) {
      this.target = target;
      this.reason = reason;
    }

    /**
     * Returns the target.
     *
     * @return the target
     */
    public Target target() {
      return target;
    }

    /**
     * Explains why it was not paired: the other plan has no target for the indicator, or only
     * for another horizon, level or population, naming those targets.
     *
     * @return the reason, in Vietnamese and English
     */
    public Label reason() {
      return reason;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unmatched u && target.equals(u.target) && reason.equals(u.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(target, reason);
    }

    @Override
    public String toString() {
      return "Unmatched{" + target.key() + ": " + reason.en() + "}";
    }
  }
}
