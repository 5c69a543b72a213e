package io.github.cdsvn.scoring.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.AttainmentInput;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of attainment cases for every kind of bound, over every kind of
 * measure a bound allows, with values at the edges (0, the maximum, the goal, the baseline,
 * huge and tiny numbers) mixed in.
 */
final class Cases {
  static final Measure GROUPS = Measure.ordinal(List.of(
      Measure.Category.of("yeu", "yếu", "weak"),
      Measure.Category.of("trung-binh", "trung bình", "average"),
      Measure.Category.of("trung-binh-kha", "trung bình khá", "fair"),
      Measure.Category.of("kha", "khá", "good"),
      Measure.Category.of("tot", "tốt", "very good")));

  static final List<Measure> QUANTITIES = List.of(Measure.percent(), Measure.count(), Measure.amount("tỷ đồng"),
      Measure.ratePerYear(), Measure.index(0, 1), Measure.index(-50, 50), Measure.index(-1e308, 1e308));
  static final List<Measure> LEVELS = List.of(Measure.percent(), Measure.count(), Measure.amount("tỷ đồng"),
      Measure.index(0, 1), Measure.index(-50, 50));
  static final List<Measure> NON_NEGATIVE_LEVELS = List.of(Measure.percent(), Measure.count(),
      Measure.amount("tỷ đồng"), Measure.index(0, 1));

  private Cases() {}

  static Gen<Direction> directions() {
    return Generate.enumValues(Direction.class);
  }

  /** A value valid for a measure, edges included. */
  static Gen<Double> valueIn(Measure m) {
    switch (m.kind()) {
      case PERCENT:
        return doubles().between(0, 100).mix(Generate.pick(List.of(0.0, 100.0, 50.0, 0.5)), 30);
      case COUNT:
      case AMOUNT:
        return doubles().between(0, 1000)
            .mix(doubles().between(0, 1e12), 30)
            .mix(Generate.pick(List.of(0.0, 1.0, Double.MAX_VALUE, 1e300, Double.MIN_VALUE, 1e-300)), 20);
      case RATE_PER_YEAR:
        return doubles().between(-99.999, 1000).mix(Generate.pick(List.of(-99.99999, 0.0, 12.5)), 20);
      case INDEX:
        double min = m.min();
        double max = m.max();
        Gen<Double> inside = doubles().fromZeroToOne().map(u -> Math.max(min, Math.min(max, min * (1 - u) + max * u)));
        return inside.mix(Generate.pick(List.of(min, max, 0.0 < min ? min : 0.0)), 20);
      case RANK:
        return integers().between(1, 150).map(i -> (double) i);
      case YES_NO:
        return Generate.pick(List.of(0.0, 1.0));
      case ORDINAL:
        return integers().between(0, m.categories().size() - 1).map(i -> (double) i);
      default:
        throw new AssertionError(m.kind());
    }
  }

  /** A value valid for a case's measure, non-negative for growth. */
  static Gen<Double> otherValue(AttainmentInput in) {
    Gen<Double> g = valueIn(in.measure());
    return in.bound().kind() == io.github.cdsvn.core.plan.Bound.Kind.GROWTH_PER_YEAR ? g.map(Math::abs) : g;
  }

  /** At least, more than, at most, less than. */
  static Gen<AttainmentInput> thresholds() {
    return rs -> {
      Measure m = Generate.pick(QUANTITIES).generate(rs);
      Gen<Double> v = valueIn(m);
      double t = v.generate(rs);
      int kind = integers().between(0, 3).generate(rs);
      Bound bound;
      switch (kind) {
        case 0:
          bound = Bound.atLeast(t);
          break;
        case 1:
          bound = Bound.moreThan(t >= m.max() ? m.min() == -100 ? 0 : m.min() : t);
          break;
        case 2:
          bound = Bound.atMost(t);
          break;
        default:
          bound = Bound.lessThan(t <= m.min() ? m.max() : t);
      }
      double value = Generate.oneOf(v, Generate.constant(bound.threshold().getAsDouble())).generate(rs);
      AttainmentInput.Builder b = AttainmentInput.builder().measure(m).direction(directions().generate(rs))
          .bound(bound).value(value);
      if (booleans().all().generate(rs)) {
        b.baseline(v.generate(rs));
      }
      return b.build();
    };
  }

  /** Approximately, with a tolerance of 0 or more. */
  static Gen<AttainmentInput> approximately() {
    return rs -> {
      Measure m = Generate.pick(QUANTITIES).generate(rs);
      Gen<Double> v = valueIn(m);
      double t = v.generate(rs);
      double tol = Generate.oneOf(Generate.constant(0.0), doubles().between(0, 10),
          doubles().between(0, 1e3)).generate(rs);
      if (!Double.isFinite(t + tol) || !Double.isFinite(t - tol)) {
        tol = 0;
      }
      Bound bound = Bound.approximately(t, tol);
      double value = Generate.oneOf(v, Generate.constant(t), Generate.constant(Math.min(m.max(), t + tol)))
          .generate(rs);
      AttainmentInput.Builder b = AttainmentInput.builder().measure(m).direction(directions().generate(rs))
          .bound(bound).value(value);
      if (booleans().all().generate(rs)) {
        b.baseline(v.generate(rs));
      }
      return b.build();
    };
  }

  /** Within the top N of M. */
  static Gen<AttainmentInput> ranks() {
    return rs -> {
      int of = integers().between(1, 100).generate(rs);
      int n = integers().between(1, of).generate(rs);
      Gen<Double> v = valueIn(Measure.rank());
      AttainmentInput.Builder b = AttainmentInput.builder().measure(Measure.rank())
          .direction(Direction.LOWER_IS_BETTER).bound(Bound.topRank(n, of))
          .value(Generate.oneOf(v, Generate.constant((double) n), Generate.constant((double) of)).generate(rs));
      if (booleans().all().generate(rs)) {
        b.baseline(v.generate(rs));
      }
      return b.build();
    };
  }

  /** A change in percent against a baseline. */
  static Gen<AttainmentInput> relativeChanges() {
    return rs -> {
      Measure m = Generate.pick(LEVELS).generate(rs);
      Gen<Double> v = valueIn(m);
      double pct = doubles().between(-99.9, 300).generate(rs);
      if (pct == 0) {
        pct = -30;
      }
      double base = v.generate(rs);
      Bound.RelativeChange bound = Bound.relativeChange(pct);
      double goal = bound.targetFrom(base);
      Gen<Double> value = m.isValid(goal) ? Generate.oneOf(v, Generate.constant(goal), Generate.constant(base)) : v;
      return AttainmentInput.builder().measure(m).direction(directions().generate(rs)).bound(bound)
          .value(value.generate(rs)).baseline(base).build();
    };
  }

  /** Growth of at least (or more than) g% a year, over a series of 2 to 6 points. */
  static Gen<AttainmentInput> growth() {
    return rs -> {
      Measure m = Generate.pick(NON_NEGATIVE_LEVELS).generate(rs);
      Gen<Double> v = valueIn(m).map(Math::abs);
      int size = integers().between(2, 6).generate(rs);
      LocalDate d = LocalDate.of(2015, 12, 31).plusDays(integers().between(0, 400).generate(rs));
      AttainmentInput.Builder b = AttainmentInput.builder().measure(m).direction(directions().generate(rs))
          .bound(Bound.growthPerYear(doubles().between(-50, 50).mix(Generate.pick(List.of(0.0, 12.5, 7.0)), 20)
              .generate(rs), booleans().all().generate(rs)));
      double last = 0;
      for (int i = 0; i < size; i++) {
        last = v.generate(rs);
        b.addPoint(d, last);
        d = d.plusDays(integers().between(1, 900).generate(rs));
      }
      b.value(last);
      if (booleans().all().generate(rs)) {
        b.baseline(v.generate(rs));
      }
      return b.build();
    };
  }

  /** Milestones: done or not. */
  static Gen<AttainmentInput> milestones() {
    return rs -> {
      Gen<Double> v = valueIn(Measure.yesNo());
      AttainmentInput.Builder b = AttainmentInput.builder().measure(Measure.yesNo())
          .direction(Direction.HIGHER_IS_BETTER).bound(Bound.milestone()).value(v.generate(rs));
      if (booleans().all().generate(rs)) {
        b.baseline(v.generate(rs));
      }
      return b.build();
    };
  }

  /** An ordinal category or better. */
  static Gen<AttainmentInput> ordinals() {
    return rs -> {
      Gen<Double> v = valueIn(GROUPS);
      String category = Generate.pick(GROUPS.categories()).generate(rs).code();
      AttainmentInput.Builder b = AttainmentInput.builder().measure(GROUPS).direction(directions().generate(rs))
          .bound(Bound.ordinalAtLeast(category)).value(v.generate(rs));
      if (booleans().all().generate(rs)) {
        b.baseline(v.generate(rs));
      }
      return b.build();
    };
  }

  /** No worse than the baseline, on every measure but yes/no. */
  static Gen<AttainmentInput> maintains() {
    return rs -> {
      List<Measure> all = new java.util.ArrayList<>(QUANTITIES);
      all.add(Measure.rank());
      all.add(GROUPS);
      Measure m = Generate.pick(all).generate(rs);
      Gen<Double> v = valueIn(m);
      double base = v.generate(rs);
      Direction dir = m.kind() == Measure.Kind.RANK ? Direction.LOWER_IS_BETTER : directions().generate(rs);
      return AttainmentInput.builder().measure(m).direction(dir).bound(Bound.maintain())
          .value(Generate.oneOf(v, Generate.constant(base)).generate(rs)).baseline(base).build();
    };
  }

  /** Every kind the distance-to-target rule scores. */
  static Gen<AttainmentInput> distanceCases() {
    return Generate.oneOf(thresholds(), ranks(), relativeChanges(), milestones(), ordinals(), maintains());
  }
}
