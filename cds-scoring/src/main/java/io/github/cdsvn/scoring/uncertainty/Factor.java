package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.AttainmentRule;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * One choice behind an index that an {@link UncertaintyAnalysis} lets vary, and the space it
 * varies in:
 * <ul>
 *   <li>{@link #pillarWeights pillar weights} or {@link #targetWeights target weights}, each
 *       weight drawn independently by a {@link Perturbation} (a group factor: one column per
 *       pillar, or per distinct target key, in the sensitivity analysis);</li>
 *   <li>the aggregator {@link #targetAggregator of targets into pillars} or
 *       {@link #pillarAggregator of pillars into the composite}, one of a list, equally likely;</li>
 *   <li>the {@link #rule attainment rule for a kind of bound}, one of a list, equally likely;</li>
 *   <li>the coverage threshold, {@link #coverageThreshold(double, double) uniform on a range} or
 *       {@link #coverageThresholds one of a list}.</li>
 * </ul>
 * A discrete factor maps its uniform number u to choice {@code ⌊u·k⌋} of its k choices; choices
 * are told apart by name. Each factor has a Vietnamese and English name and describes its space
 * for people. Immutable and thread-safe.
 */
public final class Factor {
  /** What a factor varies. */
  enum Kind { PILLAR_WEIGHTS, TARGET_WEIGHTS, TARGET_AGGREGATOR, PILLAR_AGGREGATOR, RULE, THRESHOLD }

  private final Kind kind;
  private final Label label;
  private final Label space;
  private final Optional<Perturbation> perturbation;
  private final ImmutableList<Aggregator> aggregators;
  private final Optional<Bound.Kind> boundKind;
  private final ImmutableList<AttainmentRule> rules;
  private final ImmutableList<Double> thresholds;
  private final double low;
  private final double high;

  private Factor(Kind kind, Label label, Label space, Optional<Perturbation> perturbation,
      List<Aggregator> aggregators, Optional<Bound.Kind> boundKind, List<AttainmentRule> rules,
      List<Double> thresholds, double low, double high) {
    this.kind = kind;
    this.label = label;
    this.space = space;
    this.perturbation = perturbation;
    this.aggregators = ImmutableList.copyOf(aggregators);
    this.boundKind = boundKind;
    this.rules = ImmutableList.copyOf(rules);
    this.thresholds = ImmutableList.copyOf(thresholds);
    this.low = low;
    this.high = high;
  }

  /**
   * The weight of every pillar within the composite, each drawn independently.
   *
   * <pre>{@code Factor.pillarWeights(Perturbation.relative(0.25))   // each nominal × U(0.75, 1.25)}</pre>
   *
   * @param perturbation how each weight is drawn
   * @return the factor
   */
  public static Factor pillarWeights(Perturbation perturbation) {
    Objects.requireNonNull(perturbation, "perturbation");
    return weights(Kind.PILLAR_WEIGHTS, Label.of("Trọng số các trụ cột", "Pillar weights"), perturbation);
  }

  /**
   * The weight of every target within its pillar, each drawn independently: one draw per target
   * key, shared by every unit scored on a target with that key.
   *
   * @param perturbation how each weight is drawn
   * @return the factor
   */
  public static Factor targetWeights(Perturbation perturbation) {
    Objects.requireNonNull(perturbation, "perturbation");
    return weights(Kind.TARGET_WEIGHTS, Label.of("Trọng số các chỉ tiêu", "Target weights"), perturbation);
  }

  private static Factor weights(Kind kind, Label label, Perturbation p) {
    Label space = Label.of("mỗi trọng số " + p.describe().vi() + ", độc lập", "each weight " + p.describe().en()
        + ", independently");
    return new Factor(kind, label, space, Optional.of(p), List.of(), Optional.empty(), List.of(), List.of(), 0, 0);
  }

  /**
   * The aggregator of targets into pillars: one of the choices, equally likely.
   *
   * @param choices the aggregators, at least one, names distinct; the profile's own must be among
   *     them (checked when the analysis is built)
   * @return the factor
   * @throws InvalidValueException if there is no choice or two share a name
   */
  public static Factor targetAggregator(List<Aggregator> choices) {
    return aggregator(Kind.TARGET_AGGREGATOR, "Factor.targetAggregator.choices",
        Label.of("Cách gộp chỉ tiêu thành trụ cột", "Aggregation of targets into pillars"), choices);
  }

  /**
   * The aggregator of pillars into the composite: one of the choices, equally likely.
   *
   * @param choices the aggregators, at least one, names distinct; the profile's own must be among
   *     them (checked when the analysis is built)
   * @return the factor
   * @throws InvalidValueException if there is no choice or two share a name
   */
  public static Factor pillarAggregator(List<Aggregator> choices) {
    return aggregator(Kind.PILLAR_AGGREGATOR, "Factor.pillarAggregator.choices",
        Label.of("Cách gộp trụ cột thành chỉ số tổng hợp", "Aggregation of pillars into the composite"), choices);
  }

  private static Factor aggregator(Kind kind, String field, Label label, List<Aggregator> choices) {
    List<Aggregator> list = ImmutableList.copyOf(Objects.requireNonNull(choices, "choices"));
    distinct(field, list.stream().map(Aggregator::name).collect(Collectors.toList()), "aggregator");
    String names = list.stream().map(Aggregator::name).collect(Collectors.joining(", "));
    Label space = Label.of("một trong: " + names + " (đồng khả năng)", "one of " + names + ", equally likely");
    return new Factor(kind, label, space, Optional.empty(), list, Optional.empty(), List.of(), List.of(), 0, 0);
  }

  /**
   * The attainment rule for one kind of bound: one of the choices, equally likely. Each choice
   * means scoring the targets again, once per distinct combination of rules drawn.
   *
   * @param kind the kind of bound
   * @param choices the rules, at least one, names distinct, each supporting the kind; the
   *     profile's own must be among them (checked when the analysis is built)
   * @return the factor
   * @throws InvalidValueException if there is no choice, two share a name, or one does not support
   *     the kind
   */
  public static Factor rule(Bound.Kind kind, List<AttainmentRule> choices) {
    Objects.requireNonNull(kind, "kind");
    List<AttainmentRule> list = ImmutableList.copyOf(Objects.requireNonNull(choices, "choices"));
    String field = "Factor.rule[" + kind + "].choices";
    distinct(field, list.stream().map(AttainmentRule::name).collect(Collectors.toList()), "rule");
    for (AttainmentRule r : list) {
      if (!r.supports(kind)) {
        throw new InvalidValueException(field, r.name(), "rules that support " + kind);
      }
    }
    String names = list.stream().map(AttainmentRule::name).collect(Collectors.joining(", "));
    Label label = Label.of("Quy tắc tính mức đạt: " + kind.label().vi(), "Attainment rule: " + kind.label().en());
    Label space = Label.of("một trong: " + names + " (đồng khả năng)", "one of " + names + ", equally likely");
    return new Factor(Kind.RULE, label, space, Optional.empty(), List.of(), Optional.of(kind), list, List.of(), 0, 0);
  }

  /**
   * The coverage threshold, uniform on [lo, hi).
   *
   * @param lo the lowest threshold, above 0 and at most 1
   * @param hi the highest, from lo to 1; the profile's own threshold must lie in [lo, hi] (checked
   *     when the analysis is built)
   * @return the factor
   * @throws InvalidValueException if lo is not above 0 and at most 1, or hi is below lo or above 1
   */
  public static Factor coverageThreshold(double lo, double hi) {
    if (!(lo > 0 && lo <= 1)) {
      throw new InvalidValueException("Factor.coverageThreshold.lo", lo, "a share of the weight, above 0 and at most 1");
    }
    if (!(hi >= lo && hi <= 1)) {
      throw new InvalidValueException("Factor.coverageThreshold.hi", hi, "a share of the weight, from " + lo + " to 1");
    }
    Label low = Label.number(lo, 4);
    Label high = Label.number(hi, 4);
    Label space = Label.of("U(" + low.vi() + "; " + high.vi() + ")", "U(" + low.en() + ", " + high.en() + ")");
    return new Factor(Kind.THRESHOLD, threshold(), space, Optional.empty(), List.of(), Optional.empty(), List.of(),
        List.of(), lo, hi);
  }

  /**
   * The coverage threshold, one of a list, equally likely.
   *
   * @param choices the thresholds, at least one, distinct, each above 0 and at most 1; the
   *     profile's own must be among them (checked when the analysis is built)
   * @return the factor
   * @throws InvalidValueException if there is no choice, a choice is out of range, or two are equal
   */
  public static Factor coverageThresholds(List<Double> choices) {
    List<Double> list = ImmutableList.copyOf(Objects.requireNonNull(choices, "choices"));
    for (int i = 0; i < list.size(); i++) {
      double t = list.get(i);
      if (!(t > 0 && t <= 1)) {
        throw new InvalidValueException("Factor.coverageThresholds[" + i + "]", t,
            "a share of the weight, above 0 and at most 1");
      }
    }
    List<Label> texts = list.stream().map(t -> Label.number(t, 4)).toList();
    distinct("Factor.coverageThresholds", texts.stream().map(Label::en).collect(Collectors.toList()), "threshold");
    String vi = texts.stream().map(Label::vi).collect(Collectors.joining("; "));
    String en = texts.stream().map(Label::en).collect(Collectors.joining(", "));
    Label space = Label.of("một trong: " + vi + " (đồng khả năng)", "one of " + en + ", equally likely");
    return new Factor(Kind.THRESHOLD, threshold(), space, Optional.empty(), List.of(), Optional.empty(), List.of(),
        list, 0, 0);
  }

  private static Label threshold() {
    return Label.of("Ngưỡng phủ số liệu", "Coverage threshold");
  }

  private static void distinct(String field, List<String> names, String what) {
    if (names.isEmpty()) {
      throw new InvalidValueException(field, "none", "at least one " + what);
    }
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new InvalidValueException(field, n, "each " + what + " once");
      }
    }
  }

  /**
   * Returns the factor's name, such as "Trọng số các trụ cột" / "Pillar weights".
   *
   * @return the name
   */
  public Label label() {
    return label;
  }

  /**
   * Describes the space the factor varies in, such as "mỗi trọng số danh nghĩa × U(0,75; 1,25),
   * độc lập" / "each weight nominal × U(0.75, 1.25), independently".
   *
   * @return the description
   */
  public Label space() {
    return space;
  }

  /**
   * Describes the factor for people: its name and its space.
   *
   * @return the description
   */
  public Label describe() {
    return Label.of(label.vi() + ": " + space.vi(), label.en() + ": " + space.en());
  }

  /**
   * Returns the number of choices of a discrete factor.
   *
   * @return the number of choices, or empty for a weight factor or a threshold range
   */
  public java.util.OptionalInt choices() {
    int k = switch (kind) {
      case TARGET_AGGREGATOR, PILLAR_AGGREGATOR -> aggregators.size();
      case RULE -> rules.size();
      case THRESHOLD -> thresholds.size();
      default -> 0;
    };
    return k == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(k);
  }

  Kind kind() {
    return kind;
  }

  /** What the factor sets: two factors of an analysis must not set the same thing. */
  String target() {
    return kind == Kind.RULE ? "rule:" + boundKind.orElseThrow() : kind.name();
  }

  Perturbation perturbation() {
    return perturbation.orElseThrow();
  }

  ImmutableList<Aggregator> aggregators() {
    return aggregators;
  }

  Bound.Kind boundKind() {
    return boundKind.orElseThrow();
  }

  ImmutableList<AttainmentRule> rules() {
    return rules;
  }

  /** The threshold drawn for u. */
  double threshold(double u) {
    if (!thresholds.isEmpty()) {
      return thresholds.get(choice(u, thresholds.size()));
    }
    return low + (high - low) * u;
  }

  /** Whether a threshold lies in the factor's space. */
  boolean containsThreshold(double t) {
    return thresholds.isEmpty() ? t >= low && t <= high : thresholds.contains(t);
  }

  static int choice(double u, int k) {
    return Math.min(k - 1, (int) (u * k));
  }

  @Override
  public String toString() {
    return "Factor{" + describe().en() + "}";
  }

  /**
   * How a weight is drawn in a run: from its nominal value and a number {@code u} uniform on
   * [0, 1), which the analysis draws for each weight independently.
   *
   * <p>The built-ins: {@link #relative(double) relative(r)}, the nominal weight times a factor
   * uniform on [1 − r, 1 + r); {@link #uniform(double, double) uniform(lo, hi)}, a weight uniform on
   * [lo, hi) whatever the nominal one; and {@link #distribution(Label, DoubleUnaryOperator)}, the
   * nominal weight times a factor drawn from any distribution given by its quantile function
   * (inverse distribution function). Only ratios of weights matter: weights are renormalised over
   * what has data.
   *
   * <p>Implementations must be immutable and thread-safe, return the same weight for the same
   * arguments, and return a finite weight, not negative, for every nominal weight and every u in
   * [0, 1).
   */
  public interface Perturbation {

    /**
     * Draws a weight.
     *
     * @param nominal the nominal weight, finite and not negative
     * @param u a number in [0, 1)
     * @return the weight, finite and not negative
     */
    double apply(double nominal, double u);

    /**
     * Describes the draw for people, such as "danh nghĩa × U(0,75; 1,25)" / "nominal × U(0.75,
     * 1.25)".
     *
     * @return the description
     */
    Label describe();

    /**
     * The nominal weight times a factor uniform on [1 − r, 1 + r): {@code w·(1 + r·(2u − 1))}. At
     * {@code u = 0.5} the weight is exactly the nominal one.
     *
     * @param r the relative range, from 0 and below 1
     * @return the perturbation
     * @throws InvalidValueException if r is outside [0, 1)
     */
    static Perturbation relative(double r) {
      if (!(r >= 0 && r < 1)) {
        throw new InvalidValueException("Perturbation.relative.r", r, "a relative range, from 0 and below 1");
      }
      Label text = Label.of("danh nghĩa × U(" + Label.number(1 - r, 4).vi() + "; " + Label.number(1 + r, 4).vi() + ")",
          "nominal × U(" + Label.number(1 - r, 4).en() + ", " + Label.number(1 + r, 4).en() + ")");
      return new Perturbation() {
        @Override
        public double apply(double nominal, double u) {
          return nominal * (1 + r * (2 * u - 1));
        }

        @Override
        public Label describe() {
          return text;
        }

        @Override
        public String toString() {
          return text.en();
        }
      };
    }

    /**
     * A weight uniform on [lo, hi), whatever the nominal weight: {@code lo + (hi − lo)·u}.
     *
     * @param lo the smallest weight, finite and not negative
     * @param hi the largest weight, finite and not below lo
     * @return the perturbation
     * @throws InvalidValueException if an end is negative or not finite, or hi is below lo
     */
    static Perturbation uniform(double lo, double hi) {
      if (!(lo >= 0 && lo < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Perturbation.uniform.lo", lo, "a weight, finite and not negative");
      }
      if (!(hi >= lo && hi < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Perturbation.uniform.hi", hi, "a weight, finite and not below " + lo);
      }
      Label text = Label.of("U(" + Label.number(lo, 4).vi() + "; " + Label.number(hi, 4).vi() + ")",
          "U(" + Label.number(lo, 4).en() + ", " + Label.number(hi, 4).en() + ")");
      return new Perturbation() {
        @Override
        public double apply(double nominal, double u) {
          return lo + (hi - lo) * u;
        }

        @Override
        public Label describe() {
          return text;
        }

        @Override
        public String toString() {
          return text.en();
        }
      };
    }

    /**
     * The nominal weight times a factor drawn from a distribution given by its quantile function:
     * {@code w·q(u)}. The analysis checks every weight drawn, and stops with an
     * {@link InvalidValueException} naming the factor if one is negative or not finite.
     *
     * @param name the distribution's name, such as "nominal × Beta(2, 2) on [0.5, 1.5]"
     * @param quantile the quantile function on [0, 1), thread-safe, giving factors finite and not
     *     negative
     * @return the perturbation
     */
    static Perturbation distribution(Label name, DoubleUnaryOperator quantile) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(quantile, "quantile");
      return new Perturbation() {
        @Override
        public double apply(double nominal, double u) {
          return nominal * quantile.applyAsDouble(u);
        }

        @Override
        public Label describe() {
          return name;
        }

        @Override
        public String toString() {
          return name.en();
        }
      };
    }
  }
}
