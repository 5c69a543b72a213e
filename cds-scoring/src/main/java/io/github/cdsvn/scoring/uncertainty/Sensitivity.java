package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Estimates variance-based (Sobol) sensitivity indices of any {@link Model} over the unit
 * hypercube: for each output and each factor, the first-order index {@code S_i} and the
 * total-effect index {@code S_Ti}, with bootstrap confidence intervals.
 *
 * <p>The model runs on two matrices A and B of N independent uniform rows and on each
 * {@code AB_i}, A with the columns of factor i taken from B: {@code N·(d + 2)} runs for d
 * factors. A factor may own several columns, a group studied together. The estimators (Saltelli
 * et al., 2010, for the first order; Jansen, 1999, for the total effect), the intervals and the
 * draws are described in the {@linkplain io.github.cdsvn.scoring.uncertainty package
 * documentation}. Results depend on the {@link Builder#seed(long) seed} only, not on the number
 * of {@link Builder#threads(int) threads}, bit for bit.
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
    double[][] a = SensitivityEstimator.draw(random, n, dim);
    double[][] b = SensitivityEstimator.draw(random, n, dim);
    SplittableRandom resampling = random.split();
    int[] offsets = new int[d];
    for (int i = 1; i < d; i++) {
      offsets[i] = offsets[i - 1] + widths[i - 1];
    }
    double[] y = new double[runs() * k];
    ParallelRuns.execute(runs(), threads, run -> {
      double[] out = model.evaluate(SensitivityEstimator.point(run, n, a, b, offsets, widths));
      SensitivityEstimator.check(out, run, k);
      System.arraycopy(out, 0, y, run * k, k);
    }, listener, cancellation);
    return SensitivityEstimator.indices(y, n, factors, outputs, resamples, level, seed, resampling);
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

  /**
   * A model whose sensitivity a {@link Sensitivity} estimates: a function from a point of the unit
   * hypercube [0, 1)<sup>D</sup> to one or more real outputs.
   *
   * <p>The point has one coordinate per column of the factors, in the factors' order (a factor of
   * width 3 owns three consecutive columns); its coordinates are independent and uniform on
   * [0, 1). A model maps them to whatever it studies, for instance a weight
   * {@code w = 1 + 0.5·(2u − 1)} or a choice {@code floor(u·k)} among k options.
   *
   * <p>A model is called from several threads at once and must be thread-safe; it must not keep
   * or modify the array it is given; the same point must always give the same outputs, or the
   * analysis is not reproducible. Outputs must be finite.
   */
  @FunctionalInterface
  public interface Model {

    /**
     * Evaluates the model at a point.
     *
     * @param point the point, one coordinate per column, each in [0, 1)
     * @return the outputs, as many as the analysis declares, each finite
     */
    double[] evaluate(double[] point);

    /**
     * Wraps a model with one output.
     *
     * @param function the function of the point
     * @return the model
     */
    static Model scalar(ToDoubleFunction<double[]> function) {
      Objects.requireNonNull(function, "function");
      return point -> new double[] {function.applyAsDouble(point)};
    }
  }
}
