package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What an {@link AttainmentRule} scores: a bound, the measure and direction of its indicator,
 * the value observed at the as-of date, the baseline where one is known, and the series of
 * values from the start of the period measured to the as-of date. The engine builds one for
 * every target it scores; a rule's author builds them in tests:
 *
 * <pre>{@code
 * AttainmentInput in = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER,
 *     Bound.atLeast(95), 83);
 * rule.attain(in).value();   // 83 / 95
 * }</pre>
 *
 * <p>An input is checked when built, so that a rule never sees a bad case: numbers finite and
 * valid for the measure, the bound suited to the measure as in a
 * {@link io.github.cdsvn.core.plan.Target}, a baseline for a relative change or "maintain", a rank
 * lower-is-better, and for growth per year at least two values on different days, none
 * negative; points in date order, each day once, the last one holding the value. An input also
 * answers what every rule asks of a bound ({@link #improvingDirection()},
 * {@link #effectiveBaseline()}, {@link #goal()}, {@link #holds(double)},
 * {@link #goalImprovesOnBaseline()}). Immutable and thread-safe.
 */
public final class AttainmentInput {
  private final Measure measure;
  private final Direction direction;
  private final Bound bound;
  private final double value;
  private final OptionalDouble baseline;
  private final ImmutableList<SeriesPoint> points;

  private AttainmentInput(Builder b) {
    this.measure = Objects.requireNonNull(b.measure, "AttainmentInput.measure");
    this.direction = Objects.requireNonNull(b.direction, "AttainmentInput.direction");
    this.bound = Objects.requireNonNull(b.bound, "AttainmentInput.bound");
    if (b.value == null) {
      throw new InvalidValueException("AttainmentInput.value", "none", "a value is required");
    }
    this.value = b.value;
    this.baseline = b.baseline == null ? OptionalDouble.empty() : OptionalDouble.of(b.baseline);
    this.points = ImmutableList.copyOf(b.points);
    AttainmentInputCheck.check(this);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An input without baseline and without series.
   *
   * @param measure the indicator's measure
   * @param direction the indicator's direction
   * @param bound the bound
   * @param value the value at the as-of date
   * @return the input
   * @throws InvalidValueException if the case is not valid
   */
  public static AttainmentInput of(Measure measure, Direction direction, Bound bound, double value) {
    return builder().measure(measure).direction(direction).bound(bound).value(value).build();
  }

  /**
   * An input with a baseline and without series.
   *
   * @param measure the indicator's measure
   * @param direction the indicator's direction
   * @param bound the bound
   * @param value the value at the as-of date
   * @param baseline the baseline value
   * @return the input
   * @throws InvalidValueException if the case is not valid
   */
  public static AttainmentInput of(Measure measure, Direction direction, Bound bound, double value,
      double baseline) {
    return builder().measure(measure).direction(direction).bound(bound).value(value)
        .baseline(baseline).build();
  }

  /**
   * Returns the measure of the target's indicator.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the direction of the target's indicator.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns the bound to score against.
   *
   * @return the bound
   */
  public Bound bound() {
    return bound;
  }

  /**
   * Returns the value at the as-of date: for a growth bound, the last point of the series.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * Returns the baseline value, stated by the plan or observed in the baseline year.
   *
   * @return the baseline, or empty if neither is known
   */
  public OptionalDouble baseline() {
    return baseline;
  }

  /**
   * Returns the series from the start of the period measured to the as-of date, oldest first:
   * where the engine builds the input, the baseline and the observations after it if the
   * baseline is dated before the latest value, else every usable observation.
   *
   * @return the points, possibly none; at least two for a growth bound
   */
  public ImmutableList<SeriesPoint> points() {
    return points;
  }

  /**
   * Returns the direction in which a value is better for this target: the bound's own where it
   * has one (at least, more than, growth, milestone and ordinal bounds improve upwards; at most,
   * less than and ranks downwards; a relative change in the direction of its sign), the
   * indicator's for "approximately" and "maintain".
   *
   * @return the improving direction
   */
  public Direction improvingDirection() {
    switch (bound.kind()) {
      case AT_LEAST:
      case MORE_THAN:
      case GROWTH_PER_YEAR:
      case MILESTONE:
      case ORDINAL_AT_LEAST:
        return Direction.HIGHER_IS_BETTER;
      case AT_MOST:
      case LESS_THAN:
      case TOP_RANK:
        return Direction.LOWER_IS_BETTER;
      case RELATIVE_CHANGE:
        return ((Bound.RelativeChange) bound).percent() < 0 ? Direction.LOWER_IS_BETTER
            : Direction.HIGHER_IS_BETTER;
      default:
        return direction;
    }
  }

  /**
   * Returns the baseline a rule measures progress from: the {@link #baseline()} where known,
   * else the natural zero of the measure; for growth per year, the first point of the series,
   * where growth is measured from.
   *
   * <p>The natural zero is 0 for percentages, counts, amounts, rates and yes/no, the worst
   * category (position 0) for an ordinal scale, the last rank {@code M} for a rank within the top
   * {@code N} of {@code M}, and for an index the worst end of its range.
   *
   * @return the baseline value
   */
  public double effectiveBaseline() {
    if (bound.kind() == Bound.Kind.GROWTH_PER_YEAR) {
      return points.get(0).value();
    }
    return baseline.isPresent() ? baseline.getAsDouble() : naturalZero();
  }

  /**
   * Returns the natural zero of the measure, as {@link #effectiveBaseline()} describes it.
   *
   * @return the natural zero
   */
  public double naturalZero() {
    if (bound instanceof Bound.TopRank r) {
      return r.of();
    }
    if (measure.kind() == Measure.Kind.INDEX) {
      return improvingDirection() == Direction.HIGHER_IS_BETTER ? measure.min() : measure.max();
    }
    return 0;
  }

  /**
   * Returns the value the target asks for, where the bound names one: the threshold, the nearest
   * point of an "approximately" band to the value, {@code baseline × (1 + change)} for a
   * relative change, {@code N} for a rank, the category's position for an ordinal bound, 1 for a
   * milestone and the baseline for "maintain".
   *
   * @return the goal, or empty for growth per year, which asks for a rate
   */
  public OptionalDouble goal() {
    switch (bound.kind()) {
      case AT_LEAST:
      case MORE_THAN:
      case AT_MOST:
      case LESS_THAN:
        return bound.threshold();
      case APPROXIMATELY:
        Bound.Approximately a = (Bound.Approximately) bound;
        return OptionalDouble.of(Math.max(a.value() - a.tolerance(), Math.min(value, a.value() + a.tolerance())));
      case RELATIVE_CHANGE:
        return OptionalDouble.of(((Bound.RelativeChange) bound).targetFrom(baseline.getAsDouble()));
      case TOP_RANK:
        return OptionalDouble.of(((Bound.TopRank) bound).n());
      case ORDINAL_AT_LEAST:
        return OptionalDouble.of(measure.positionOf(((Bound.OrdinalAtLeast) bound).category()).getAsInt());
      case MILESTONE:
        return OptionalDouble.of(1);
      case MAINTAIN:
        return OptionalDouble.of(baseline.getAsDouble());
      case GROWTH_PER_YEAR:
        return OptionalDouble.empty();
      default:
        throw new AssertionError(bound.kind());
    }
  }

  /**
   * Tells whether the bound holds for a value, read literally: {@code v >= t} for "at least",
   * {@code v > t} for "more than", {@code |v − t| <= tolerance} for "approximately",
   * {@code rank <= N}, the category or better, a milestone done, no worse than the baseline for
   * "maintain", and for growth per year a compound rate from the first point of the series to
   * {@code v} (on the last point's day) of at least (or, strict, more than) the rate asked —
   * from a first value of 0, any rise holds and staying at 0 counts as no growth.
   *
   * @param v the value
   * @return whether the bound holds
   */
  public boolean holds(double v) {
    switch (bound.kind()) {
      case AT_LEAST:
        return v >= ((Bound.AtLeast) bound).value();
      case MORE_THAN:
        return v > ((Bound.MoreThan) bound).value();
      case AT_MOST:
        return v <= ((Bound.AtMost) bound).value();
      case LESS_THAN:
        return v < ((Bound.LessThan) bound).value();
      case APPROXIMATELY:
        Bound.Approximately a = (Bound.Approximately) bound;
        return Math.abs(v - a.value()) <= a.tolerance();
      case RELATIVE_CHANGE:
        double t = goal().getAsDouble();
        return improvingDirection() == Direction.LOWER_IS_BETTER ? v <= t : v >= t;
      case TOP_RANK:
        return v <= ((Bound.TopRank) bound).n();
      case ORDINAL_AT_LEAST:
        return v >= goal().getAsDouble();
      case MILESTONE:
        return v >= 1;
      case MAINTAIN:
        double b = baseline.getAsDouble();
        return direction == Direction.LOWER_IS_BETTER ? v <= b : v >= b;
      case GROWTH_PER_YEAR:
        Bound.GrowthPerYear g = (Bound.GrowthPerYear) bound;
        SeriesPoint first = points.get(0);
        double years = Growth.years(first.date(), points.get(points.size() - 1).date());
        double need = g.percent() / 100;
        if (first.value() == 0) {
          // from 0 any rise is unbounded growth, and staying at 0 is no growth at all
          return v > 0 || (g.strict() ? 0 > need : 0 >= need);
        }
        OptionalDouble rate = Growth.compoundRate(first.value(), v, years);
        return rate.isPresent() && (g.strict() ? rate.getAsDouble() > need : rate.getAsDouble() >= need);
      default:
        throw new AssertionError(bound.kind());
    }
  }

  /**
   * Tells whether the bound holds for the {@link #value()}.
   *
   * @return {@code holds(value())}
   */
  public boolean boundHolds() {
    return holds(value);
  }

  /**
   * Tells whether the target asks for more than the baseline already gives: the goal is strictly
   * better than the {@link #effectiveBaseline()} in the {@link #improvingDirection()}, the
   * baseline lies outside an "approximately" band, or a growth rate above 0 is asked. Where it
   * does not, rules score 1 if the bound holds and 0 if not.
   *
   * @return whether the goal improves on the baseline
   */
  public boolean goalImprovesOnBaseline() {
    double b = effectiveBaseline();
    switch (bound.kind()) {
      case APPROXIMATELY:
        Bound.Approximately a = (Bound.Approximately) bound;
        return Math.abs(b - a.value()) > a.tolerance();
      case GROWTH_PER_YEAR:
        return ((Bound.GrowthPerYear) bound).percent() > 0;
      case MAINTAIN:
        return false;
      default:
        return improvingDirection().isBetter(goal().getAsDouble(), b);
    }
  }

  /**
   * Returns a copy with another value, checked like a new one; the last point takes the value.
   *
   * @param newValue the value
   * @return the new input
   * @throws InvalidValueException if the new case is not valid
   */
  public AttainmentInput withValue(double newValue) {
    Builder b = toBuilder().value(newValue);
    if (!points.isEmpty()) {
      SeriesPoint last = points.get(points.size() - 1);
      b.points.set(points.size() - 1, SeriesPoint.of(last.date(), newValue));
    }
    return b.build();
  }

  /**
   * Returns a copy with another baseline value, checked like a new one.
   *
   * @param newBaseline the baseline
   * @return the new input
   * @throws InvalidValueException if the new case is not valid
   */
  public AttainmentInput withBaseline(double newBaseline) {
    return toBuilder().baseline(newBaseline).build();
  }

  /**
   * Returns a builder holding this input's data.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = builder().measure(measure).direction(direction).bound(bound).value(value)
        .points(points);
    if (baseline.isPresent()) {
      b.baseline(baseline.getAsDouble());
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttainmentInput other && measure.equals(other.measure)
        && direction == other.direction && bound.equals(other.bound)
        && Double.compare(value, other.value) == 0 && baseline.equals(other.baseline)
        && points.equals(other.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, direction, bound, value, baseline, points);
  }

  @Override
  public String toString() {
    return "AttainmentInput{" + measure + ", " + direction.label().en() + ", " + bound + ", v=" + value
        + (baseline.isPresent() ? ", b=" + baseline.getAsDouble() : "") + (points.isEmpty() ? "" : ", points=" + points)
        + "}";
  }

  /**
   * Collects the data of an {@link AttainmentInput}; measure, direction, bound and value are
   * required. Not thread-safe: use from one thread.
   */
  public static final class Builder {
    private Measure measure;
    private Direction direction;
    private Bound bound;
    private Double value;
    private Double baseline;
    private final List<SeriesPoint> points = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the measure of the target's indicator.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(Measure measure) {
      this.measure = Objects.requireNonNull(measure, "measure");
      return this;
    }

    /**
     * Sets the direction of the target's indicator.
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets the bound.
     *
     * @param bound the bound
     * @return this builder
     */
    public Builder bound(Bound bound) {
      this.bound = Objects.requireNonNull(bound, "bound");
      return this;
    }

    /**
     * Sets the value at the as-of date.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(double value) {
      this.value = value;
      return this;
    }

    /**
     * Sets the baseline value.
     *
     * @param baseline the baseline
     * @return this builder
     */
    public Builder baseline(double baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * Adds a point at the end of the series.
     *
     * @param date the day the value counts as observed
     * @param value the value
     * @return this builder
     */
    public Builder addPoint(LocalDate date, double value) {
      points.add(SeriesPoint.of(date, value));
      return this;
    }

    /**
     * Replaces the series.
     *
     * @param series the points, oldest first
     * @return this builder
     */
    public Builder points(List<SeriesPoint> series) {
      points.clear();
      series.forEach(p -> points.add(Objects.requireNonNull(p, "point")));
      return this;
    }

    /**
     * Checks the case and builds the input.
     *
     * @return the input
     * @throws InvalidValueException naming the first field that is not valid
     */
    public AttainmentInput build() {
      return new AttainmentInput(this);
    }
  }
}
