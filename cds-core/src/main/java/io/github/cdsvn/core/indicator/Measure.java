package io.github.cdsvn.core.indicator;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
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
 *   <tr><td>{@link MeasureKind#PERCENT}</td><td>0 to 100</td></tr>
 *   <tr><td>{@link MeasureKind#COUNT}</td><td>0 or more</td></tr>
 *   <tr><td>{@link MeasureKind#AMOUNT}</td><td>0 or more, in the measure's unit</td></tr>
 *   <tr><td>{@link MeasureKind#RATE_PER_YEAR}</td><td>more than −100 (percent per year)</td></tr>
 *   <tr><td>{@link MeasureKind#RANK}</td><td>whole numbers from 1</td></tr>
 *   <tr><td>{@link MeasureKind#INDEX}</td><td>the measure's closed range</td></tr>
 *   <tr><td>{@link MeasureKind#YES_NO}</td><td>0 (no) or 1 (yes)</td></tr>
 *   <tr><td>{@link MeasureKind#ORDINAL}</td><td>the position of a category, 0 for the lowest</td></tr>
 * </table>
 *
 * <p>Every value must be finite: NaN and the infinities are always refused. This class is
 * immutable and thread-safe.
 */
public final class Measure {
  private static final Measure PERCENT = new Measure(MeasureKind.PERCENT, "%", 0, 100, List.of());
  private static final Measure COUNT = new Measure(MeasureKind.COUNT, "", 0, Double.MAX_VALUE, List.of());
  private static final Measure RATE = new Measure(MeasureKind.RATE_PER_YEAR, "%/năm", -100, Double.MAX_VALUE, List.of());
  private static final Measure RANK = new Measure(MeasureKind.RANK, "", 1, Integer.MAX_VALUE, List.of());
  private static final Measure YES_NO = new Measure(MeasureKind.YES_NO, "", 0, 1, List.of());

  private final MeasureKind kind;
  private final String unit;
  private final double min;
  private final double max;
  private final ImmutableList<OrdinalCategory> categories;

  private Measure(MeasureKind kind, String unit, double min, double max,
      List<OrdinalCategory> categories) {
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
    return new Measure(MeasureKind.AMOUNT, InvalidValueException.requireNonBlank("Measure.unit", unit), 0,
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
    return new Measure(MeasureKind.INDEX, "", min, max, List.of());
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
  public static Measure ordinal(List<OrdinalCategory> categories) {
    Objects.requireNonNull(categories, "Measure.categories");
    if (categories.size() < 2) {
      throw new InvalidValueException("Measure.categories", categories.size(),
          "an ordinal scale needs at least 2 categories");
    }
    Set<String> codes = new HashSet<>();
    for (OrdinalCategory c : categories) {
      if (!codes.add(c.code())) {
        throw new InvalidValueException("Measure.categories", c.code(), "category codes must be distinct");
      }
    }
    return new Measure(MeasureKind.ORDINAL, "", 0, categories.size() - 1, categories);
  }

  /**
   * Returns the kind of this measure.
   *
   * @return the kind
   */
  public MeasureKind kind() {
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
  public ImmutableList<OrdinalCategory> categories() {
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
  public Optional<OrdinalCategory> categoryAt(int position) {
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
        return "ordinal" + categories.stream().map(OrdinalCategory::code).toList();
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
