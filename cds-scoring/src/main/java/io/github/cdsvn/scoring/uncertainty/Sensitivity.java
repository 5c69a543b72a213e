package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Estimates variance-based sensitivity indices of any {@link Model} over the unit hypercube: for
 * each output and each factor, the first-order index {@code S_i} and the total-effect index
 * {@code S_Ti}, with bootstrap confidence intervals.
 *
 * <h2>The estimators</h2>
 * Two matrices A and B of N rows each hold independent points, uniform on [0, 1); for each factor
 * i, the matrix {@code AB_i} is A with the columns of factor i taken from B. The model runs on
 * every row of A, B and each {@code AB_i}: {@code N·(d + 2)} runs for d factors. With ȳ and
 * {@code V = var(y_A ∪ y_B)} the mean and variance of the 2N outputs of A and B (dividing by 2N):
 * <pre>
 *   S_i  = (1/N) Σ_j (y_B[j] − ȳ) · (y_ABi[j] − y_A[j]) / V
 *   S_Ti = Σ_j (y_A[j] − y_ABi[j])² / (2N · V)
 * </pre>
 * (the estimators of Saltelli et al., 2010, for the first order and of Jansen, 1999, for the
 * total effect). In the first, {@code y_B} is taken minus the mean of {@code y_A ∪ y_B}: since
 * {@code y_ABi} and {@code y_A} have the same expectation, this leaves the estimator's expectation
 * as it is and removes the noise a large mean would add to it. Where the outputs of A and B are
 * all equal, V is 0 and the indices are undefined: they are left empty, never NaN.
 *
 * <p>A factor may own several columns (a group of inputs studied together, such as the weights of
 * every pillar); its {@code AB_i} takes all of them from B, and its indices are those of the
 * group.
 *
 * <h2>Confidence intervals</h2>
 * Each of the {@link Builder#bootstrap(int) resamples} draws N row numbers with replacement and
 * computes every index again on those rows of A, B and {@code AB_i}; the interval runs between
 * the {@code (1 − level)/2} and {@code (1 + level)/2} quantiles of the resampled indices (linear
 * interpolation between order statistics, as R's default). Resamples where the output does not
 * vary are left out.
 *
 * <h2>Determinism and threads</h2>
 * The rows of A, then of B, are drawn before any run from a {@link SplittableRandom} seeded with
 * the {@link Builder#seed(long) seed}, and the resampling from a generator split from it after;
 * runs are spread over {@link Builder#threads(int) threads} and their outputs stored by run, so
 * that the result depends on the seed and not on the number of threads, bit for bit.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.builder()
 *     .factor(Label.of("x1", "x1")).factor(Label.of("x2", "x2"))
 *     .output(Label.of("y", "y")).samples(4096).seed(7).build();
 * SensitivityResult r = s.estimate(Model.scalar(x -> x[0] * x[1]));
 * r.outputs().get(0).factors().get(0).totalEffect();   // close to 4/7
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call of {@link #estimate} is independent.
 */
public final class Sensitivity {
  /** The fewest rows N accepted: resampling fewer rows than this says little. */
  public static final int MIN_SAMPLES = 10;
  /** The fewest bootstrap resamples accepted. */
  public static final int MIN_RESAMPLES = 10;

  private final ImmutableList<Label> factors;
  private final int[] widths;
  private final ImmutableList<Label> outputs;
  private final int samples;
  private final int resamples;
  private final double level;
  private final long seed;
  private final int threads;

  private Sensitivity(Builder b) {
    this.factors = ImmutableList.copyOf(b.factors);
    this.widths = b.widths.stream().mapToInt(Integer::intValue).toArray();
    this.outputs = ImmutableList.copyOf(b.outputs);
    this.samples = b.samples;
    this.resamples = b.resamples;
    this.level = b.level;
    this.seed = b.seed;
    this.threads = b.threads;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with N = 1024, 500 resamples, a 95% level, seed 0 and one thread per
   *     processor
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the names of the factors.
   *
   * @return the factors, in the order declared
   */
  public ImmutableList<Label> factors() {
    return factors;
  }

  /**
   * Returns the number of columns each factor owns.
   *
   * @return the widths, in the factors' order
   */
  public ImmutableList<Integer> widths() {
    return Arrays.stream(widths).boxed().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of columns of a point: the sum of the factors' widths.
   *
   * @return the dimension
   */
  public int dimension() {
    return Arrays.stream(widths).sum();
  }

  /**
   * Returns the names of the outputs.
   *
   * @return the outputs, in the order the model returns them
   */
  public ImmutableList<Label> outputs() {
    return outputs;
  }

  /**
   * Returns N, the number of rows of each of A and B.
   *
   * @return the samples
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns the number of runs of the model an estimate makes: {@code N·(d + 2)}.
   *
   * @return the runs
   */
  public int runs() {
    return samples * (factors.size() + 2);
  }

  /**
   * Returns the number of threads runs are spread over.
   *
   * @return at least 1
   */
  public int threads() {
    return threads;
  }

  /**
   * Estimates the indices of a model.
   *
   * @param model the model, thread-safe
   * @return the indices
   * @throws InvalidValueException if the model returns another number of outputs than declared, or
   *     an output that is not finite
   */
  public SensitivityResult estimate(Model model) {
    return estimate(model, ProgressListener.NONE, Cancellation.create());
  }

  /**
   * Estimates the indices of a model, reporting progress and heeding a cancellation.
   *
   * @param model the model, thread-safe
   * @param listener hears progress in runs of the model, out of {@link #runs()}
   * @param cancellation stops the estimate when cancelled
   * @return the indices
   * @throws InvalidValueException if the model returns another number of outputs than declared, or
   *     an output that is not finite
   * @throws java.util.concurrent.CancellationException if the cancellation was cancelled before the
   *     estimate returned
   */
  public SensitivityResult estimate(Model model, ProgressListener listener, Cancellation cancellation) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(cancellation, "cancellation");
    int n = samples;
    int d = factors.size();
    int dim = dimension();
    int k = outputs.size();
    SplittableRandom random = new SplittableRandom(seed);
    double[][] a = draw(random, n, dim);
    double[][] b = draw(random, n, dim);
    SplittableRandom resampling = random.split();
    int[] offsets = new int[d];
    for (int i = 1; i < d; i++) {
      offsets[i] = offsets[i - 1] + widths[i - 1];
    }
    double[] y = new double[runs() * k];
    Runner.run(runs(), threads, run -> {
      double[] out = model.evaluate(point(run, a, b, offsets));
      check(out, run, k);
      System.arraycopy(out, 0, y, run * k, k);
    }, listener, cancellation);
    return estimate(y, n, d, k, resampling);
  }

  /** The point of a run: row j of A, of B, or of AB_i. */
  private double[] point(int run, double[][] a, double[][] b, int[] offsets) {
    int n = samples;
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

  private static double[][] draw(SplittableRandom random, int rows, int columns) {
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextDouble();
      }
    }
    return m;
  }

  private static void check(double[] out, int run, int k) {
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

  private SensitivityResult estimate(double[] y, int n, int d, int k, SplittableRandom resampling) {
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
        fs.add(new FactorSensitivity(factors.get(i), first, total, interval(boot[o][i], valid[o], alpha),
            interval(boot[o][d + i], valid[o], alpha)));
      }
      double mean = point[o] == null ? y[o] : point[o][0];
      results.add(new OutputSensitivity(outputs.get(o), mean, point[o] == null ? 0 : point[o][1], fs));
    }
    return new SensitivityResult(factors, results, samples, resamples, level, seed);
  }

  private static Optional<Interval> interval(double[] values, int count, double alpha) {
    if (count == 0) {
      return Optional.empty();
    }
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return Optional.of(Interval.of(Stats.quantile(sorted, alpha), Stats.quantile(sorted, 1 - alpha)));
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

  @Override
  public String toString() {
    return "Sensitivity{" + factors.size() + " factors, " + outputs.size() + " outputs, N = " + samples + ", "
        + runs() + " runs, " + resamples + " resamples at " + level + ", seed " + seed + ", " + threads + " threads}";
  }

  /**
   * Declares the factors and outputs of a model and the design of the estimate; each setter checks
   * its value. Not thread-safe: use from one thread.
   */
  public static final class Builder {
    private final List<Label> factors = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final Set<Label> factorNames = new HashSet<>();
    private final List<Label> outputs = new ArrayList<>();
    private final Set<Label> outputNames = new HashSet<>();
    private int samples = 1024;
    private int resamples = 500;
    private double level = 0.95;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * Adds a factor that owns one column.
     *
     * @param name the factor's name, unique among the factors
     * @return this builder
     * @throws InvalidValueException if another factor has that name
     */
    public Builder factor(Label name) {
      return factor(name, 1);
    }

    /**
     * Adds a factor that owns several columns, studied as a group.
     *
     * @param name the factor's name, unique among the factors
     * @param width the number of columns, at least 1
     * @return this builder
     * @throws InvalidValueException if another factor has that name or the width is below 1
     */
    public Builder factor(Label name, int width) {
      Objects.requireNonNull(name, "name");
      if (width < 1) {
        throw new InvalidValueException("Sensitivity.factor.width", width, "at least 1 column; factor " + name);
      }
      if (!factorNames.add(name)) {
        throw new InvalidValueException("Sensitivity.factor", name.en(), "a name used by no other factor");
      }
      factors.add(name);
      widths.add(width);
      return this;
    }

    /**
     * Adds an output, in the order the model returns them.
     *
     * @param name the output's name, unique among the outputs
     * @return this builder
     * @throws InvalidValueException if another output has that name
     */
    public Builder output(Label name) {
      Objects.requireNonNull(name, "name");
      if (!outputNames.add(name)) {
        throw new InvalidValueException("Sensitivity.output", name.en(), "a name used by no other output");
      }
      outputs.add(name);
      return this;
    }

    /**
     * Sets N, the number of rows of each of A and B.
     *
     * @param n at least {@value Sensitivity#MIN_SAMPLES}
     * @return this builder
     * @throws InvalidValueException if N is too small to resample
     */
    public Builder samples(int n) {
      if (n < MIN_SAMPLES) {
        throw new InvalidValueException("Sensitivity.samples", n,
            "at least " + MIN_SAMPLES + " rows, so that resampling them for the intervals means something");
      }
      this.samples = n;
      return this;
    }

    /**
     * Sets the number of bootstrap resamples.
     *
     * @param resamples at least {@value Sensitivity#MIN_RESAMPLES}
     * @return this builder
     * @throws InvalidValueException if there are too few
     */
    public Builder bootstrap(int resamples) {
      if (resamples < MIN_RESAMPLES) {
        throw new InvalidValueException("Sensitivity.bootstrap", resamples, "at least " + MIN_RESAMPLES + " resamples");
      }
      this.resamples = resamples;
      return this;
    }

    /**
     * Sets the confidence level of the intervals.
     *
     * @param level above 0 and below 1, such as 0.95
     * @return this builder
     * @throws InvalidValueException if the level is out of range
     */
    public Builder confidenceLevel(double level) {
      if (!(level > 0 && level < 1)) {
        throw new InvalidValueException("Sensitivity.confidenceLevel", level, "above 0 and below 1");
      }
      this.level = level;
      return this;
    }

    /**
     * Sets the seed of the samples and of the resampling.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of threads runs are spread over, the calling thread included.
     *
     * @param threads at least 1
     * @return this builder
     * @throws InvalidValueException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new InvalidValueException("Sensitivity.threads", threads, "at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Builds the estimator.
     *
     * @return the estimator
     * @throws InvalidValueException if there is no factor or no output, or the runs
     *     {@code N·(d + 2)}, times the outputs, exceed what an array holds
     */
    public Sensitivity build() {
      if (factors.isEmpty()) {
        throw new InvalidValueException("Sensitivity.factors", "none", "at least one factor");
      }
      if (outputs.isEmpty()) {
        throw new InvalidValueException("Sensitivity.outputs", "none", "at least one output");
      }
      long cells = (long) samples * (factors.size() + 2) * outputs.size();
      if (cells > Integer.MAX_VALUE - 8) {
        throw new InvalidValueException("Sensitivity.samples", samples, "N·(d + 2)·outputs within "
            + (Integer.MAX_VALUE - 8) + " stored outputs; here d = " + factors.size() + ", " + outputs.size()
            + " outputs");
      }
      return new Sensitivity(this);
    }
  }
}
