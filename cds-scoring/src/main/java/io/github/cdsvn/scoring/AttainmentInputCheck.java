package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The checks of an {@link AttainmentInput}, made when it is built, so that a rule never sees a
 * bad case: every number finite and valid for the measure, the bound suited to the measure, the
 * baseline and series a bound needs, points in date order. Stateless.
 */
final class AttainmentInputCheck {
  private static final Set<Measure.Kind> QUANTITIES = EnumSet.of(Measure.Kind.PERCENT,
      Measure.Kind.COUNT, Measure.Kind.AMOUNT, Measure.Kind.RATE_PER_YEAR, Measure.Kind.INDEX);
  private static final Set<Measure.Kind> LEVELS = EnumSet.of(Measure.Kind.PERCENT,
      Measure.Kind.COUNT, Measure.Kind.AMOUNT, Measure.Kind.INDEX);

  private AttainmentInputCheck() {}

  /** Refuses an input that is not a valid case, naming the first field that is not valid. */
  static void check(AttainmentInput in) {
    Measure measure = in.measure();
    Direction direction = in.direction();
    Bound bound = in.bound();
    double value = in.value();
    OptionalDouble baseline = in.baseline();
    List<SeriesPoint> points = in.points();
    if (measure.kind() == Measure.Kind.RANK && direction != Direction.LOWER_IS_BETTER) {
      throw new InvalidValueException("AttainmentInput.direction", direction, "a rank is lower-is-better");
    }
    measure.validate("AttainmentInput.value", value);
    if (baseline.isPresent()) {
      measure.validate("AttainmentInput.baseline", baseline.getAsDouble());
    }
    for (int i = 0; i < points.size(); i++) {
      SeriesPoint p = points.get(i);
      if (!measure.isValid(p.value())) {
        // the field's name is built only when the value is refused
        measure.validate("AttainmentInput.points[" + i + "].value", p.value());
      }
      if (i > 0 && !p.date().isAfter(points.get(i - 1).date())) {
        throw new InvalidValueException("AttainmentInput.points[" + i + "].date", p.date(),
            "points must be in date order, each day once; previous " + points.get(i - 1).date());
      }
    }
    if (!points.isEmpty() && Double.compare(points.get(points.size() - 1).value(), value) != 0) {
      throw new InvalidValueException("AttainmentInput.points", points.get(points.size() - 1).value(),
          "the last point must hold the value " + value);
    }
    Measure.Kind kind = measure.kind();
    switch (bound.kind()) {
      case AT_LEAST:
      case MORE_THAN:
      case AT_MOST:
      case LESS_THAN:
      case APPROXIMATELY:
        requireKind(in, QUANTITIES);
        double t = bound.threshold().getAsDouble();
        measure.validate("AttainmentInput.bound.value", t);
        if (bound instanceof Bound.MoreThan && t >= measure.max()) {
          throw new InvalidValueException("AttainmentInput.bound.value", t,
              "'more than' must leave room below the maximum " + measure.max());
        }
        if (bound instanceof Bound.LessThan && t <= measure.min()) {
          throw new InvalidValueException("AttainmentInput.bound.value", t,
              "'less than' must leave room above the minimum " + measure.min());
        }
        break;
      case TOP_RANK:
        requireKind(in, EnumSet.of(Measure.Kind.RANK));
        break;
      case RELATIVE_CHANGE:
        requireKind(in, LEVELS);
        requireBaseline(in);
        break;
      case GROWTH_PER_YEAR:
        requireKind(in, LEVELS);
        if (points.size() < 2) {
          throw new InvalidValueException("AttainmentInput.points", points.size(),
              "growth per year needs a series of at least two points on different days");
        }
        for (int i = 0; i < points.size(); i++) {
          if (points.get(i).value() < 0) {
            throw new InvalidValueException("AttainmentInput.points[" + i + "].value",
                points.get(i).value(), "growth per year is undefined for negative values");
          }
        }
        break;
      case MILESTONE:
        requireKind(in, EnumSet.of(Measure.Kind.YES_NO));
        break;
      case ORDINAL_AT_LEAST:
        requireKind(in, EnumSet.of(Measure.Kind.ORDINAL));
        String category = ((Bound.OrdinalAtLeast) bound).category();
        if (measure.positionOf(category).isEmpty()) {
          throw new InvalidValueException("AttainmentInput.bound.category", category,
              "must be a category of " + measure);
        }
        break;
      case MAINTAIN:
        requireKind(in, EnumSet.complementOf(EnumSet.of(Measure.Kind.YES_NO)));
        requireBaseline(in);
        break;
      default:
        throw new AssertionError(bound.kind());
    }
  }

  private static void requireKind(AttainmentInput in, Set<Measure.Kind> allowed) {
    Bound bound = in.bound();
    Measure measure = in.measure();
    if (!allowed.contains(measure.kind())) {
      throw new InvalidValueException("AttainmentInput.bound", bound, "a " + bound.kind().label().en()
          + " bound needs a measure of kind " + allowed + ", not " + measure.kind());
    }
  }

  private static void requireBaseline(AttainmentInput in) {
    if (in.baseline().isEmpty()) {
      throw new InvalidValueException("AttainmentInput.baseline", "none",
          "a " + in.bound().kind().label().en() + " bound needs a baseline value");
    }
  }
}
