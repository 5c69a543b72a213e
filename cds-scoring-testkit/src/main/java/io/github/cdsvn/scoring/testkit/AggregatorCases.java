package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Valid cases for the aggregator contract, drawn from a seed: the same seed and count give the
 * same cases, on every machine and every run, and the first cases do not depend on the count.
 *
 * <pre>{@code
 * for (AggregatorCase c : AggregatorCases.of(42, 500)) {
 *   contract.check(c.values(), c.weights());
 * }
 * }</pre>
 *
 * <p>A case holds 1 to 8 values: one value alone in about one case in seven; values all equal,
 * and values with zeros among them, in about one case in five each; otherwise values drawn
 * independently, mostly attainments on 0–100 (0, 50 and 100 often), and also up to a million,
 * and the extremes {@code Double.MAX_VALUE}, 1e300, 1e-300 and {@code Double.MIN_VALUE}. Weights
 * are all equal in one case in four, otherwise drawn from 0.01–10 and among 1, 2, 1e-6 and 1e6.
 * The value picked for the laws about one value is raised by nothing, by the smallest step, by
 * up to 100, to another drawn value or to {@code Double.MAX_VALUE}. No property-testing
 * framework is needed. This class has only static methods and is thread-safe.
 */
public final class AggregatorCases {
  /** The most values a case holds. */
  static final int MAX_SIZE = 8;

  private AggregatorCases() {}

  /**
   * Returns cases for the aggregator contract.
   *
   * @param seed the seed
   * @param count how many cases, 0 or more
   * @return the cases, in the order drawn
   * @throws InvalidValueException if the count is negative
   */
  public static List<AggregatorCase> of(long seed, int count) {
    List<Draw> draws = Draw.perCase(seed, count, "AggregatorCases.count");
    List<AggregatorCase> cases = new ArrayList<>(count);
    for (Draw d : draws) {
      cases.add(draw(d));
    }
    return List.copyOf(cases);
  }

  private static AggregatorCase draw(Draw d) {
    int size = d.chance(0.15) ? 1 : d.between(2, MAX_SIZE);
    double[] values = new double[size];
    double shape = d.unit();
    if (shape < 0.2) {
      Arrays.fill(values, value(d));
    } else {
      for (int i = 0; i < size; i++) {
        values[i] = shape < 0.4 && d.chance(0.4) ? 0 : value(d);
      }
    }
    double[] weights = new double[size];
    if (d.chance(0.25)) {
      Arrays.fill(weights, weight(d));
    } else {
      for (int i = 0; i < size; i++) {
        weights[i] = weight(d);
      }
    }
    int position = d.between(0, size - 1);
    return AggregatorCase.of(values, weights, position, raised(values[position], d));
  }

  private static double value(Draw d) {
    double u = d.unit();
    if (u < 0.55) {
      return d.between(0, 100.0);
    }
    if (u < 0.7) {
      return d.pick(0, 100, 50, 1);
    }
    if (u < 0.9) {
      return d.between(0, 1e6);
    }
    return d.pick(Double.MAX_VALUE, 1e300, Double.MIN_VALUE, 1e-300);
  }

  private static double weight(Draw d) {
    return d.chance(0.7) ? d.between(0.01, 10.0) : d.pick(1, 2, 1e-6, 1e6);
  }

  private static double raised(double v, Draw d) {
    double r;
    switch (d.between(0, 4)) {
      case 0:
        r = v;
        break;
      case 1:
        r = Math.nextUp(v);
        break;
      case 2:
        r = v + d.between(0, 100.0);
        break;
      case 3:
        r = Math.max(v, value(d));
        break;
      default:
        r = Double.MAX_VALUE;
    }
    return Double.isFinite(r) ? r : v;
  }
}
