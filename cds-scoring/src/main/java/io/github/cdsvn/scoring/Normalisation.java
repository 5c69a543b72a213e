package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A cross-sectional normalisation: it puts the values of one indicator across units on a common
 * scale by comparing the units with each other, as the JRC's COINr does for composite indicators
 * (a DTI-style index ranking provinces). A plan's own scorecard uses the per-target rules
 * instead.
 *
 * <p>Every method is direction-aware: the normalised value is always "higher is better", so a
 * lower-is-better indicator (a rank, a count of procedures) is mirrored. With {@code x} the values
 * present, {@code min} and {@code max} their extremes:
 * <table>
 *   <caption>Methods, for higher-is-better and lower-is-better</caption>
 *   <tr><th>factory</th><th>higher is better</th><th>lower is better</th></tr>
 *   <tr><td>{@link #minMax()}</td><td>{@code (x − min) / (max − min)}</td>
 *       <td>{@code (max − x) / (max − min)}</td></tr>
 *   <tr><td>{@link #zScore()}</td><td>{@code (x − mean) / sd}</td><td>{@code (mean − x) / sd}</td></tr>
 *   <tr><td>{@link #distanceToTarget(double, boolean)}</td><td>{@code (x − min) / (t − min)}</td>
 *       <td>{@code (max − x) / (max − t)}</td></tr>
 *   <tr><td>{@link #goalposts(double, double)}</td><td>{@code (x − low) / (high − low)}, clamped to [0, 1]</td>
 *       <td>{@code (x − high) / (low − high)}, clamped to [0, 1]</td></tr>
 *   <tr><td>{@link #fractionOfMaximum()}</td><td>{@code x / max}</td><td>{@code min / x}</td></tr>
 *   <tr><td>{@link #rank()}</td><td colspan="2">1 + the number of units with a strictly worse value</td></tr>
 *   <tr><td>{@link #percentileRank()}</td><td colspan="2">(rank − 1) / (n − 1)</td></tr>
 * </table>
 *
 * <p>These reproduce COINr's {@code n_minmax}, {@code n_zscore}, {@code n_dist2targ},
 * {@code n_goalposts}, {@code n_fracmax}, {@code n_rank} and {@code n_prank} (ties sharing the
 * lowest rank of their group, R's {@code ties.method = "min"}); the standard deviation is the
 * sample one ({@code n − 1}), as R's {@code sd}. Two departures, both because COINr returns NaN
 * or a meaningless number there:
 * <ul>
 *   <li>the fraction of the maximum of a lower-is-better indicator is {@code min / x}, the
 *       fraction the best value is of this one (COINr has no direction for it);</li>
 *   <li>degenerate inputs have a defined value, listed below, and the result says so through
 *       {@link Result#degenerate()}.</li>
 * </ul>
 *
 * <table>
 *   <caption>Degenerate inputs and their outcome</caption>
 *   <tr><th>method</th><th>when</th><th>every value present becomes</th></tr>
 *   <tr><td>min-max</td><td>all values equal (or only one)</td><td>the middle of the range, 0.5</td></tr>
 *   <tr><td>z-score</td><td>all values equal (or only one)</td><td>the target mean, 0</td></tr>
 *   <tr><td>distance to target</td><td>the target does not improve on the far goalpost
 *       ({@code t ≤ min}; {@code t ≥ max} for lower-is-better)</td><td>1: every unit is at or beyond the target</td></tr>
 *   <tr><td>fraction of the maximum</td><td>the best value is 0</td><td>1 for the units at 0, 0 for the
 *       others (only for lower-is-better; for higher-is-better all values are then 0 and all become 1)</td></tr>
 *   <tr><td>percentile rank</td><td>only one value</td><td>0, as for a group of tied units</td></tr>
 * </table>
 *
 * <p>Missing values ({@link OptionalDouble#empty()}) stay missing and take no part in the
 * statistics; they never become 0. A value that is NaN or infinite is refused with an
 * {@link InvalidValueException} naming its position or unit. Results do not depend on the order
 * of the input: sums are taken over the values sorted. Ties are exact equality of doubles.
 *
 * <p>Immutable and thread-safe.
 */
public final class Normalisation {

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

  private static final Normalisation MIN_MAX = new Normalisation(Method.MIN_MAX, 0, 1, false);
  private static final Normalisation Z_SCORE = new Normalisation(Method.Z_SCORE, 0, 1, false);
  private static final Normalisation FRACTION = new Normalisation(Method.FRACTION_OF_MAXIMUM, 0, 0, false);
  private static final Normalisation RANK = new Normalisation(Method.RANK, 0, 0, false);
  private static final Normalisation PERCENTILE = new Normalisation(Method.PERCENTILE_RANK, 0, 0, false);

  private final Method method;
  /** min-max: lower; z-score: mean; distance to target: target; goalposts: low. */
  private final double a;
  /** min-max: upper; z-score: standard deviation; goalposts: high. */
  private final double b;
  /** distance to target: capped at 1. */
  private final boolean capped;

  private Normalisation(Method method, double a, double b, boolean capped) {
    this.method = method;
    this.a = a;
    this.b = b;
    this.capped = capped;
  }

  /**
   * Min-max onto [0, 1]: the worst value becomes 0 and the best 1.
   *
   * @return the normalisation
   */
  public static Normalisation minMax() {
    return MIN_MAX;
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
    return new Normalisation(Method.MIN_MAX, l, u, false);
  }

  /**
   * Z-score with mean 0 and standard deviation 1.
   *
   * @return the normalisation
   */
  public static Normalisation zScore() {
    return Z_SCORE;
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
    return new Normalisation(Method.Z_SCORE, m, sd, false);
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
    return new Normalisation(Method.DISTANCE_TO_TARGET, (InvalidValueException.requireFinite("Normalisation.target", target) + 0.0),
        0, capped);
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
      throw new InvalidValueException("Normalisation.high", Label.number(h).en(), "must be above low " + Label.number(l).en());
    }
    return new Normalisation(Method.GOALPOSTS, l, h, false);
  }

  /**
   * Fraction of the best value: {@code x / max} for higher-is-better, {@code min / x} for
   * lower-is-better. Values must not be negative.
   *
   * @return the normalisation
   */
  public static Normalisation fractionOfMaximum() {
    return FRACTION;
  }

  /**
   * Ascending rank, COINr's {@code n_rank}: 1 plus the number of units with a strictly worse
   * value, so the worst unit gets 1 and the best the number of units; tied units share the lowest
   * rank of their group. For league tables where 1 is the best, use {@link Ranking}.
   *
   * @return the normalisation
   */
  public static Normalisation rank() {
    return RANK;
  }

  /**
   * Percentile rank on [0, 1], COINr's {@code n_prank}: {@code (rank − 1) / (n − 1)} with the
   * rank of {@link #rank()} and {@code n} the number of values present; the share of the other
   * units that this one beats.
   *
   * @return the normalisation
   */
  public static Normalisation percentileRank() {
    return PERCENTILE;
  }

  /**
   * Returns the method.
   *
   * @return the method
   */
  public Method method() {
    return method;
  }

  /**
   * Describes this normalisation with its parameters, such as "khoảng cách đến mục tiêu 10, giới
   * hạn ở 1 / distance to target 10, capped at 1".
   *
   * @return the description
   */
  public Label label() {
    Label name = method.label();
    switch (method) {
      case MIN_MAX:
        return Label.of(name.vi() + " [" + Label.number(a).vi() + "; " + Label.number(b).vi() + "]",
            name.en() + " [" + Label.number(a).en() + ", " + Label.number(b).en() + "]");
      case Z_SCORE:
        return Label.of(name.vi() + " (trung bình " + Label.number(a).vi() + ", độ lệch chuẩn " + Label.number(b).vi() + ")",
            name.en() + " (mean " + Label.number(a).en() + ", standard deviation " + Label.number(b).en() + ")");
      case DISTANCE_TO_TARGET:
        return Label.of(name.vi() + " " + Label.number(a).vi() + (capped ? ", giới hạn ở 1" : ""),
            name.en() + " " + Label.number(a).en() + (capped ? ", capped at 1" : ""));
      case GOALPOSTS:
        return Label.of(name.vi() + " " + Label.number(a).vi() + " – " + Label.number(b).vi(),
            name.en() + " " + Label.number(a).en() + " – " + Label.number(b).en());
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
    return compute(values, where, ImmutableList.of(), direction);
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
    return compute(new ArrayList<>(sorted.values()), where, ImmutableList.copyOf(sorted.keySet()), direction);
  }

  private Result compute(List<OptionalDouble> values, List<String> where, ImmutableList<String> codes,
      Direction direction) {
    int size = values.size();
    double[] x = new double[size];
    boolean[] present = new boolean[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      OptionalDouble v = Objects.requireNonNull(values.get(i), where.get(i));
      if (v.isPresent()) {
        double d = v.getAsDouble();
        if (!Double.isFinite(d)) {
          throw new InvalidValueException(where.get(i), d, "must be a finite number, or empty where missing");
        }
        if (method == Method.FRACTION_OF_MAXIMUM && d < 0) {
          throw new InvalidValueException(where.get(i), Label.number(d).en(),
              "the fraction of the maximum needs values of 0 or more");
        }
        x[i] = d + 0.0;
        present[i] = true;
        n++;
      }
    }
    double[] sorted = new double[n];
    int k = 0;
    for (int i = 0; i < size; i++) {
      if (present[i]) {
        sorted[k++] = x[i];
      }
    }
    Arrays.sort(sorted);
    Scale scale = n == 0 ? Scale.none() : scale(sorted, direction);
    ImmutableList.Builder<OptionalDouble> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      if (!present[i]) {
        out.add(OptionalDouble.empty());
        continue;
      }
      double y = scale.apply(x[i]) + 0.0;
      if (!Double.isFinite(y)) {
        throw new InvalidValueException(where.get(i), Label.number(x[i]).en(),
            "normalised by " + label().en() + " it is not a finite number; the parameters are too large");
      }
      out.add(OptionalDouble.of(y));
    }
    return new Result(this, direction, out.build(), codes, n, Optional.ofNullable(scale.degenerate));
  }

  /** The transformation of one data set, with a note when the data set is degenerate. */
  private static final class Scale {
    final java.util.function.DoubleUnaryOperator f;
    final Label degenerate;

    Scale(java.util.function.DoubleUnaryOperator f, Label degenerate) {
      this.f = f;
      this.degenerate = degenerate;
    }

    static Scale none() {
      return new Scale(v -> v, null);
    }

    double apply(double v) {
      return f.applyAsDouble(v);
    }
  }

  private Scale scale(double[] data, Direction direction) {
    // Ratios do not change when every number is scaled by the same power of two, and such a
    // scaling is exact: scale very large numbers down so that no difference or sum overflows.
    double largest = Math.max(Math.abs(data[0]), Math.abs(data[data.length - 1]));
    if (method == Method.DISTANCE_TO_TARGET || method == Method.GOALPOSTS) {
      largest = Math.max(largest, Math.max(Math.abs(a), Math.abs(b)));
    }
    int shift = largest > 0x1p500 ? Math.getExponent(largest) : 0;
    double[] sorted = new double[data.length];
    for (int i = 0; i < data.length; i++) {
      sorted[i] = Math.scalb(data[i], -shift);
    }
    java.util.function.DoubleUnaryOperator in = v -> Math.scalb(v, -shift);
    double pa = Math.scalb(a, -shift);
    double pb = Math.scalb(b, -shift);
    int n = sorted.length;
    double min = sorted[0];
    double max = sorted[n - 1];
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    switch (method) {
      case MIN_MAX: {
        if (min == max) {
          double mid = a / 2 + b / 2;
          return new Scale(v -> mid, Label.of(
              "mọi giá trị bằng nhau: mỗi đơn vị nhận điểm giữa khoảng, " + Label.number(mid).vi(),
              "all values are equal: each unit gets the middle of the range, " + Label.number(mid).en()));
        }
        double range = max - min;
        return new Scale(v -> {
          double x = in.applyAsDouble(v);
          return (higher ? (x - min) / range : (max - x) / range) * (b / 2 - a / 2) * 2 + a;
        }, null);
      }
      case Z_SCORE: {
        if (min == max) {
          return new Scale(v -> a, Label.of(
              "mọi giá trị bằng nhau: không có độ lệch chuẩn, mỗi đơn vị nhận giá trị trung bình " + Label.number(a).vi(),
              "all values are equal: there is no standard deviation, each unit gets the mean " + Label.number(a).en()));
        }
        double sum = 0;
        for (double v : sorted) {
          sum += v;
        }
        double mean = sum / n;
        double[] squares = new double[n];
        for (int i = 0; i < n; i++) {
          squares[i] = (sorted[i] - mean) * (sorted[i] - mean);
        }
        Arrays.sort(squares);
        double ss = 0;
        for (double s : squares) {
          ss += s;
        }
        double sd = Math.sqrt(ss / (n - 1));
        int sign = direction.sign();
        return new Scale(v -> sign * (in.applyAsDouble(v) - mean) / sd * b + a, null);
      }
      case DISTANCE_TO_TARGET: {
        double target = pa;
        if (higher ? target <= min : target >= max) {
          double worst = higher ? data[0] : data[n - 1];
          return new Scale(v -> 1, Label.of(
              "mục tiêu " + Label.number(a).vi() + " không tốt hơn giá trị kém nhất " + Label.number(worst).vi()
                  + ": mọi đơn vị đã đạt mục tiêu, mỗi đơn vị nhận 1",
              "the target " + Label.number(a).en() + " is no better than the worst value " + Label.number(worst).en()
                  + ": every unit is at or beyond it and gets 1"));
        }
        return new Scale(v -> {
          double x = in.applyAsDouble(v);
          double y = higher ? (x - min) / (target - min) : (max - x) / (max - target);
          return capped ? Math.min(y, 1) : y;
        }, null);
      }
      case GOALPOSTS:
        return new Scale(v -> {
          double x = in.applyAsDouble(v);
          double y = higher ? (x - pa) / (pb - pa) : (x - pb) / (pa - pb);
          return Math.max(0, Math.min(1, y));
        }, null);
      case FRACTION_OF_MAXIMUM:
        if (higher) {
          if (max == 0) {
            return new Scale(v -> 1, Label.of("mọi giá trị bằng 0: mỗi đơn vị bằng giá trị tốt nhất, nhận 1",
                "all values are 0: each unit equals the best and gets 1"));
          }
          return new Scale(v -> in.applyAsDouble(v) / max, null);
        }
        if (min == 0) {
          return new Scale(v -> v == 0 ? 1 : 0, Label.of(
              "giá trị tốt nhất bằng 0: các đơn vị bằng 0 nhận 1, các đơn vị khác nhận 0",
              "the best value is 0: units at 0 get 1, every other unit 0"));
        }
        return new Scale(v -> min / in.applyAsDouble(v), null);
      case RANK:
      case PERCENTILE_RANK: {
        double[] goodness = new double[n];
        for (int i = 0; i < n; i++) {
          goodness[i] = direction.sign() * data[i] + 0.0;
        }
        Arrays.sort(goodness);
        boolean percentile = method == Method.PERCENTILE_RANK;
        if (percentile && n == 1) {
          return new Scale(v -> 0, Label.of("chỉ có một giá trị: thứ hạng phần trăm là 0, như một nhóm đồng hạng",
              "only one value: its percentile rank is 0, as for a group of tied units"));
        }
        return new Scale(v -> {
          int worse = lowerBound(goodness, direction.sign() * v + 0.0);
          return percentile ? (double) worse / (n - 1) : worse + 1;
        }, null);
      }
      default:
        throw new AssertionError(method);
    }
  }

  /** The number of elements of an ascending array strictly below a value. */
  private static int lowerBound(double[] ascending, double value) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Normalisation other && method == other.method
        && Double.compare(a, other.a) == 0 && Double.compare(b, other.b) == 0 && capped == other.capped;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, a, b, capped);
  }

  @Override
  public String toString() {
    return "Normalisation{" + label().en() + "}";
  }

  /**
   * The normalised values of one indicator across units, with how they were obtained.
   *
   * <p>Values are in input order for {@link Normalisation#apply(List, Direction)} and in unit
   * code order for {@link Normalisation#apply(Map, Direction)}. Immutable and thread-safe.
   */
  public static final class Result {
    private final Normalisation normalisation;
    private final Direction direction;
    private final ImmutableList<OptionalDouble> values;
    private final ImmutableList<String> unitCodes;
    private final int count;
    private final Optional<Label> degenerate;

    private Result(Normalisation normalisation, Direction direction, ImmutableList<OptionalDouble> values,
        ImmutableList<String> unitCodes, int count, Optional<Label> degenerate) {
      this.normalisation = normalisation;
      this.direction = direction;
      this.values = values;
      this.unitCodes = unitCodes;
      this.count = count;
      this.degenerate = degenerate;
    }

    /**
     * Returns the normalisation applied.
     *
     * @return the normalisation
     */
    public Normalisation normalisation() {
      return normalisation;
    }

    /**
     * Returns the direction the values were read in.
     *
     * @return the direction
     */
    public Direction direction() {
      return direction;
    }

    /**
     * Returns the normalised values, empty where the input was missing.
     *
     * @return the values, in input order or by unit code
     */
    public ImmutableList<OptionalDouble> values() {
      return values;
    }

    /**
     * Returns the unit codes the values belong to, where they were given by unit.
     *
     * @return the codes, sorted, one per value; empty where the values were given by position
     */
    public ImmutableList<String> unitCodes() {
      return unitCodes;
    }

    /**
     * Returns the normalised value at a position.
     *
     * @param index the position, from 0
     * @return the value, or empty where the input was missing
     * @throws InvalidValueException if the position is out of range
     */
    public OptionalDouble value(int index) {
      if (index < 0 || index >= values.size()) {
        throw new InvalidValueException("Normalisation.Result.index", index,
            "valid values 0 - " + (values.size() - 1));
      }
      return values.get(index);
    }

    /**
     * Returns the normalised value of a unit.
     *
     * @param unitCode the unit's code
     * @return the value, or empty where the unit's input was missing
     * @throws InvalidValueException if the values were not given for that unit
     */
    public OptionalDouble value(String unitCode) {
      int at = unitCodes.indexOf(Objects.requireNonNull(unitCode, "unitCode"));
      if (at < 0) {
        throw new InvalidValueException("Normalisation.Result.unitCode", unitCode,
            unitCodes.isEmpty() ? "the values were given by position, not by unit" : "not among the units normalised");
      }
      return values.get(at);
    }

    /**
     * Returns the number of values present.
     *
     * @return how many inputs were not missing
     */
    public int count() {
      return count;
    }

    /**
     * Tells whether the data set was degenerate (all values equal, a target no better than the
     * worst value, …) and the documented fallback was used.
     *
     * @return {@code true} if {@link #degenerate()} is present
     */
    public boolean isDegenerate() {
      return degenerate.isPresent();
    }

    /**
     * Explains why the data set was degenerate and what every unit got instead.
     *
     * @return the explanation, or empty if the data set was not degenerate
     */
    public Optional<Label> degenerate() {
      return degenerate;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r && normalisation.equals(r.normalisation) && direction == r.direction
          && values.equals(r.values) && unitCodes.equals(r.unitCodes) && degenerate.equals(r.degenerate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(normalisation, direction, values, unitCodes, degenerate);
    }

    @Override
    public String toString() {
      return "Normalisation.Result{" + normalisation.label().en() + ", " + direction + ", " + values
          + (degenerate.isPresent() ? ", degenerate: " + degenerate.get().en() : "") + "}";
    }
  }
}
