package io.github.cdsvn.scoring.uncertainty;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.FactorSensitivity;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.OutputSensitivity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * The arithmetic of {@link Sensitivity}: the points of the runs, the check of a model's outputs,
 * and the first-order and total-effect estimators with their bootstrap intervals, as the package
 * documentation describes them.
 */
final class SensitivityEstimator {
  private SensitivityEstimator() {}

  /** The point of a run: row j of A, of B, or of AB_i. */
  static double[] point(int run, int n, double[][] a, double[][] b, int[] offsets, int[] widths) {
    if (run < n) {
      return a[run].clone();
    }
    if (run < 2 * n) {
      return b[run - n].clone();
    }
    int i = (run - 2 * n) / n;
    int j = (run - 2 * n) % n;
    double[] p = a[j].clone();
    System.arraycopy(b[j], offsets[i], p, offsets[i], widths[i]);
    return p;
  }

  /** Draws the rows of a matrix, row by row. */
  static double[][] draw(SplittableRandom random, int rows, int columns) {
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextDouble();
      }
    }
    return m;
  }

  /** Refuses outputs of a model that are not {@code k} finite numbers. */
  static void check(double[] out, int run, int k) {
    if (out == null || out.length != k) {
      throw new InvalidValueException("Model.outputs", out == null ? "null" : out.length + " outputs",
          k + " outputs, as declared; run " + run);
    }
    for (int o = 0; o < k; o++) {
      if (!Double.isFinite(out[o])) {
        throw new InvalidValueException("Model.outputs[" + o + "]", out[o], "a finite number; run " + run);
      }
    }
  }

  /**
   * The indices from the outputs of every run, {@code y[run·k + output]}, with their bootstrap
   * intervals.
   */
  static SensitivityResult indices(double[] y, int n, List<Label> factors, List<Label> outputs, int resamples,
      double level, long seed, SplittableRandom resampling) {
    int d = factors.size();
    int k = outputs.size();
    int[] identity = new int[n];
    for (int j = 0; j < n; j++) {
      identity[j] = j;
    }
    double[][] point = new double[k][];
    for (int o = 0; o < k; o++) {
      point[o] = indices(y, identity, o, n, d, k);
    }
    // resampled indices: boot[o][index][resample], index 0..d-1 first order, d..2d-1 total effect
    double[][][] boot = new double[k][2 * d][resamples];
    int[] valid = new int[k];
    int[] rows = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int j = 0; j < n; j++) {
        rows[j] = resampling.nextInt(n);
      }
      for (int o = 0; o < k; o++) {
        double[] s = indices(y, rows, o, n, d, k);
        if (s == null) {
          continue;
        }
        for (int i = 0; i < 2 * d; i++) {
          boot[o][i][valid[o]] = s[i + 2];
        }
        valid[o]++;
      }
    }
    double alpha = (1 - level) / 2;
    List<OutputSensitivity> results = new ArrayList<>(k);
    for (int o = 0; o < k; o++) {
      List<FactorSensitivity> fs = new ArrayList<>(d);
      for (int i = 0; i < d; i++) {
        OptionalDouble first = point[o] == null ? OptionalDouble.empty() : OptionalDouble.of(point[o][i + 2]);
        OptionalDouble total = point[o] == null ? OptionalDouble.empty() : OptionalDouble.of(point[o][d + i + 2]);
        fs.add(FactorSensitivity.estimated(factors.get(i), first, total, interval(boot[o][i], valid[o], alpha),
            interval(boot[o][d + i], valid[o], alpha)));
      }
      double mean = point[o] == null ? y[o] : point[o][0];
      results.add(new OutputSensitivity(outputs.get(o), mean, point[o] == null ? 0 : point[o][1], fs));
    }
    return new SensitivityResult(factors, results, n, resamples, level, seed);
  }

  private static Optional<Interval> interval(double[] values, int count, double alpha) {
    if (count == 0) {
      return Optional.empty();
    }
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return Optional.of(new Interval(Quantiles.at(sorted, alpha), Quantiles.at(sorted, 1 - alpha)));
  }

  private static double[] meanAndVariance(double[] y, int[] rows, int o, int n, int k) {
    double sum = 0;
    for (int j : rows) {
      sum += y[j * k + o] + y[(n + j) * k + o];
    }
    double mean = sum / (2.0 * n);
    double ss = 0;
    for (int j : rows) {
      double da = y[j * k + o] - mean;
      double db = y[(n + j) * k + o] - mean;
      ss += da * da + db * db;
    }
    return new double[] {mean, ss / (2.0 * n)};
  }

  /**
   * The indices of output o on the given rows: {mean, V, S_1..S_d, ST_1..ST_d}, or null where the
   * outputs of A and B on those rows are all equal.
   */
  private static double[] indices(double[] y, int[] rows, int o, int n, int d, int k) {
    double first = y[rows[0] * k + o];
    boolean varies = false;
    for (int j : rows) {
      if (y[j * k + o] != first || y[(n + j) * k + o] != first) {
        varies = true;
        break;
      }
    }
    if (!varies) {
      return null;
    }
    double[] mv = meanAndVariance(y, rows, o, n, k);
    double mean = mv[0];
    double v = mv[1];
    double[] s = new double[2 * d + 2];
    s[0] = mv[0];
    s[1] = v;
    for (int i = 0; i < d; i++) {
      int base = (2 + i) * n;
      double firstSum = 0;
      double totalSum = 0;
      for (int j : rows) {
        double ya = y[j * k + o];
        double yb = y[(n + j) * k + o];
        double yab = y[(base + j) * k + o];
        firstSum += (yb - mean) * (yab - ya);
        totalSum += (ya - yab) * (ya - yab);
      }
      s[2 + i] = firstSum / n / v;
      s[2 + d + i] = totalSum / (2.0 * n * v);
    }
    return s;
  }
}
