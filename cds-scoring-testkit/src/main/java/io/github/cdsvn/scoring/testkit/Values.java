package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.indicator.Measure;

/**
 * The values the generators draw for a measure: anywhere in its range, at its edges, and at,
 * near or far from given anchors (a goal, a baseline, a value). Every value returned is valid
 * for the measure. This class has only static methods and is thread-safe.
 */
final class Values {
  /** The lowest rate a year drawn: just above −100%, the lowest valid one. */
  private static final double LOWEST_RATE = -99.99999;

  private Values() {}

  /** Any valid value of the measure, its edges and extreme magnitudes included. */
  static double in(Measure m, Draw d) {
    switch (m.kind()) {
      case PERCENT:
        return d.chance(0.3) ? d.pick(0, 100, 50, 0.5) : d.between(0, 100.0);
      case COUNT:
      case AMOUNT:
        double u = d.unit();
        if (u < 0.5) {
          return d.between(0, 1000.0);
        }
        return u < 0.8 ? d.between(0, 1e12) : d.pick(0, 1, Double.MAX_VALUE, 1e300, Double.MIN_VALUE, 1e-300);
      case RATE_PER_YEAR:
        return d.chance(0.2) ? d.pick(LOWEST_RATE, 0, 12.5) : d.between(-99.999, 1000.0);
      case INDEX:
        return d.chance(0.2) ? d.pick(m.min(), m.max(), Math.max(m.min(), Math.min(m.max(), 0)))
            : d.between(m.min(), m.max());
      case RANK:
        return d.between(1, 150);
      case YES_NO:
        return d.between(0, 1);
      case ORDINAL:
        return d.between(0, m.categories().size() - 1);
      default:
        throw new AssertionError(m.kind());
    }
  }

  /** The lowest valid value of the measure. */
  static double lowest(Measure m) {
    return m.kind() == Measure.Kind.RATE_PER_YEAR ? LOWEST_RATE : m.min();
  }

  /**
   * A valid value: three in ten anywhere in the measure's range, one in two at or near one of
   * the anchors (those that are valid values), one in five at the far edges of the range.
   */
  static double around(Measure m, Draw d, double... anchors) {
    double u = d.unit();
    double v;
    if (u < 0.3 || anchors.length == 0) {
      v = in(m, d);
    } else if (u < 0.8) {
      double anchor = anchors[d.between(0, anchors.length - 1)];
      v = u < 0.55 ? anchor : near(m, d, anchor);
    } else {
      v = far(m, d);
    }
    return m.isValid(v) ? v : in(m, d);
  }

  /** A value next to {@code x}: the next double either side, a billionth or a hundredth away, or one step for whole-numbered measures. */
  private static double near(Measure m, Draw d, double x) {
    if (isWhole(m)) {
      return x + (d.chance(0.5) ? 1 : -1);
    }
    double scale = Math.max(1, Math.abs(x));
    switch (d.between(0, 5)) {
      case 0:
        return Math.nextUp(x);
      case 1:
        return Math.nextDown(x);
      case 2:
        return x + 1e-9 * scale;
      case 3:
        return x - 1e-9 * scale;
      case 4:
        return x + 0.01 * scale;
      default:
        return x - 0.01 * scale;
    }
  }

  /** A value at a far edge: the lowest or highest valid value, 0, or a huge or tiny magnitude. */
  private static double far(Measure m, Draw d) {
    switch (m.kind()) {
      case COUNT:
      case AMOUNT:
        return d.pick(0, Double.MIN_VALUE, 1e12, 1e300, Double.MAX_VALUE);
      case RATE_PER_YEAR:
        return d.pick(LOWEST_RATE, 0, 1e6, Double.MAX_VALUE);
      case RANK:
        return d.pick(1, 150, 1_000_000);
      default:
        return d.pick(m.min(), m.max(), Math.max(m.min(), Math.min(m.max(), 0)));
    }
  }

  private static boolean isWhole(Measure m) {
    return m.kind() == Measure.Kind.RANK || m.kind() == Measure.Kind.YES_NO || m.kind() == Measure.Kind.ORDINAL;
  }
}
