package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A cross-sectional normalisation: it puts the values of one indicator across units on a common
 * scale by comparing the units with each other, as the JRC's COINr does for composite indicators
 * (a DTI-style index ranking provinces). A plan's own scorecard uses the per-target rules
 * instead.
 *
 * <p>Every method is direction-aware: the normalised value is always "higher is better", so a
 * lower-is-better indicator (a rank, a count of procedures) is mirrored; each factory gives its
 * formula. The methods reproduce COINr's, except where COINr returns NaN or a meaningless number:
 * degenerate inputs (all values equal, a target no better than the worst value) get a defined
 * value, which {@link Result#degenerate()} explains. {@code docs/analyses.md} lists the formulas,
 * the departures and the degenerate cases.
 *
 * <p>Missing values ({@link OptionalDouble#empty()}) stay missing and take no part in the
 * statistics; they never become 0. A value that is NaN or infinite is refused with an
 * {@link InvalidValueException} naming its position or unit. Results do not depend on the order
 * of the input. Two normalisations are equal when their methods and parameters are. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Value.Enclosing
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Normalisation {

  /** The methods of normalisation. */
  public enum Method {
    /** Position between the worst and the best value. */
    MIN_MAX(Label.of("chuẩn hóa min-max", "min-max")),
    /** Standard score: distance to the mean in standard deviations. */
    Z_SCORE(Label.of("điểm chuẩn z", "z-score")),
    /** Distance from the worst value to a target. */
    DISTANCE_TO_TARGET(Label.of("khoảng cách đến mục tiêu", "distance to target")),
    /** Position between two fixed goalposts. */
    GOALPOSTS(Label.of("cột mốc cố định", "fixed goalposts")),
    /** Ratio to the best value. */
    FRACTION_OF_MAXIMUM(Label.of("tỷ lệ so với giá trị tốt nhất", "fraction of the maximum")),
    /** Ascending rank: the worst unit 1, the best n. */
    RANK(Label.of("thứ hạng", "rank")),
    /** Percentile rank on 0–1. */
    PERCENTILE_RANK(Label.of("thứ hạng phần trăm", "percentile rank"));

    private final Label label;

    Method(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this method.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  Normalisation() {}

  private static Normalisation of(Method method, double a, double b, boolean capped) {
    return ImmutableNormalisation.of(method, a, b, capped);
  }

  /**
   * Min-max onto [0, 1]: the worst value becomes 0 and the best 1.
   *
   * @return the normalisation
   */
  public static Normalisation minMax() {
    return of(Method.MIN_MAX, 0, 1, false);
  }

  /**
   * Min-max onto {@code [lower, upper]}, such as [0, 100].
   *
   * @param lower the value of the worst unit, finite
   * @param upper the value of the best unit, finite and above {@code lower}
   * @return the normalisation
   * @throws InvalidValueException if a bound is not finite or {@code upper <= lower}
   */
  public static Normalisation minMax(double lower, double upper) {
    double l = InvalidValueException.requireFinite("Normalisation.lower", lower) + 0.0;
    double u = InvalidValueException.requireFinite("Normalisation.upper", upper) + 0.0;
    if (u <= l) {
      throw new InvalidValueException("Normalisation.upper", Label.number(u).en(),
          "must be above lower " + Label.number(l).en());
    }
    return of(Method.MIN_MAX, l, u, false);
  }

  /**
   * Z-score with mean 0 and standard deviation 1.
   *
   * @return the normalisation
   */
  public static Normalisation zScore() {
    return of(Method.Z_SCORE, 0, 1, false);
  }

  /**
   * Z-score rescaled to a mean and standard deviation, such as 100 and 10.
   *
   * @param mean the mean of the result, finite
   * @param standardDeviation the standard deviation of the result, finite and above 0
   * @return the normalisation
   * @throws InvalidValueException if either is not finite or the deviation is not above 0
   */
  public static Normalisation zScore(double mean, double standardDeviation) {
    double m = InvalidValueException.requireFinite("Normalisation.mean", mean) + 0.0;
    double sd = InvalidValueException.requireFinite("Normalisation.standardDeviation", standardDeviation) + 0.0;
    if (sd <= 0) {
      throw new InvalidValueException("Normalisation.standardDeviation", Label.number(sd).en(), "must be above 0");
    }
    return of(Method.Z_SCORE, m, sd, false);
  }

  /**
   * Distance to target, not capped: a unit beyond the target scores above 1.
   *
   * @param target the target value, finite
   * @return the normalisation
   * @throws InvalidValueException if the target is not finite
   */
  public static Normalisation distanceToTarget(double target) {
    return distanceToTarget(target, false);
  }

  /**
   * Distance to target with the data's worst value as the far goalpost: the minimum for
   * higher-is-better, the maximum for lower-is-better.
   *
   * @param target the target value, finite
   * @param capped {@code true} to score units beyond the target 1 rather than above 1
   * @return the normalisation
   * @throws InvalidValueException if the target is not finite
   */
  public static Normalisation distanceToTarget(double target, boolean capped) {
    return of(Method.DISTANCE_TO_TARGET, InvalidValueException.requireFinite("Normalisation.target", target) + 0.0, 0,
        capped);
  }

  /**
   * Fixed goalposts: for higher-is-better {@code low} scores 0 and {@code high} 1, for
   * lower-is-better {@code high} scores 0 and {@code low} 1; values beyond them are capped to
   * [0, 1].
   *
   * @param low the lower goalpost, finite
   * @param high the upper goalpost, finite and above {@code low}
   * @return the normalisation
   * @throws InvalidValueException if a goalpost is not finite or {@code high <= low}
   */
  public static Normalisation goalposts(double low, double high) {
    double l = InvalidValueException.requireFinite("Normalisation.low", low) + 0.0;
    double h = InvalidValueException.requireFinite("Normalisation.high", high) + 0.0;
    if (h <= l) {
      throw new InvalidValueException("Normalisation.high", Label.number(h).en(),
          "must be above low " + Label.number(l).en());
    }
    return of(Method.GOALPOSTS, l, h, false);
  }

  /**
   * Fraction of the best value: {@code x / max} for higher-is-better, {@code min / x} for
   * lower-is-better. Values must not be negative.
   *
   * @return the normalisation
   */
  public static Normalisation fractionOfMaximum() {
    return of(Method.FRACTION_OF_MAXIMUM, 0, 0, false);
  }

  /**
   * Ascending rank, COINr's {@code n_rank}: 1 plus the number of units with a strictly worse
   * value, so the worst unit gets 1 and the best the number of units; tied units share the lowest
   * rank of their group. For league tables where 1 is the best, use {@link Ranking}.
   *
   * @return the normalisation
   */
  public static Normalisation rank() {
    return of(Method.RANK, 0, 0, false);
  }

  /**
   * Percentile rank on [0, 1], COINr's {@code n_prank}: {@code (rank − 1) / (n − 1)} with the
   * rank of {@link #rank()} and {@code n} the number of values present; the share of the other
   * units that this one beats.
   *
   * @return the normalisation
   */
  public static Normalisation percentileRank() {
    return of(Method.PERCENTILE_RANK, 0, 0, false);
  }

  /**
   * Returns the method.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract Method method();

  /** The first parameter: min-max lower; z-score mean; distance to target the target; goalposts low. */
  @Value.Parameter
  abstract double a();

  /** The second parameter: min-max upper; z-score standard deviation; goalposts high. */
  @Value.Parameter
  abstract double b();

  /** Distance to target: whether it is capped at 1. */
  @Value.Parameter
  abstract boolean capped();

  /**
   * Describes this normalisation with its parameters, such as "khoảng cách đến mục tiêu 10, giới
   * hạn ở 1 / distance to target 10, capped at 1".
   *
   * @return the description
   */
  public Label label() {
    Label name = method().label();
    Label a = Label.number(a());
    Label b = Label.number(b());
    boolean capped = capped();
    switch (method()) {
      case MIN_MAX:
        return Label.of(name.vi() + " [" + a.vi() + "; " + b.vi() + "]", name.en() + " [" + a.en() + ", " + b.en() + "]");
      case Z_SCORE:
        return Label.of(name.vi() + " (trung bình " + a.vi() + ", độ lệch chuẩn " + b.vi() + ")",
            name.en() + " (mean " + a.en() + ", standard deviation " + b.en() + ")");
      case DISTANCE_TO_TARGET:
        return Label.of(name.vi() + " " + a.vi() + (capped ? ", giới hạn ở 1" : ""),
            name.en() + " " + a.en() + (capped ? ", capped at 1" : ""));
      case GOALPOSTS:
        return Label.of(name.vi() + " " + a.vi() + " – " + b.vi(), name.en() + " " + a.en() + " – " + b.en());
      default:
        return name;
    }
  }

  /**
   * Normalises values given by position; the result keeps the positions.
   *
   * @param values the values, one per unit; empty where a unit has no value
   * @param direction whether higher or lower values are better
   * @return the normalised values, in the same order
   * @throws InvalidValueException naming the position of a value that is NaN or infinite, or of
   *     a negative value for the fraction of the maximum
   */
  public Result apply(List<OptionalDouble> values, Direction direction) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(direction, "direction");
    List<String> where = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      where.add("Normalisation.values[" + i + "]");
    }
    return Normaliser.normalise(this, values, where, ImmutableList.of(), direction);
  }

  /**
   * Normalises values given by unit code; the result is ordered by unit code.
   *
   * @param valuesByUnit the value of each unit; empty where a unit has no value
   * @param direction whether higher or lower values are better
   * @return the normalised values, by unit code
   * @throws InvalidValueException naming the unit of a value that is NaN or infinite, or of a
   *     negative value for the fraction of the maximum, or a blank unit code
   */
  public Result apply(Map<String, OptionalDouble> valuesByUnit, Direction direction) {
    Objects.requireNonNull(valuesByUnit, "valuesByUnit");
    Objects.requireNonNull(direction, "direction");
    TreeMap<String, OptionalDouble> sorted = new TreeMap<>();
    for (Map.Entry<String, OptionalDouble> e : valuesByUnit.entrySet()) {
      String code = InvalidValueException.requireNonBlank("Normalisation.unitCode", e.getKey());
      sorted.put(code, Objects.requireNonNull(e.getValue(), "Normalisation.values[" + code + "]"));
    }
    List<String> where = new ArrayList<>(sorted.size());
    for (String code : sorted.keySet()) {
      where.add("Normalisation.values[unit " + code + "]");
    }
    return Normaliser.normalise(this, new ArrayList<>(sorted.values()), where, ImmutableList.copyOf(sorted.keySet()),
        direction);
  }

  @Override
  public String toString() {
    return "Normalisation{" + label().en() + "}";
  }

  /**
   * The normalised values of one indicator across units, with how they were obtained.
   *
   * <p>Values are in input order for {@link Normalisation#apply(List, Direction)} and in unit
   * code order for {@link Normalisation#apply(Map, Direction)}. Two results are equal when every
   * part is. Immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Result {
    Result() {}

    /**
     * Returns the normalisation applied.
     *
     * @return the normalisation
     */
    @Value.Parameter
    public abstract Normalisation normalisation();

    /**
     * Returns the direction the values were read in.
     *
     * @return the direction
     */
    @Value.Parameter
    public abstract Direction direction();

    /**
     * Returns the normalised values, empty where the input was missing.
     *
     * @return the values, in input order or by unit code
     */
    @Value.Parameter
    public abstract ImmutableList<OptionalDouble> values();

    /**
     * Returns the unit codes the values belong to, where they were given by unit.
     *
     * @return the codes, sorted, one per value; empty where the values were given by position
     */
    @Value.Parameter
    public abstract ImmutableList<String> unitCodes();

    /**
     * Returns the normalised value at a position.
     *
     * @param index the position, from 0
     * @return the value, or empty where the input was missing
     * @throws InvalidValueException if the position is out of range
     */
    public OptionalDouble value(int index) {
      if (index < 0 || index >= values().size()) {
        throw new InvalidValueException("Normalisation.Result.index", index,
            "valid values 0 - " + (values().size() - 1));
      }
      return values().get(index);
    }

    /**
     * Returns the normalised value of a unit.
     *
     * @param unitCode the unit's code
     * @return the value, or empty where the unit's input was missing
     * @throws InvalidValueException if the values were not given for that unit
     */
    public OptionalDouble value(String unitCode) {
      int at = unitCodes().indexOf(Objects.requireNonNull(unitCode, "unitCode"));
      if (at < 0) {
        throw new InvalidValueException("Normalisation.Result.unitCode", unitCode,
            unitCodes().isEmpty() ? "the values were given by position, not by unit" : "not among the units normalised");
      }
      return values().get(at);
    }

    /**
     * Returns the number of values present.
     *
     * @return how many inputs were not missing
     */
    @Value.Parameter
    public abstract int count();

    /**
     * Tells whether the data set was degenerate (all values equal, a target no better than the
     * worst value, …) and the documented fallback was used.
     *
     * @return {@code true} if {@link #degenerate()} is present
     */
    public boolean isDegenerate() {
      return degenerate().isPresent();
    }

    /**
     * Explains why the data set was degenerate and what every unit got instead.
     *
     * @return the explanation, or empty if the data set was not degenerate
     */
    @Value.Parameter
    public abstract Optional<Label> degenerate();

    @Override
    public String toString() {
      return "Normalisation.Result{" + normalisation().label().en() + ", " + direction() + ", " + values()
          + (degenerate().isPresent() ? ", degenerate: " + degenerate().get().en() : "") + "}";
    }
  }
}
