package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first-order and total-effect indices of every factor for every output of a model, as
 * {@link Sensitivity} estimates them, with the design they were estimated on. Immutable and
 * thread-safe.
 */
public final class SensitivityResult {
  private final ImmutableList<Label> factors;
  private final ImmutableList<OutputSensitivity> outputs;
  private final int samples;
  private final int bootstrapResamples;
  private final double confidenceLevel;
  private final long seed;

  SensitivityResult(List<Label> factors, List<OutputSensitivity> outputs, int samples, int bootstrapResamples,
      double confidenceLevel, long seed) {
    this.factors = ImmutableList.copyOf(factors);
    this.outputs = ImmutableList.copyOf(outputs);
    this.samples = samples;
    this.bootstrapResamples = bootstrapResamples;
    this.confidenceLevel = confidenceLevel;
    this.seed = seed;
  }

  /**
   * Returns the names of the factors, in the order declared.
   *
   * @return the factors
   */
  public ImmutableList<Label> factors() {
    return factors;
  }

  /**
   * Returns the indices of each output, in the order declared.
   *
   * @return the outputs
   */
  public ImmutableList<OutputSensitivity> outputs() {
    return outputs;
  }

  /**
   * Finds an output by its name.
   *
   * @param output the output's name
   * @return the output, or empty if none has that name
   */
  public Optional<OutputSensitivity> output(Label output) {
    Objects.requireNonNull(output, "output");
    return outputs.stream().filter(o -> o.output().equals(output)).findFirst();
  }

  /**
   * Returns N, the number of rows of each of the matrices A and B.
   *
   * @return the samples
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns the number of runs of the model: {@code N·(d + 2)} for d factors.
   *
   * @return the runs
   */
  public long runs() {
    return (long) samples * (factors.size() + 2);
  }

  /**
   * Returns the number of bootstrap resamples the intervals come from.
   *
   * @return the resamples
   */
  public int bootstrapResamples() {
    return bootstrapResamples;
  }

  /**
   * Returns the confidence level of the intervals.
   *
   * @return a number between 0 and 1, such as 0.95
   */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /**
   * Returns the seed of the samples and of the resampling.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public String toString() {
    return "SensitivityResult{" + factors.size() + " factors, " + outputs.size() + " outputs, N = " + samples
        + ", " + runs() + " runs, " + bootstrapResamples + " resamples at " + confidenceLevel + ", seed " + seed + "}";
  }
}
