package io.github.cdsvn.scoring.internal;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.scoring.spi.Aggregator;
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
public final class Means {
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

  /** Checks the arguments and returns the weights divided by the largest. */
  /** Tells whether an aggregator is one of these, which keep no reference to the arrays they are given. */
  static boolean isBuiltIn(Aggregator aggregator) {
    return aggregator instanceof Mean;
  }

  static double[] relative(String name, double[] values, double[] weights) {
    if (values == null || weights == null) {
      throw new InvalidValueException("Aggregator.values", "null", "arrays are required; aggregator " + name);
    }
    if (values.length == 0 || values.length != weights.length) {
      throw new InvalidValueException("Aggregator.values", values.length + " values, " + weights.length + " weights",
          "at least one value and one weight per value; aggregator " + name);
    }
    double largest = 0;
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Aggregator.values[" + i + "]", values[i],
            "a finite number, not negative; aggregator " + name);
      }
      if (!(weights[i] > 0 && weights[i] < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Aggregator.weights[" + i + "]", weights[i],
            "a finite weight above 0; aggregator " + name);
      }
      largest = Math.max(largest, weights[i]);
    }
    // relative to the largest weight, so that sums of weights cannot overflow and multiplying
    // every weight by a power of two changes nothing
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights[i] / largest;
    }
    return w;
  }

  static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }

  static double clampToRange(double r, double[] values) {
    double min = values[0];
    double max = values[0];
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (Double.isNaN(r)) {
      throw new IllegalStateException("NaN mean of finite non-negative values");
    }
    return Math.max(min, Math.min(max, r));
  }

  private abstract static class Mean implements Aggregator {
    @Override
    public final double aggregate(double[] values, double[] weights) {
      double[] w = relative(name(), values, weights);
      return clampToRange(mean(values, w), values);
    }

    abstract double mean(double[] x, double[] w);

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
    double mean(double[] x, double[] w) {
      double total = sum(w);
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        s += w[i] * x[i];
      }
      if (Double.isFinite(s)) {
        return s / total;
      }
      s = 0; // the sum overflowed: add the shares instead
      for (int i = 0; i < x.length; i++) {
        s += w[i] / total * x[i];
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
    double mean(double[] x, double[] w) {
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        if (x[i] == 0) {
          return 0;
        }
        s += w[i] * Math.log(x[i]);
      }
      return Math.exp(s / sum(w));
    }
  }

  private static final class Harmonic extends Mean {
    @Override
    public String name() {
      return "harmonic";
    }

    @Override
    double mean(double[] x, double[] w) {
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        if (x[i] == 0) {
          return 0;
        }
        s += w[i] / x[i];
      }
      return sum(w) / s;
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
    double mean(double[] x, double[] w) {
      if (p == 0) {
        return GEOMETRIC_MEAN.mean(x, w);
      }
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        if (x[i] == 0 && p < 0) {
          return 0;
        }
        s += w[i] * Math.pow(x[i], p);
      }
      double r = Math.pow(s / sum(w), 1 / p);
      if (Double.isFinite(r) && r > 0) {
        return r;
      }
      return rescaled(x, w);
    }

    /** The same mean computed relative to the largest (p > 0) or smallest (p < 0) value. */
    private double rescaled(double[] x, double[] w) {
      double m = x[0];
      for (double v : x) {
        m = p > 0 ? Math.max(m, v) : Math.min(m, v);
      }
      if (m == 0) {
        return 0;
      }
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        s += w[i] * Math.pow(x[i] / m, p);
      }
      return m * Math.pow(s / sum(w), 1 / p);
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
    double mean(double[] x, double[] w) {
      double m = x[0];
      for (double v : x) {
        m = Math.min(m, v);
      }
      return m;
    }
  }
}
