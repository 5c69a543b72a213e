package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.internal.Checks;
import io.github.cdsvn.core.internal.Numbers;
import java.util.OptionalDouble;

/**
 * What a target requires of its indicator's value at the horizon.
 *
 * <p>Each kind of bound is a record; obtain them through the static factories:
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
  BoundKind kind();

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
   */
  static AtLeast atLeast(double value) {
    return new AtLeast(value);
  }

  /**
   * Strictly more than a value ("trên").
   *
   * @param value the value, finite
   * @return the bound
   */
  static MoreThan moreThan(double value) {
    return new MoreThan(value);
  }

  /**
   * At most a value ("tối đa", "không quá").
   *
   * @param value the value, finite
   * @return the bound
   */
  static AtMost atMost(double value) {
    return new AtMost(value);
  }

  /**
   * Strictly less than a value ("dưới").
   *
   * @param value the value, finite
   * @return the bound
   */
  static LessThan lessThan(double value) {
    return new LessThan(value);
  }

  /**
   * Within a tolerance of a value ("khoảng").
   *
   * @param value the value, finite
   * @param tolerance the largest accepted distance from the value, finite and not negative
   * @return the bound
   */
  static Approximately approximately(double value, double tolerance) {
    return new Approximately(value, tolerance);
  }

  /**
   * A rank of {@code n} or better among {@code of} units ("nhóm 10 tỉnh dẫn đầu").
   *
   * @param n the size of the leading group, from 1 to {@code of}
   * @param of the number of units ranked, at least 1
   * @return the bound
   */
  static TopRank topRank(int n, int of) {
    return new TopRank(n, of);
  }

  /**
   * A change in percent against the baseline ("giảm 30%" is {@code -30}).
   *
   * @param percent the change in percent, finite, above −100 and not 0
   * @return the bound
   */
  static RelativeChange relativeChange(double percent) {
    return new RelativeChange(percent);
  }

  /**
   * Growth of at least, or more than, a percentage a year ("tăng tối thiểu 7%/năm", "tăng trên
   * 12,5%/năm").
   *
   * @param percent the yearly growth in percent, finite and above −100
   * @param strict {@code true} for "trên" (more than), {@code false} for "tối thiểu" (at least)
   * @return the bound
   */
  static GrowthPerYear growthPerYear(double percent, boolean strict) {
    return new GrowthPerYear(percent, strict);
  }

  /**
   * Done or not ("triển khai hệ thống …").
   *
   * @return the bound
   */
  static Milestone milestone() {
    return new Milestone();
  }

  /**
   * A category of an ordinal scale or better ("thuộc nhóm khá").
   *
   * @param category the code of the lowest accepted category
   * @return the bound
   */
  static OrdinalAtLeast ordinalAtLeast(String category) {
    return new OrdinalAtLeast(category);
  }

  /**
   * No worse than the baseline ("duy trì").
   *
   * @return the bound
   */
  static Maintain maintain() {
    return new Maintain();
  }

  private static String unit(Measure measure) {
    return measure.unit().isEmpty() ? "" : (measure.unit().startsWith("%") ? "" : " ") + measure.unit();
  }

  private static Label phrase(String vi, String en, double value, Measure measure) {
    String u = unit(measure);
    return Label.of(vi + " " + Numbers.vi(value) + u, en + " " + Numbers.en(value) + u);
  }

  /**
   * At least a value.
   *
   * @param value the value
   */
  record AtLeast(double value) implements Bound {
    /**
     * Validates the value.
     *
     * @param value the value, finite
     */
    public AtLeast {
      Checks.finite("Bound.value", value);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.AT_LEAST;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("tối thiểu", "at least", value, measure);
    }
  }

  /**
   * Strictly more than a value.
   *
   * @param value the value
   */
  record MoreThan(double value) implements Bound {
    /**
     * Validates the value.
     *
     * @param value the value, finite
     */
    public MoreThan {
      Checks.finite("Bound.value", value);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.MORE_THAN;
    }

    @Override
    public boolean isStrict() {
      return true;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("trên", "more than", value, measure);
    }
  }

  /**
   * At most a value.
   *
   * @param value the value
   */
  record AtMost(double value) implements Bound {
    /**
     * Validates the value.
     *
     * @param value the value, finite
     */
    public AtMost {
      Checks.finite("Bound.value", value);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.AT_MOST;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("tối đa", "at most", value, measure);
    }
  }

  /**
   * Strictly less than a value.
   *
   * @param value the value
   */
  record LessThan(double value) implements Bound {
    /**
     * Validates the value.
     *
     * @param value the value, finite
     */
    public LessThan {
      Checks.finite("Bound.value", value);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.LESS_THAN;
    }

    @Override
    public boolean isStrict() {
      return true;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("dưới", "less than", value, measure);
    }
  }

  /**
   * Within a tolerance of a value; met when {@code |v − value| <= tolerance}.
   *
   * @param value the value
   * @param tolerance the largest accepted distance
   */
  record Approximately(double value, double tolerance) implements Bound {
    /**
     * Validates the value and the tolerance.
     *
     * @param value the value, finite
     * @param tolerance finite and not negative
     */
    public Approximately {
      Checks.finite("Bound.value", value);
      Checks.nonNegative("Bound.tolerance", tolerance);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.APPROXIMATELY;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      String u = unit(measure);
      return Label.of("khoảng " + Numbers.vi(value) + u + " (±" + Numbers.vi(tolerance) + ")",
          "approximately " + Numbers.en(value) + u + " (±" + Numbers.en(tolerance) + ")");
    }
  }

  /**
   * A rank of {@code n} or better among {@code of} units.
   *
   * @param n the size of the leading group
   * @param of the number of units ranked
   */
  record TopRank(int n, int of) implements Bound {
    /**
     * Validates the ranks.
     *
     * @param n from 1 to {@code of}
     * @param of at least 1
     */
    public TopRank {
      if (of < 1) {
        throw new InvalidValueException("Bound.of", of, "the number of units ranked, at least 1");
      }
      Checks.inRange("Bound.n", n, 1, of);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.TOP_RANK;
    }

    @Override
    public Label describe(Measure measure) {
      return Label.of("thuộc nhóm " + n + "/" + of + " dẫn đầu", "within the top " + n + " of " + of);
    }
  }

  /**
   * A change in percent against the baseline: the target value is
   * {@code baseline × (1 + percent / 100)}.
   *
   * @param percent the change in percent; negative for a reduction
   */
  record RelativeChange(double percent) implements Bound {
    /**
     * Validates the change.
     *
     * @param percent finite, above −100 and not 0
     */
    public RelativeChange {
      Checks.finite("Bound.percent", percent);
      if (percent <= -100 || percent == 0) {
        throw new InvalidValueException("Bound.percent", percent,
            "a change in percent, above -100 and not 0");
      }
    }

    @Override
    public BoundKind kind() {
      return BoundKind.RELATIVE_CHANGE;
    }

    /**
     * Returns the value this change requires from a baseline value.
     *
     * @param baseline the baseline value
     * @return {@code baseline × (1 + percent / 100)}
     */
    public double targetFrom(double baseline) {
      return baseline * (1 + percent / 100);
    }

    @Override
    public Label describe(Measure measure) {
      double p = Math.abs(percent);
      return percent < 0
          ? Label.of("giảm " + Numbers.vi(p) + "% so với năm cơ sở", Numbers.en(p) + "% below the baseline")
          : Label.of("tăng " + Numbers.vi(p) + "% so với năm cơ sở", Numbers.en(p) + "% above the baseline");
    }
  }

  /**
   * Growth of at least, or more than, a percentage a year.
   *
   * @param percent the yearly growth in percent
   * @param strict whether the growth must strictly exceed {@code percent}
   */
  record GrowthPerYear(double percent, boolean strict) implements Bound {
    /**
     * Validates the growth.
     *
     * @param percent finite and above −100
     * @param strict {@code true} for "trên"
     */
    public GrowthPerYear {
      Checks.finite("Bound.percent", percent);
      if (percent <= -100) {
        throw new InvalidValueException("Bound.percent", percent, "a growth in percent a year, above -100");
      }
    }

    @Override
    public BoundKind kind() {
      return BoundKind.GROWTH_PER_YEAR;
    }

    @Override
    public boolean isStrict() {
      return strict;
    }

    @Override
    public Label describe(Measure measure) {
      return strict
          ? Label.of("tăng trên " + Numbers.vi(percent) + "%/năm", "growth of more than " + Numbers.en(percent) + "% a year")
          : Label.of("tăng tối thiểu " + Numbers.vi(percent) + "%/năm", "growth of at least " + Numbers.en(percent) + "% a year");
    }
  }

  /** Done or not: met when the yes/no indicator is 1. */
  record Milestone() implements Bound {
    @Override
    public BoundKind kind() {
      return BoundKind.MILESTONE;
    }

    @Override
    public Label describe(Measure measure) {
      return Label.of("hoàn thành", "done");
    }
  }

  /**
   * A category of an ordinal scale or better.
   *
   * @param category the code of the lowest accepted category
   */
  record OrdinalAtLeast(String category) implements Bound {
    /**
     * Validates the category code.
     *
     * @param category a lower-case code
     */
    public OrdinalAtLeast {
      Checks.code("Bound.category", category);
    }

    @Override
    public BoundKind kind() {
      return BoundKind.ORDINAL_AT_LEAST;
    }

    @Override
    public Label describe(Measure measure) {
      int at = measure.positionOf(category).orElse(-1);
      Label name = measure.categoryAt(at).map(c -> c.label()).orElse(Label.of(category, category));
      return Label.of("thuộc nhóm " + name.vi() + " trở lên", "in the group " + name.en() + " or better");
    }
  }

  /** No worse than the baseline. */
  record Maintain() implements Bound {
    @Override
    public BoundKind kind() {
      return BoundKind.MAINTAIN;
    }

    @Override
    public Label describe(Measure measure) {
      return Label.of("duy trì, không kém năm cơ sở", "no worse than the baseline");
    }
  }
}
