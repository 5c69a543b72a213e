package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import java.util.OptionalDouble;

/**
 * What a target requires of its indicator's value at the horizon.
 *
 * <p>Each kind of bound is a nested type, obtained through the static factories:
 * <table>
 *   <caption>Bounds and the phrases they encode</caption>
 *   <tr><th>factory</th><th>phrase</th></tr>
 *   <tr><td>{@link #atLeast(double) atLeast(80)}</td><td>"đạt 80%", "tối thiểu 80%"</td></tr>
 *   <tr><td>{@link #moreThan(double) moreThan(50)}</td><td>"trên 50%" (strict)</td></tr>
 *   <tr><td>{@link #atMost(double) atMost(5)}</td><td>"tối đa 5", "không quá 5"</td></tr>
 *   <tr><td>{@link #lessThan(double) lessThan(5)}</td><td>"dưới 5" (strict)</td></tr>
 *   <tr><td>{@link #approximately(double, double) approximately(25, 2.5)}</td><td>"khoảng 25%"</td></tr>
 *   <tr><td>{@link #topRank(int, int) topRank(10, 63)}</td><td>"nhóm 10 tỉnh, thành phố dẫn đầu"</td></tr>
 *   <tr><td>{@link #relativeChange(double) relativeChange(-30)}</td><td>"giảm 30% các TTHC"</td></tr>
 *   <tr><td>{@link #growthPerYear(double, boolean) growthPerYear(12.5, true)}</td><td>"tăng trên 12,5%/năm"</td></tr>
 *   <tr><td>{@link #milestone()}</td><td>"triển khai hệ thống …"</td></tr>
 *   <tr><td>{@link #ordinalAtLeast(String) ordinalAtLeast("kha")}</td><td>"thuộc nhóm khá"</td></tr>
 *   <tr><td>{@link #maintain()}</td><td>"duy trì …"</td></tr>
 * </table>
 *
 * <p>A program tells the kinds apart by {@link #kind()} or {@code instanceof}, and reads a kind's
 * numbers through its accessors: {@code ((Bound.Approximately) b).tolerance()}. Two bounds are
 * equal when they are of one kind with equal numbers; {@code toString()} names the kind and its
 * numbers ({@code AtLeast[value=80.0]}).
 *
 * <p>A bound checks its own numbers (finite, ranks within 1..M, tolerances not negative); a
 * {@link Target} checks that the bound suits its indicator's measure. All bounds are immutable
 * and thread-safe.
 */
public sealed interface Bound permits Bound.AtLeast, Bound.MoreThan, Bound.AtMost,
    Bound.LessThan, Bound.Approximately, Bound.TopRank, Bound.RelativeChange,
    Bound.GrowthPerYear, Bound.Milestone, Bound.OrdinalAtLeast, Bound.Maintain {

  /**
   * Returns the kind of this bound.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Tells whether the bound is met only when strictly exceeded ("trên", "dưới").
   *
   * @return {@code true} for strict bounds
   */
  default boolean isStrict() {
    return false;
  }

  /**
   * Returns the threshold of a bound on the value itself (at least, more than, at most, less
   * than, approximately).
   *
   * @return the threshold, or empty for the other kinds
   */
  default OptionalDouble threshold() {
    return OptionalDouble.empty();
  }

  /**
   * Describes this bound for people, in the unit of a measure: "trên 50%" / "more than 50%".
   *
   * @param measure the measure of the target's indicator
   * @return the description in Vietnamese and English
   */
  Label describe(Measure measure);

  /**
   * At least a value ("đạt", "tối thiểu", "từ … trở lên").
   *
   * @param value the value, finite
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the value is not finite
   */
  static AtLeast atLeast(double value) {
    return new BoundRecords.AtLeast(value);
  }

  /**
   * Strictly more than a value ("trên").
   *
   * @param value the value, finite
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the value is not finite
   */
  static MoreThan moreThan(double value) {
    return new BoundRecords.MoreThan(value);
  }

  /**
   * At most a value ("tối đa", "không quá").
   *
   * @param value the value, finite
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the value is not finite
   */
  static AtMost atMost(double value) {
    return new BoundRecords.AtMost(value);
  }

  /**
   * Strictly less than a value ("dưới").
   *
   * @param value the value, finite
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the value is not finite
   */
  static LessThan lessThan(double value) {
    return new BoundRecords.LessThan(value);
  }

  /**
   * Within a tolerance of a value ("khoảng").
   *
   * @param value the value, finite
   * @param tolerance the largest accepted distance from the value, finite and not negative
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if a number is not finite or the
   *     tolerance is negative
   */
  static Approximately approximately(double value, double tolerance) {
    return new BoundRecords.Approximately(value, tolerance);
  }

  /**
   * A rank of {@code n} or better among {@code of} units ("nhóm 10 tỉnh dẫn đầu").
   *
   * @param n the size of the leading group, from 1 to {@code of}
   * @param of the number of units ranked, at least 1
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if a rank is out of range
   */
  static TopRank topRank(int n, int of) {
    return new BoundRecords.TopRank(n, of);
  }

  /**
   * A change in percent against the baseline ("giảm 30%" is {@code -30}).
   *
   * @param percent the change in percent, finite, above −100 and not 0
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the change is out of range
   */
  static RelativeChange relativeChange(double percent) {
    return new BoundRecords.RelativeChange(percent);
  }

  /**
   * Growth of at least, or more than, a percentage a year ("tăng tối thiểu 7%/năm", "tăng trên
   * 12,5%/năm").
   *
   * @param percent the yearly growth in percent, finite and above −100
   * @param strict {@code true} for "trên" (more than), {@code false} for "tối thiểu" (at least)
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the growth is out of range
   */
  static GrowthPerYear growthPerYear(double percent, boolean strict) {
    return new BoundRecords.GrowthPerYear(percent, strict);
  }

  /**
   * Done or not ("triển khai hệ thống …").
   *
   * @return the bound
   */
  static Milestone milestone() {
    return new BoundRecords.Milestone();
  }

  /**
   * A category of an ordinal scale or better ("thuộc nhóm khá").
   *
   * @param category the code of the lowest accepted category
   * @return the bound
   * @throws io.github.cdsvn.core.InvalidValueException if the code is malformed
   */
  static OrdinalAtLeast ordinalAtLeast(String category) {
    return new BoundRecords.OrdinalAtLeast(category);
  }

  /**
   * No worse than the baseline ("duy trì").
   *
   * @return the bound
   */
  static Maintain maintain() {
    return new BoundRecords.Maintain();
  }

  /** At least a value: met by values of at least {@link #value()}. */
  sealed interface AtLeast extends Bound permits BoundRecords.AtLeast {
    /**
     * Returns the value.
     *
     * @return the value, finite
     */
    double value();
  }

  /** Strictly more than a value: met by values above {@link #value()}. */
  sealed interface MoreThan extends Bound permits BoundRecords.MoreThan {
    /**
     * Returns the value.
     *
     * @return the value, finite
     */
    double value();
  }

  /** At most a value: met by values of at most {@link #value()}. */
  sealed interface AtMost extends Bound permits BoundRecords.AtMost {
    /**
     * Returns the value.
     *
     * @return the value, finite
     */
    double value();
  }

  /** Strictly less than a value: met by values below {@link #value()}. */
  sealed interface LessThan extends Bound permits BoundRecords.LessThan {
    /**
     * Returns the value.
     *
     * @return the value, finite
     */
    double value();
  }

  /** Within a tolerance of a value; met when {@code |v − value| <= tolerance}. */
  sealed interface Approximately extends Bound permits BoundRecords.Approximately {
    /**
     * Returns the value.
     *
     * @return the value, finite
     */
    double value();

    /**
     * Returns the largest accepted distance from the value.
     *
     * @return the tolerance, finite and not negative
     */
    double tolerance();
  }

  /** A rank of {@link #n()} or better among {@link #of()} units. */
  sealed interface TopRank extends Bound permits BoundRecords.TopRank {
    /**
     * Returns the size of the leading group.
     *
     * @return from 1 to {@link #of()}
     */
    int n();

    /**
     * Returns the number of units ranked.
     *
     * @return at least 1
     */
    int of();
  }

  /**
   * A change in percent against the baseline: the target value is
   * {@code baseline × (1 + percent / 100)}.
   */
  sealed interface RelativeChange extends Bound permits BoundRecords.RelativeChange {
    /**
     * Returns the change in percent.
     *
     * @return the change; negative for a reduction, above −100 and not 0
     */
    double percent();

    /**
     * Returns the value this change requires from a baseline value.
     *
     * @param baseline the baseline value
     * @return {@code baseline × (1 + percent / 100)}
     */
    default double targetFrom(double baseline) {
      return baseline * (1 + percent() / 100);
    }
  }

  /** Growth of at least, or more than, a percentage a year. */
  sealed interface GrowthPerYear extends Bound permits BoundRecords.GrowthPerYear {
    /**
     * Returns the yearly growth in percent.
     *
     * @return the growth, finite and above −100
     */
    double percent();

    /**
     * Tells whether the growth must strictly exceed {@link #percent()} ("trên").
     *
     * @return {@code true} for "more than", {@code false} for "at least"
     */
    boolean strict();
  }

  /** Done or not: met when the yes/no indicator is 1. */
  sealed interface Milestone extends Bound permits BoundRecords.Milestone {}

  /** A category of an ordinal scale or better. */
  sealed interface OrdinalAtLeast extends Bound permits BoundRecords.OrdinalAtLeast {
    /**
     * Returns the lowest accepted category.
     *
     * @return its code on the indicator's scale
     */
    String category();
  }

  /** No worse than the baseline. */
  sealed interface Maintain extends Bound permits BoundRecords.Maintain {}

  /**
   * The kinds of {@link Bound}, with the Vietnamese phrases that plans use for them.
   */
  enum Kind {
    /** "đạt", "tối thiểu", "từ … trở lên": at least the value. */
    AT_LEAST(Label.of("tối thiểu", "at least")),
    /** "trên": strictly more than the value. */
    MORE_THAN(Label.of("trên", "more than")),
    /** "tối đa", "không quá": at most the value. */
    AT_MOST(Label.of("tối đa", "at most")),
    /** "dưới": strictly less than the value. */
    LESS_THAN(Label.of("dưới", "less than")),
    /** "khoảng": within a stated tolerance of the value. */
    APPROXIMATELY(Label.of("khoảng", "approximately")),
    /** "nhóm N tỉnh, thành phố dẫn đầu", "top N": a rank of N or better among M. */
    TOP_RANK(Label.of("thuộc nhóm dẫn đầu", "within the top")),
    /** "giảm 30%", "tăng 30%": a change in percent against the baseline. */
    RELATIVE_CHANGE(Label.of("thay đổi so với năm cơ sở", "change against the baseline")),
    /** "tăng trên 12,5%/năm", "tăng tối thiểu 7%": growth of at least (or more than) g% a year. */
    GROWTH_PER_YEAR(Label.of("tăng trưởng hằng năm", "growth per year")),
    /** "triển khai hệ thống …": done or not. */
    MILESTONE(Label.of("hoàn thành", "milestone")),
    /** "thuộc nhóm khá": a category of an ordinal scale or better. */
    ORDINAL_AT_LEAST(Label.of("thuộc nhóm", "in the group")),
    /** "duy trì": no worse than the baseline. */
    MAINTAIN(Label.of("duy trì", "maintain"));

    private final Label label;

    Kind(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this kind.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }
}
