package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.plan.Bound;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** The built-in attainment rules. Each is a stateless singleton, immutable and thread-safe. */
final class Rules {
  /** Distance to the goal, for every kind but "approximately" and growth. */
  public static final AttainmentRule DISTANCE = new DistanceToTarget();
  /** Distance to the nearest edge of an "approximately" band. */
  public static final AttainmentRule NEAREST_EDGE = new NearestEdge();
  /** Observed compound growth against the rate asked for. */
  public static final AttainmentRule GROWTH = new GrowthRatio();

  static final Label NOT_IMPROVING = Label.of(
      "mục tiêu không cao hơn cơ sở: đạt 1 nếu hoàn thành, 0 nếu chưa",
      "the goal does not improve on the baseline: 1 if met, 0 if not");

  private Rules() {}

  /** Returns the built-in rule for a kind of bound. */
  public static AttainmentRule forKind(Bound.Kind kind) {
    switch (kind) {
      case APPROXIMATELY:
        return NEAREST_EDGE;
      case GROWTH_PER_YEAR:
        return GROWTH;
      default:
        return DISTANCE;
    }
  }

  static double clamp01(double x) {
    return x <= 0 ? 0 : (x >= 1 ? 1 : x);
  }

  /**
   * {@code (v − b) / (t − b)}. Where {@code t − b} overflows, every term is halved first: halving
   * is exact for such large numbers, so the ratio is the true one. Whether to halve depends on
   * {@code b} and {@code t} only, so the result stays monotone in {@code v}; a numerator that
   * overflows gives an infinity of the right sign, which clamping turns into 0 or 1.
   */
  static double fraction(double v, double b, double t) {
    double den = t - b;
    if (Double.isFinite(den)) {
      return (v - b) / den;
    }
    return (v / 2 - b / 2) / (t / 2 - b / 2);
  }

  /**
   * Finishes an attainment: 1 where met; otherwise kept below 1 unless {@code atGoal} (a strict
   * bound whose goal is reached but not exceeded), so that for bounds that are not strict 1
   * means met even where rounding would say otherwise.
   */
  static double finish(double raw, boolean met, boolean atGoal) {
    if (met) {
      return 1;
    }
    double a = clamp01(raw);
    return a >= 1 && !atGoal ? Math.nextDown(1.0) : a;
  }

  static void requireSupported(AttainmentRule rule, AttainmentInput in) {
    if (!rule.supports(in.bound().kind())) {
      throw new InvalidValueException("AttainmentInput.bound", in.bound(),
          "rule " + rule.name() + " does not score " + in.bound().kind());
    }
  }

  /** Adds an input, leaving out a number that overflowed (a goal beyond the largest double). */
  static void put(List<Explanation.Input> list, String symbol, double value, Label meaning) {
    if (Double.isFinite(value)) {
      list.add(Explanation.Input.of(symbol, value, meaning));
    }
  }

  /** The distance to the goal. */
  static final class DistanceToTarget implements AttainmentRule {
    // the meanings of the inputs, made once
    private static final Label RANK = Label.of("thứ hạng", "rank");
    private static final Label SIZE_OF_THE_LEADING_GROUP = Label.of("số đơn vị của nhóm dẫn đầu",
        "size of the leading group");
    private static final Label NUMBER_OF_UNITS_RANKED = Label.of("số đơn vị được xếp hạng", "number of units ranked");
    private static final Label BASELINE_RANK = Label.of("thứ hạng cơ sở", "baseline rank");
    private static final Label POSITION_OF_THE_GROUP = Label.of("vị trí nhóm", "position of the group");
    private static final Label POSITION_OF_THE_TARGET_GROUP = Label.of("vị trí nhóm mục tiêu",
        "position of the target group");
    private static final Label POSITION_OF_THE_BASELINE_GROUP = Label.of("vị trí nhóm cơ sở",
        "position of the baseline group");
    private static final Label DONE_1_OR_NOT_0 = Label.of("hoàn thành (1) hay chưa (0)", "done (1) or not (0)");
    private static final Label GOAL = Label.of("mục tiêu", "goal");
    private static final Label BASELINE = Label.of("cơ sở", "baseline");
    private static final Label VALUE = Label.of("giá trị", "value");
    private static final Label CHANGE = Label.of("thay đổi so với cơ sở (%)", "change against the baseline (%)");
    private static final Label GOAL_B_1_CHANGE = Label.of("mục tiêu = b × (1 + thay đổi)", "goal = b × (1 + change)");
    private static final Set<Bound.Kind> KINDS = EnumSet.complementOf(
        EnumSet.of(Bound.Kind.APPROXIMATELY, Bound.Kind.GROWTH_PER_YEAR));

    @Override
    public String name() {
      return "distance-to-target";
    }

    @Override
    public boolean supports(Bound.Kind kind) {
      return KINDS.contains(kind);
    }

    @Override
    public Attainment attain(AttainmentInput in) {
      requireSupported(this, in);
      double v = in.value();
      double t = in.goal().getAsDouble();
      double b = in.effectiveBaseline();
      boolean met = in.boundHolds();
      boolean improves = in.goalImprovesOnBaseline();
      Attainment.Builder out = Attainment.builder().rule(name()).met(met);
      if (!improves) {
        out.addNotes(NOT_IMPROVING);
      }
      out.value(value(v, t, b, met, improves, in.improvingDirection()));
      out.addAllInputs(inputs(in, v, t, b));
      return out.build();
    }

    /**
     * The attainment of a value: what {@link #attain} gives, from the input's goal {@code t},
     * effective baseline {@code b}, whether the bound holds, whether the goal improves on the
     * baseline and the improving direction. The engine calls it directly when it scores from
     * the columns of an observation set.
     */
    static double value(double v, double t, double b, boolean met, boolean improves, Direction improving) {
      double raw;
      if (!improves) {
        raw = met ? 1 : 0;
      } else if (improving == Direction.HIGHER_IS_BETTER) {
        raw = fraction(v, b, t);
      } else {
        raw = fraction(-v, -b, -t);
      }
      return finish(raw, met, v == t);
    }

    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    /**
     * Whether value {@code v} meets a bound of one comparison with goal {@code t}, as 1 or 0,
     * worked out from the sign of a difference rather than by a branch: {@code v >= t} or
     * {@code v > t} ({@code strict}) where {@code sign} is 1, {@code v <= t} or {@code v < t}
     * where it is −1. Subtraction gives 0 only for equal numbers, and a difference that
     * overflows keeps its sign; adding 0 makes a difference of −0 (of two zeros) +0.
     */
    static long meets(double v, double t, double sign, boolean strict) {
      double sv = sign * v;
      double st = sign * t;
      return strict ? Double.doubleToRawLongBits(st - sv + 0.0) >>> 63
          : 1 - (Double.doubleToRawLongBits(sv - st + 0.0) >>> 63);
    }

    /**
     * What {@link #value} gives for a bound of one comparison whose goal {@code t} is its
     * threshold, where {@code met} (1 or 0) is what {@link #meets} gives and {@code sign} is 1
     * where higher is better and −1 where lower is, without a branch on whether the bound holds.
     * Where it holds, the raw fraction is 1 or more, because subtraction and division round
     * monotonically ({@code v >= t} gives {@code v − b >= t − b}), or 1 where the goal does not
     * improve on the baseline; clamped to 0–1 it gives 1, as {@link #finish} does. Where it does
     * not hold, the clamp's top is the number just below 1, unless the value is the goal. The raw
     * fraction is never NaN (the values are finite and {@code t − b} is not 0 where the goal
     * improves), so the clamp works on its bits: doubles of 0 or more order as their bits do.
     * The engine calls it when it scores many units from the columns of an observation set:
     * whether a value meets its goal varies from unit to unit, and a branch on it costs more
     * than this arithmetic.
     */
    static double valueOfComparison(double v, double t, double b, long met, boolean improves, double sign) {
      double raw = improves ? fraction(sign * v, sign * b, sign * t) : met;
      long bits = Double.doubleToRawLongBits(raw);
      bits &= ~(bits >> 63); // below 0 (or −0) gives +0
      long top = ONE_BITS - (v != t ? met ^ 1 : 0);
      long over = bits - top;
      bits = top + (over & (over >> 63)); // the lesser of the two
      return Double.longBitsToDouble(bits);
    }

    private static List<Explanation.Input> inputs(AttainmentInput in, double v, double t, double b) {
      List<Explanation.Input> list = new ArrayList<>();
      switch (in.bound().kind()) {
        case TOP_RANK:
          Bound.TopRank r = (Bound.TopRank) in.bound();
          put(list, "v", v, RANK);
          put(list, "N", r.n(), SIZE_OF_THE_LEADING_GROUP);
          put(list, "M", r.of(), NUMBER_OF_UNITS_RANKED);
          put(list, "b", b, BASELINE_RANK);
          break;
        case ORDINAL_AT_LEAST:
          put(list, "v", v, POSITION_OF_THE_GROUP);
          put(list, "t", t, POSITION_OF_THE_TARGET_GROUP);
          put(list, "b", b, POSITION_OF_THE_BASELINE_GROUP);
          break;
        case MILESTONE:
          put(list, "v", v, DONE_1_OR_NOT_0);
          put(list, "t", t, GOAL);
          put(list, "b", b, BASELINE);
          break;
        case RELATIVE_CHANGE:
          put(list, "v", v, VALUE);
          put(list, "b", b, BASELINE);
          put(list, "change", ((Bound.RelativeChange) in.bound()).percent(), CHANGE);
          put(list, "t", t, GOAL_B_1_CHANGE);
          break;
        default:
          put(list, "v", v, VALUE);
          put(list, "t", t, GOAL);
          put(list, "b", b, BASELINE);
      }
      return list;
    }
  }

  /** The distance to the nearest edge of an "approximately" band. */
  static final class NearestEdge implements AttainmentRule {
    @Override
    public String name() {
      return "nearest-edge";
    }

    @Override
    public boolean supports(Bound.Kind kind) {
      return kind == Bound.Kind.APPROXIMATELY;
    }

    /**
     * {@code |x − t| − tolerance} for the value and for the baseline. Where the baseline's
     * distance overflows, both are computed on halves (exact for such large numbers), so that
     * their ratio is the true one; the choice depends on the baseline only, which keeps the
     * attainment monotone in the value.
     */
    private static double[] distances(double v, double b, double t, double tol) {
      double db = Math.abs(b - t) - tol;
      if (Double.isFinite(db)) {
        return new double[] {Math.abs(v - t) - tol, db};
      }
      return new double[] {Math.abs(v / 2 - t / 2) - tol / 2, Math.abs(b / 2 - t / 2) - tol / 2};
    }

    /**
     * The attainment of a value: what {@link #attain} gives, from the effective baseline
     * {@code b}, the band's centre and tolerance, whether the bound holds and whether the goal
     * improves on the baseline. The engine calls it directly when it scores from the columns of
     * an observation set.
     */
    static double value(double v, double b, double centre, double tolerance, boolean met, boolean improves) {
      double raw;
      if (!improves) {
        raw = met ? 1 : 0;
      } else {
        double[] d = distances(v, b, centre, tolerance);
        raw = 1 - d[0] / d[1];
      }
      return finish(raw, met, false);
    }

    @Override
    public Attainment attain(AttainmentInput in) {
      requireSupported(this, in);
      Bound.Approximately a = (Bound.Approximately) in.bound();
      double v = in.value();
      double b = in.effectiveBaseline();
      boolean met = in.boundHolds();
      boolean improves = in.goalImprovesOnBaseline();
      Attainment.Builder out = Attainment.builder().rule(name()).met(met);
      if (!improves) {
        out.addNotes(NOT_IMPROVING);
      }
      out.value(value(v, b, a.value(), a.tolerance(), met, improves));
      out.addInputs(Explanation.Input.of("v", v, "giá trị", "value"),
          Explanation.Input.of("t", a.value(), "mục tiêu", "goal"),
          Explanation.Input.of("tolerance", a.tolerance(), "dung sai", "tolerance"),
          Explanation.Input.of("b", b, "cơ sở", "baseline"));
      double dv = Math.max(0, Math.abs(v - a.value()) - a.tolerance());
      double db = Math.max(0, Math.abs(b - a.value()) - a.tolerance());
      if (Double.isFinite(dv) && Double.isFinite(db)) {
        out.addInputs(Explanation.Input.of("d_v", dv, "khoảng cách từ giá trị đến biên gần nhất",
                "distance from the value to the nearest edge"),
            Explanation.Input.of("d_b", db, "khoảng cách từ cơ sở đến biên gần nhất",
                "distance from the baseline to the nearest edge"));
      }
      return out.build();
    }
  }

  /** Observed compound growth against the rate asked for. */
  static final class GrowthRatio implements AttainmentRule {
    @Override
    public String name() {
      return "growth-ratio";
    }

    @Override
    public boolean supports(Bound.Kind kind) {
      return kind == Bound.Kind.GROWTH_PER_YEAR;
    }

    @Override
    public Attainment attain(AttainmentInput in) {
      requireSupported(this, in);
      Bound.GrowthPerYear g = (Bound.GrowthPerYear) in.bound();
      SeriesPoint first = in.points().get(0);
      SeriesPoint last = in.points().get(in.points().size() - 1);
      double years = Growth.years(first.date(), last.date());
      double need = g.percent() / 100;
      boolean met = in.boundHolds();
      Attainment.Builder out = Attainment.builder().rule(name()).met(met);
      out.addInputs(Explanation.Input.of("x_first", first.value(), "giá trị đầu kỳ", "first value"),
          Explanation.Input.of("x_last", last.value(), "giá trị cuối kỳ", "last value"),
          Explanation.Input.of("years", years, "số năm", "years"));
      OptionalDouble rate = Growth.compoundRate(first.value(), last.value(), years);
      double raw;
      boolean atGoal = false;
      if (rate.isEmpty()) {
        raw = met ? 1 : 0;
        out.addNotes(Label.of("tăng trưởng từ 0: không tính được tốc độ bình quân",
            "growth from 0: no average rate can be computed"));
      } else if (!in.goalImprovesOnBaseline()) {
        raw = met ? 1 : 0;
        out.addNotes(NOT_IMPROVING);
      } else {
        raw = rate.getAsDouble() / need;
        atGoal = rate.getAsDouble() == need;
      }
      if (rate.isPresent() && Double.isFinite(rate.getAsDouble())) {
        out.addInputs(Explanation.Input.of("CAGR_observed", rate.getAsDouble(),
            "tăng trưởng bình quân năm quan sát được", "observed compound annual growth"));
      }
      out.addInputs(Explanation.Input.of("g", need, "tăng trưởng yêu cầu mỗi năm", "growth required a year"));
      return out.value(finish(raw, met, atGoal)).build();
    }
  }
}
