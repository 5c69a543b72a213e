package io.github.cdsvn.core.indicator;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an indicator measures and which values are valid for it.
 *
 * <table>
 *   <caption>Valid values by kind</caption>
 *   <tr><th>kind</th><th>valid values</th></tr>
 *   <tr><td>{@link Kind#PERCENT}</td><td>0 to 100</td></tr>
 *   <tr><td>{@link Kind#COUNT}</td><td>0 or more</td></tr>
 *   <tr><td>{@link Kind#AMOUNT}</td><td>0 or more, in the measure's unit</td></tr>
 *   <tr><td>{@link Kind#RATE_PER_YEAR}</td><td>more than −100 (percent per year)</td></tr>
 *   <tr><td>{@link Kind#RANK}</td><td>whole numbers from 1</td></tr>
 *   <tr><td>{@link Kind#INDEX}</td><td>the measure's closed range</td></tr>
 *   <tr><td>{@link Kind#YES_NO}</td><td>0 (no) or 1 (yes)</td></tr>
 *   <tr><td>{@link Kind#ORDINAL}</td><td>the position of a category, 0 for the lowest</td></tr>
 * </table>
 *
 * <p>Every value must be finite: NaN and the infinities are always refused. This class is
 * immutable and thread-safe.
 */
public final class Measure {
  private static final Measure PERCENT = new Measure(Kind.PERCENT, "%", 0, 100, List.of());
  private static final Measure COUNT = new Measure(Kind.COUNT, "", 0, Double.MAX_VALUE, List.of());
  private static final Measure RATE = new Measure(Kind.RATE_PER_YEAR, "%/năm", -100, Double.MAX_VALUE, List.of());
  private static final Measure RANK = new Measure(Kind.RANK, "", 1, Integer.MAX_VALUE, List.of());
  private static final Measure YES_NO = new Measure(Kind.YES_NO, "", 0, 1, List.of());

  private final Kind kind;
  private final String unit;
  private final double min;
  private final double max;
  private final ImmutableList<Category> categories;

  private Measure(Kind kind, String unit, double min, double max,
      List<Category> categories) {
    this.kind = kind;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.categories = ImmutableList.copyOf(categories);
  }

  /**
   * A share on 0–100.
   *
   * @return the percent measure
   */
  public static Measure percent() {
    return PERCENT;
  }

  /**
   * A non-negative count.
   *
   * @return the count measure
   */
  public static Measure count() {
    return COUNT;
  }

  /**
   * A non-negative amount in a unit, such as {@code "triệu đồng/lao động"}.
   *
   * @param unit the unit, not blank
   * @return the amount measure
   * @throws InvalidValueException if the unit is blank
   */
  public static Measure amount(String unit) {
    return new Measure(Kind.AMOUNT, InvalidValueException.requireNonBlank("Measure.unit", unit), 0,
        Double.MAX_VALUE, List.of());
  }

  /**
   * A rate of change in percent per year, above −100.
   *
   * @return the rate measure
   */
  public static Measure ratePerYear() {
    return RATE;
  }

  /**
   * A position in a ranking, 1 being first.
   *
   * @return the rank measure
   */
  public static Measure rank() {
    return RANK;
  }

  /**
   * A score on a closed range.
   *
   * @param min the lowest valid score, finite
   * @param max the highest valid score, finite and above {@code min}
   * @return the index measure
   * @throws InvalidValueException if a bound is not finite or {@code max <= min}
   */
  public static Measure index(double min, double max) {
    InvalidValueException.requireFinite("Measure.min", min);
    InvalidValueException.requireFinite("Measure.max", max);
    if (max <= min) {
      throw new InvalidValueException("Measure.max", max, "must be above min " + InvalidValueException.number(min));
    }
    return new Measure(Kind.INDEX, "", min, max, List.of());
  }

  /**
   * Done or not done, recorded as 1 or 0.
   *
   * @return the yes/no measure
   */
  public static Measure yesNo() {
    return YES_NO;
  }

  /**
   * A category on an ordered scale.
   *
   * @param categories the categories from lowest to highest; at least two, codes distinct
   * @return the ordinal measure
   * @throws InvalidValueException if there are fewer than two categories or a code repeats
   */
  public static Measure ordinal(List<Category> categories) {
    Objects.requireNonNull(categories, "Measure.categories");
    if (categories.size() < 2) {
      throw new InvalidValueException("Measure.categories", categories.size(),
          "an ordinal scale needs at least 2 categories");
    }
    Set<String> codes = new HashSet<>();
    for (Category c : categories) {
      if (!codes.add(c.code())) {
        throw new InvalidValueException("Measure.categories", c.code(), "category codes must be distinct");
      }
    }
    return new Measure(Kind.ORDINAL, "", 0, categories.size() - 1, categories);
  }

  /**
   * Returns the kind of this measure.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the unit values are written in: {@code "%"} for percent, {@code "%/năm"} for rates,
   * the stated unit for amounts, empty text otherwise.
   *
   * @return the unit, possibly empty
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the lowest valid value.
   *
   * @return the lower end of the range (exclusive for rates, inclusive otherwise)
   */
  public double min() {
    return min;
  }

  /**
   * Returns the highest valid value.
   *
   * @return the upper end of the range, {@link Double#MAX_VALUE} where there is none
   */
  public double max() {
    return max;
  }

  /**
   * Returns the categories of an ordinal measure, lowest first.
   *
   * @return the categories; empty for other kinds
   */
  public ImmutableList<Category> categories() {
    return categories;
  }

  /**
   * Returns the position of a category on this ordinal scale.
   *
   * @param code the category code
   * @return its position, 0 for the lowest; empty if the scale has no such category
   */
  public OptionalInt positionOf(String code) {
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).code().equals(code)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the category at a position of this ordinal scale.
   *
   * @param position the position, 0 for the lowest
   * @return the category, or empty if the position is outside the scale
   */
  public Optional<Category> categoryAt(int position) {
    return position >= 0 && position < categories.size()
        ? Optional.of(categories.get(position)) : Optional.empty();
  }

  /**
   * Tells whether a value is valid for this measure.
   *
   * @param value the value
   * @return {@code true} if {@link #validate(String, double)} would accept it
   */
  public boolean isValid(double value) {
    if (!Double.isFinite(value)) {
      return false;
    }
    switch (kind) {
      case RATE_PER_YEAR:
        return value > min;
      case RANK:
      case YES_NO:
      case ORDINAL:
        return value >= min && value <= max && value == Math.rint(value);
      default:
        return value >= min && value <= max;
    }
  }

  /**
   * Returns the value if it is valid for this measure, and refuses it otherwise.
   *
   * @param field the name of the field being checked, used in the message
   * @param value the value
   * @return the value
   * @throws InvalidValueException naming the field, the valid values and the value
   */
  public double validate(String field, double value) {
    if (!isValid(value)) {
      throw new InvalidValueException(field, value, kind.label().en() + ", " + rule());
    }
    return value;
  }

  private String rule() {
    switch (kind) {
      case PERCENT:
      case INDEX:
        return "valid values " + InvalidValueException.number(min) + " - " + InvalidValueException.number(max);
      case COUNT:
      case AMOUNT:
        return "valid values 0 or more";
      case RATE_PER_YEAR:
        return "valid values above -100";
      case RANK:
        return "valid values whole numbers from 1 to " + Integer.MAX_VALUE;
      case YES_NO:
        return "valid values 0 (no) or 1 (yes)";
      case ORDINAL:
        return "valid values category positions 0 - " + (categories.size() - 1);
      default:
        throw new AssertionError(kind);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure m && kind == m.kind && unit.equals(m.unit)
        && Double.compare(min, m.min) == 0 && Double.compare(max, m.max) == 0
        && categories.equals(m.categories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unit, min, max, categories);
  }

  @Override
  public String toString() {
    switch (kind) {
      case AMOUNT:
        return "amount(" + unit + ")";
      case INDEX:
        return "index(" + InvalidValueException.number(min) + ".." + InvalidValueException.number(max) + ")";
      case ORDINAL:
        return "ordinal" + categories.stream().map(Category::code).toList();
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The kinds of quantity an indicator can measure; see {@link Measure} for their ranges. */
  public enum Kind {
    /** A share on 0–100, such as the share of work records processed online. */
    PERCENT(Label.of("tỷ lệ phần trăm", "percent")),
    /** A non-negative count, such as the number of digital enterprises. */
    COUNT(Label.of("số lượng", "count")),
    /** A non-negative amount in a stated unit, such as labour productivity in million VND. */
    AMOUNT(Label.of("giá trị", "amount")),
    /** A rate of change per year in percent, above −100. */
    RATE_PER_YEAR(Label.of("tỷ lệ tăng hằng năm", "rate per year")),
    /** A position in a ranking, 1 being first. */
    RANK(Label.of("thứ hạng", "rank")),
    /** A score on a stated closed range, such as the DTI on 0–1. */
    INDEX(Label.of("chỉ số", "index")),
    /** Done or not done: 1 or 0. */
    YES_NO(Label.of("có/không", "yes/no")),
    /** A category on an ordered scale, recorded as its position (0 = lowest). */
    ORDINAL(Label.of("xếp nhóm", "ordinal"));

    private final Label label;

    Kind(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this kind of measure.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  /**
   * One category of an ordinal scale, such as "khá" (good) in the groups that rank provinces on
   * cybersecurity.
   *
   * <p>Two categories are equal when code and label are. Immutable and thread-safe.
   */
  public sealed interface Category permits IndicatorRecords.Category {

    /**
     * Obtains a category.
     *
     * @param code a lower-case code that identifies the category on its scale, for example
     *     {@code "trung-binh-kha"}
     * @param vi the Vietnamese name, for example {@code "trung bình khá"}
     * @param en the English name, for example {@code "fair"}
     * @return the category
     * @throws io.github.cdsvn.core.InvalidValueException if the code is malformed or a name blank
     */
    static Category of(String code, String vi, String en) {
      return new IndicatorRecords.Category(code, Label.of(vi, en));
    }

    /**
     * Returns the code that identifies the category on its scale.
     *
     * @return the code, for example {@code "kha"}
     */
    String code();

    /**
     * Returns the Vietnamese and English name.
     *
     * @return the name
     */
    Label label();
  }
}
