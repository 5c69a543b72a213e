package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.Growth;
import io.github.cdsvn.scoring.SeriesPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Valid {@link AttainmentInput}s for the attainment-rule contract, drawn from a seed: the same
 * seed and count give the same cases, on every machine and every run, and the first cases do
 * not depend on the count.
 *
 * <pre>{@code
 * for (AttainmentInput c : AttainmentCases.of(Bound.Kind.AT_LEAST, 42, 500)) {
 *   contract.check(c);
 * }
 * for (MonotonePair p : AttainmentCases.pairs(Bound.Kind.AT_LEAST, 42, 500)) {
 *   contract.checkMonotone(p);
 * }
 * }</pre>
 *
 * <p>Every case is valid by construction, over every kind of measure its bound allows, in both
 * directions, with and without a baseline and a series, at, near and far from its goal and
 * baseline; the {@linkplain io.github.cdsvn.scoring.testkit package description} says what is
 * drawn for each kind of bound. No property-testing framework is needed. This class has only
 * static methods and is thread-safe.
 */
public final class AttainmentCases {
  private static final int ATTEMPTS = 100;
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 12, 31);

  /** A five-step scale, as provinces' digital-transformation groups are published. */
  static final Measure GROUPS = Measure.ordinal(List.of(
      Measure.Category.of("yeu", "yếu", "weak"),
      Measure.Category.of("trung-binh", "trung bình", "average"),
      Measure.Category.of("trung-binh-kha", "trung bình khá", "fair"),
      Measure.Category.of("kha", "khá", "good"),
      Measure.Category.of("tot", "tốt", "very good")));
  /** The shortest scale: two steps. */
  static final Measure PASS_FAIL = Measure.ordinal(List.of(
      Measure.Category.of("chua-dat", "chưa đạt", "not passed"),
      Measure.Category.of("dat", "đạt", "passed")));

  private static final List<Measure> QUANTITIES = List.of(Measure.percent(), Measure.count(),
      Measure.amount("tỷ đồng"), Measure.ratePerYear(), Measure.index(0, 1), Measure.index(-50, 50),
      Measure.index(-1e308, 1e308));
  private static final List<Measure> LEVELS = List.of(Measure.percent(), Measure.count(),
      Measure.amount("tỷ đồng"), Measure.index(0, 1), Measure.index(-50, 50));
  private static final List<Measure> NON_NEGATIVE_LEVELS = List.of(Measure.percent(), Measure.count(),
      Measure.amount("tỷ đồng"), Measure.index(0, 1));
  private static final List<Measure> MAINTAINED;

  static {
    List<Measure> all = new ArrayList<>(QUANTITIES);
    all.add(Measure.rank());
    all.add(GROUPS);
    all.add(PASS_FAIL);
    MAINTAINED = List.copyOf(all);
  }

  private AttainmentCases() {}

  /**
   * Returns cases of one kind of bound.
   *
   * @param kind the kind of bound
   * @param seed the seed
   * @param count how many cases, 0 or more
   * @return the cases, in the order drawn
   * @throws InvalidValueException if the count is negative
   */
  public static List<AttainmentInput> of(Bound.Kind kind, long seed, int count) {
    return of(EnumSet.of(Objects.requireNonNull(kind, "AttainmentCases.kind")), seed, count);
  }

  /**
   * Returns cases of some kinds of bound, taken in turn in the order of {@link Bound.Kind}: case
   * {@code i} is of the {@code (i mod n)}-th kind of the {@code n} given.
   *
   * @param kinds the kinds of bound, at least one
   * @param seed the seed
   * @param count how many cases, 0 or more
   * @return the cases, in the order drawn
   * @throws InvalidValueException if no kind is given or the count is negative
   */
  public static List<AttainmentInput> of(Set<Bound.Kind> kinds, long seed, int count) {
    List<Bound.Kind> order = order(kinds);
    List<Draw> draws = Draw.perCase(seed, count, "AttainmentCases.count");
    List<AttainmentInput> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(draw(order.get(i % order.size()), draws.get(i)));
    }
    return List.copyOf(cases);
  }

  /**
   * Returns cases of every kind of bound, taken in turn.
   *
   * @param seed the seed
   * @param count how many cases, 0 or more
   * @return the cases, in the order drawn
   * @throws InvalidValueException if the count is negative
   */
  public static List<AttainmentInput> any(long seed, int count) {
    return of(EnumSet.allOf(Bound.Kind.class), seed, count);
  }

  /**
   * Returns pairs for the monotonicity law, of one kind of bound: a case and another valid value
   * for it.
   *
   * @param kind the kind of bound
   * @param seed the seed
   * @param count how many pairs, 0 or more
   * @return the pairs, whose cases are those {@link #of(Bound.Kind, long, int)} gives
   * @throws InvalidValueException if the count is negative
   */
  public static List<MonotonePair> pairs(Bound.Kind kind, long seed, int count) {
    return pairs(EnumSet.of(Objects.requireNonNull(kind, "AttainmentCases.kind")), seed, count);
  }

  /**
   * Returns pairs for the monotonicity law, of some kinds of bound taken in turn: a case and
   * another valid value for it, at, near or far from the case's value, goal and baseline.
   *
   * @param kinds the kinds of bound, at least one
   * @param seed the seed
   * @param count how many pairs, 0 or more
   * @return the pairs, whose cases are those {@link #of(Set, long, int)} gives
   * @throws InvalidValueException if no kind is given or the count is negative
   */
  public static List<MonotonePair> pairs(Set<Bound.Kind> kinds, long seed, int count) {
    List<Bound.Kind> order = order(kinds);
    List<Draw> draws = Draw.perCase(seed, count, "AttainmentCases.count");
    List<MonotonePair> pairs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Draw d = draws.get(i);
      AttainmentInput in = draw(order.get(i % order.size()), d);
      pairs.add(new MonotonePair(in, otherValue(in, d)));
    }
    return List.copyOf(pairs);
  }

  private static List<Bound.Kind> order(Set<Bound.Kind> kinds) {
    Objects.requireNonNull(kinds, "AttainmentCases.kinds");
    if (kinds.isEmpty()) {
      throw new InvalidValueException("AttainmentCases.kinds", kinds, "at least one kind of bound");
    }
    List<Bound.Kind> order = new ArrayList<>();
    for (Bound.Kind k : Bound.Kind.values()) {
      if (kinds.contains(k)) {
        order.add(k);
      }
    }
    return order;
  }

  /** One case of a kind; the draws that make no valid case (rare) are drawn again. */
  static AttainmentInput draw(Bound.Kind kind, Draw d) {
    IllegalArgumentException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return withSeries(attempt(kind, d), d);
      } catch (IllegalArgumentException e) {
        last = e;
      }
    }
    throw new IllegalStateException("no valid " + kind + " case in " + ATTEMPTS + " draws", last);
  }

  private static AttainmentInput attempt(Bound.Kind kind, Draw d) {
    switch (kind) {
      case AT_LEAST:
      case MORE_THAN:
      case AT_MOST:
      case LESS_THAN:
        return threshold(kind, d);
      case APPROXIMATELY:
        return approximately(d);
      case TOP_RANK:
        return topRank(d);
      case RELATIVE_CHANGE:
        return relativeChange(d);
      case GROWTH_PER_YEAR:
        return growth(d);
      case MILESTONE:
        return milestone(d);
      case ORDINAL_AT_LEAST:
        return ordinal(d);
      case MAINTAIN:
        return maintain(d);
      default:
        throw new AssertionError(kind);
    }
  }

  private static AttainmentInput threshold(Bound.Kind kind, Draw d) {
    Measure m = d.pick(QUANTITIES);
    double t = Values.in(m, d);
    Bound bound;
    switch (kind) {
      case AT_LEAST:
        bound = Bound.atLeast(t);
        break;
      case MORE_THAN:
        bound = Bound.moreThan(t >= m.max() ? Values.lowest(m) : t);
        break;
      case AT_MOST:
        bound = Bound.atMost(t);
        break;
      default:
        bound = Bound.lessThan(t <= m.min() ? m.max() : t);
    }
    double goal = bound.threshold().getAsDouble();
    return around(m, direction(m, d), bound, d, goal);
  }

  private static AttainmentInput approximately(Draw d) {
    Measure m = d.pick(QUANTITIES);
    double t = Values.in(m, d);
    double tol = d.chance(1.0 / 3) ? 0 : d.chance(0.5) ? d.between(0, 10.0) : d.between(0, 1e3);
    if (!Double.isFinite(t + tol) || !Double.isFinite(t - tol)) {
      tol = 0;
    }
    return around(m, direction(m, d), Bound.approximately(t, tol), d, t, t - tol, t + tol);
  }

  private static AttainmentInput topRank(Draw d) {
    int of = d.between(1, 100);
    int n = d.between(1, of);
    return around(Measure.rank(), Direction.LOWER_IS_BETTER, Bound.topRank(n, of), d, n, of, n + 1.0, of + 1.0);
  }

  private static AttainmentInput relativeChange(Draw d) {
    Measure m = d.pick(LEVELS);
    double pct = d.chance(0.8) ? d.between(-99.9, 300.0) : d.pick(-99, -50, -30, 10, 100);
    Bound.RelativeChange bound = Bound.relativeChange(pct == 0 ? -30 : pct);
    double base = Values.in(m, d);
    double goal = bound.targetFrom(base);
    double value = Values.around(m, d, goal, base);
    return AttainmentInput.builder().measure(m).direction(direction(m, d)).bound(bound).value(value)
        .baseline(base).build();
  }

  private static AttainmentInput growth(Draw d) {
    Measure m = d.pick(NON_NEGATIVE_LEVELS);
    double rate = d.chance(0.8) ? d.between(-50.0, 50.0) : d.pick(0, 7, 12.5);
    Bound bound = Bound.growthPerYear(rate, d.chance(0.5));
    int size = d.between(2, 6);
    LocalDate day = FIRST_DAY.plusDays(d.between(0, 400));
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < size - 1; i++) {
      points.add(SeriesPoint.of(day, Values.in(m, d)));
      day = day.plusDays(d.between(1, 900));
    }
    double first = points.get(0).value();
    // the value that grows from the first at exactly the rate asked, and its neighbours
    double exact = Growth.compound(first, rate / 100, Growth.years(points.get(0).date(), day));
    double value = Values.around(m, d, exact, first);
    points.add(SeriesPoint.of(day, value));
    AttainmentInput.Builder b = AttainmentInput.builder().measure(m).direction(direction(m, d)).bound(bound)
        .value(value).points(points);
    if (d.chance(0.5)) {
      b.baseline(Values.around(m, d, first, value));
    }
    return b.build();
  }

  private static AttainmentInput milestone(Draw d) {
    return around(Measure.yesNo(), direction(Measure.yesNo(), d), Bound.milestone(), d, 0, 1);
  }

  private static AttainmentInput ordinal(Draw d) {
    Measure m = d.chance(0.75) ? GROUPS : PASS_FAIL;
    int position = d.between(0, m.categories().size() - 1);
    Bound bound = Bound.ordinalAtLeast(m.categories().get(position).code());
    return around(m, direction(m, d), bound, d, position, position - 1.0, position + 1.0);
  }

  private static AttainmentInput maintain(Draw d) {
    Measure m = d.pick(MAINTAINED);
    double base = Values.in(m, d);
    return AttainmentInput.builder().measure(m).direction(direction(m, d)).bound(Bound.maintain())
        .value(Values.around(m, d, base)).baseline(base).build();
  }

  /**
   * A case whose baseline (or none) and value are drawn at, near or far from the anchors; the
   * baseline, once drawn, is an anchor of the value too.
   */
  private static AttainmentInput around(Measure m, Direction dir, Bound bound, Draw d, double... anchors) {
    AttainmentInput.Builder b = AttainmentInput.builder().measure(m).direction(dir).bound(bound);
    double[] valueAnchors = anchors;
    if (d.chance(0.5)) {
      double base = Values.around(m, d, anchors);
      b.baseline(base);
      valueAnchors = Arrays.copyOf(anchors, anchors.length + 1);
      valueAnchors[anchors.length] = base;
    }
    return b.value(Values.around(m, d, valueAnchors)).build();
  }

  /** A third of the cases of a kind without a series of its own get one: earlier points, then the value. */
  private static AttainmentInput withSeries(AttainmentInput in, Draw d) {
    if (!in.points().isEmpty() || !d.chance(1.0 / 3)) {
      return in;
    }
    List<SeriesPoint> points = new ArrayList<>();
    LocalDate day = FIRST_DAY.plusDays(d.between(0, 400));
    int earlier = d.between(1, 3);
    for (int i = 0; i < earlier; i++) {
      double v = i == 0 && in.baseline().isPresent() && d.chance(0.5) ? in.baseline().getAsDouble()
          : Values.in(in.measure(), d);
      points.add(SeriesPoint.of(day, v));
      day = day.plusDays(d.between(1, 900));
    }
    points.add(SeriesPoint.of(day, in.value()));
    return in.toBuilder().points(points).build();
  }

  /** Another value for a case: at, near or far from its value, goal and baseline. */
  static double otherValue(AttainmentInput in, Draw d) {
    double[] anchors = in.goal().isPresent()
        ? new double[] {in.value(), in.goal().getAsDouble(), in.effectiveBaseline()}
        : new double[] {in.value(), in.effectiveBaseline()};
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      double v = Values.around(in.measure(), d, anchors);
      if (in.bound().kind() == Bound.Kind.GROWTH_PER_YEAR) {
        v = Math.abs(v);
      }
      try {
        in.withValue(v);
        return v;
      } catch (IllegalArgumentException e) {
        // drawn again
      }
    }
    return in.value();
  }

  private static Direction direction(Measure m, Draw d) {
    if (m.kind() == Measure.Kind.RANK) {
      return Direction.LOWER_IS_BETTER;
    }
    return d.chance(0.5) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }
}
