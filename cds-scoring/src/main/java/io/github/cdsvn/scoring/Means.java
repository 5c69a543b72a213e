package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import java.math.BigDecimal;

/**
 * The built-in aggregators: weighted arithmetic, geometric and harmonic means, the generalised
 * mean of order p, and the minimum. Immutable and thread-safe.
 *
 * <p>Each checks its arguments, renormalises the weights by their sum, and clamps its result to
 * the range of the values, so that rounding never puts the mean outside it and equal values give
 * exactly that value. Zeros under a geometric or harmonic mean, or a generalised mean of order
 * {@code p <= 0}, give 0 (their limit), never NaN.
 */
final class Means {
  /** The weighted arithmetic mean. */
  public static final Aggregator ARITHMETIC = new Arithmetic();
  /** The weighted geometric mean. */
  public static final Aggregator GEOMETRIC = new Geometric();
  /** The weighted harmonic mean. */
  public static final Aggregator HARMONIC = new Harmonic();
  /** The minimum. */
  public static final Aggregator MINIMUM = new Minimum();

  private Means() {}

  /** Returns the generalised mean of order p; order 0 is the geometric mean. */
  public static Aggregator generalised(double p) {
    if (!Double.isFinite(p)) {
      throw new InvalidValueException("Aggregator.generalisedMean.p", p, "an order, a finite number");
    }
    return new Generalised(p);
  }

  /** Tells whether an aggregator is one of these, which keep no reference to the arrays they are given. */
  static boolean isBuiltIn(Aggregator aggregator) {
    return aggregator instanceof Mean;
  }

  /**
   * Aggregates the first {@code n} values with a built-in aggregator, as {@link
   * Aggregator#aggregate} would with arrays of that length, without allocating.
   *
   * @param aggregator a built-in aggregator ({@link #isBuiltIn})
   * @param values the values, at least {@code n}
   * @param weights their weights, at least {@code n}
   * @param n how many, at least 1
   * @return the aggregate
   */
  static double aggregate(Aggregator aggregator, double[] values, double[] weights, int n) {
    return ((Mean) aggregator).aggregate(values, weights, n);
  }

  /**
   * The {@link #ARITHMETIC} mean of {@code n} values of equal weights, none of them {@code -0.0},
   * from their plain sum in order, their smallest and their largest: exactly what its {@code
   * aggregate} returns for them, without reading them again.
   *
   * @param sum the sum of the values, in order; finite
   * @param n how many, at least 1
   * @param min the smallest
   * @param max the largest
   * @return the mean
   */
  static double arithmeticOfEqual(double sum, int n, double min, double max) {
    // Arithmetic.meanOfEqual, clamped to the range as Mean.aggregate does
    return within(sum / n, min, max);
  }

  /** A mean kept within the range of its values: rounding never puts it outside. */
  private static double within(double mean, double min, double max) {
    return Math.max(min, Math.min(max, mean));
  }

  /**
   * A weight relative to the largest: so that sums of weights cannot overflow and multiplying
   * every weight by a power of two changes nothing. Exactly 1 for the largest.
   */
  private static double relative(double weight, double largest) {
    return weight == largest ? 1 : weight / largest;
  }

  private abstract static class Mean implements Aggregator {
    @Override
    public final double aggregate(double[] values, double[] weights) {
      if (values == null || weights == null) {
        throw new InvalidValueException("Aggregator.values", "null", "arrays are required; aggregator " + name());
      }
      if (values.length == 0 || values.length != weights.length) {
        throw new InvalidValueException("Aggregator.values", values.length + " values, " + weights.length + " weights",
            "at least one value and one weight per value; aggregator " + name());
      }
      return aggregate(values, weights, values.length);
    }

    /**
     * Checks the first {@code n} values and weights and returns their mean, clamped to the range
     * of the values.
     */
    final double aggregate(double[] values, double[] weights, int n) {
      double largest = 0;
      double min = values[0];
      double max = values[0];
      // whether every weight is the first, and the plain sum of the values: with equal weights,
      // every relative weight is exactly 1, and an arithmetic mean is this sum over n
      double first = weights[0];
      boolean equal = true;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double x = values[i];
        if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
          throw new InvalidValueException("Aggregator.values[" + i + "]", x,
              "a finite number, not negative; aggregator " + name());
        }
        if (!(weights[i] > 0 && weights[i] < Double.POSITIVE_INFINITY)) {
          throw new InvalidValueException("Aggregator.weights[" + i + "]", weights[i],
              "a finite weight above 0; aggregator " + name());
        }
        // plain comparisons: weights are above 0 and values finite here, so they pick what
        // Math.max and Math.min would, but for the sign of a zero, settled below
        if (weights[i] > largest) {
          largest = weights[i];
        }
        equal &= weights[i] == first;
        sum += x;
        if (x < min) {
          min = x;
        } else if (x > max) {
          max = x;
        }
      }
      if (min == 0 || max == 0) {
        // -0.0 and 0.0 compare equal: take the zeros' sign as Math.min and Math.max do
        min = values[0];
        max = values[0];
        for (int i = 0; i < n; i++) {
          min = Math.min(min, values[i]);
          max = Math.max(max, values[i]);
        }
      }
      double r = equal ? meanOfEqual(values, weights, largest, n, sum) : mean(values, weights, largest, n);
      if (Double.isNaN(r)) {
        throw new IllegalStateException("NaN mean of finite non-negative values");
      }
      return within(r, min, max);
    }

    /**
     * The mean of the first {@code n} values {@code x}, with weights {@code w} taken relative to
     * the largest, {@code largest}.
     */
    abstract double mean(double[] x, double[] w, double largest, int n);

    /**
     * The same mean where every weight is {@code largest}, given the plain sum of the values in
     * order: what {@link #mean} returns, which this computes by default.
     */
    double meanOfEqual(double[] x, double[] w, double largest, int n, double sum) {
      return mean(x, w, largest, n);
    }

    @Override
    public String toString() {
      return name();
    }
  }

  private static final class Arithmetic extends Mean {
    @Override
    public String name() {
      return "arithmetic";
    }

    @Override
    double mean(double[] x, double[] w, double largest, int n) {
      double total = 0;
      double s = 0;
      for (int i = 0; i < n; i++) {
        double r = relative(w[i], largest);
        total += r;
        s += r * x[i];
      }
      if (Double.isFinite(s)) {
        return s / total;
      }
      return shares(x, w, largest, n, total);
    }

    @Override
    double meanOfEqual(double[] x, double[] w, double largest, int n, double sum) {
      // each relative weight is exactly 1: the loop above would add 1 n times and each value
      // times 1, in this order, which is exactly n and the sum
      return Double.isFinite(sum) ? sum / n : shares(x, w, largest, n, n);
    }

    /** The mean as a sum of shares, for values whose plain sum overflows. */
    private static double shares(double[] x, double[] w, double largest, int n, double total) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += relative(w[i], largest) / total * x[i];
      }
      return s;
    }
  }

  private static final class Geometric extends Mean {
    @Override
    public String name() {
      return "geometric";
    }

    @Override
    double mean(double[] x, double[] w, double largest, int n) {
      double total = 0;
      double s = 0;
      for (int i = 0; i < n; i++) {
        if (x[i] == 0) {
          return 0;
        }
        double r = relative(w[i], largest);
        total += r;
        s += r * Math.log(x[i]);
      }
      return Math.exp(s / total);
    }
  }

  private static final class Harmonic extends Mean {
    @Override
    public String name() {
      return "harmonic";
    }

    @Override
    double mean(double[] x, double[] w, double largest, int n) {
      double total = 0;
      double s = 0;
      for (int i = 0; i < n; i++) {
        if (x[i] == 0) {
          return 0;
        }
        double r = relative(w[i], largest);
        total += r;
        s += r / x[i];
      }
      return total / s;
    }
  }

  private static final class Generalised extends Mean {
    private final double p;

    Generalised(double p) {
      this.p = p;
    }

    @Override
    public String name() {
      return "generalised-mean(" + BigDecimal.valueOf(p).stripTrailingZeros().toPlainString() + ")";
    }

    @Override
    double mean(double[] x, double[] w, double largest, int n) {
      if (p == 0) {
        return GEOMETRIC_MEAN.mean(x, w, largest, n);
      }
      double total = 0;
      double s = 0;
      for (int i = 0; i < n; i++) {
        if (x[i] == 0 && p < 0) {
          return 0;
        }
        double r = relative(w[i], largest);
        total += r;
        s += r * Math.pow(x[i], p);
      }
      double m = Math.pow(s / total, 1 / p);
      if (Double.isFinite(m) && m > 0) {
        return m;
      }
      return rescaled(x, w, largest, n, total);
    }

    /** The same mean computed relative to the largest (p > 0) or smallest (p < 0) value. */
    private double rescaled(double[] x, double[] w, double largest, int n, double total) {
      double m = x[0];
      for (int i = 0; i < n; i++) {
        m = p > 0 ? Math.max(m, x[i]) : Math.min(m, x[i]);
      }
      if (m == 0) {
        return 0;
      }
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += relative(w[i], largest) * Math.pow(x[i] / m, p);
      }
      return m * Math.pow(s / total, 1 / p);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Generalised g && Double.compare(g.p, p) == 0;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(p);
    }
  }

  private static final Geometric GEOMETRIC_MEAN = (Geometric) GEOMETRIC;

  private static final class Minimum extends Mean {
    @Override
    public String name() {
      return "minimum";
    }

    @Override
    double mean(double[] x, double[] w, double largest, int n) {
      double m = x[0];
      for (int i = 0; i < n; i++) {
        m = Math.min(m, x[i]);
      }
      return m;
    }
  }
}
