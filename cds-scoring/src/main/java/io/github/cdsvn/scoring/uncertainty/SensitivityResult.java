package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The first-order and total-effect indices of every factor for every output of a model, as
 * {@link Sensitivity} estimates them, with the design they were estimated on.
 *
 * <p>Two results are equal when every component is. Immutable and thread-safe.
 *
 * @param factors the names of the factors, in the order declared
 * @param outputs the indices of each output, in the order declared, each with one entry per
 *     factor, in the factors' order
 * @param samples N, the number of rows of each of the matrices A and B
 * @param bootstrapResamples the number of bootstrap resamples the intervals come from
 * @param confidenceLevel the confidence level of the intervals, above 0 and below 1, such as 0.95
 * @param seed the seed of the samples and of the resampling
 */
public record SensitivityResult(List<Label> factors, List<OutputSensitivity> outputs, int samples,
    int bootstrapResamples, double confidenceLevel, long seed) {

  /**
   * Copies the lists and checks the design.
   *
   * @param factors the names of the factors, at least one
   * @param outputs the indices of each output, at least one, each with one entry per factor, in
   *     the factors' order
   * @param samples N, at least 1
   * @param bootstrapResamples the resamples, at least 1
   * @param confidenceLevel above 0 and below 1
   * @param seed any number
   * @throws InvalidValueException if a list is empty, an output's factors are not those given, a
   *     count is below 1, or the level is out of range
   */
  public SensitivityResult {
    factors = ImmutableList.copyOf(factors);
    outputs = ImmutableList.copyOf(outputs);
    if (factors.isEmpty()) {
      throw new InvalidValueException("SensitivityResult.factors", "none", "at least one factor");
    }
    if (outputs.isEmpty()) {
      throw new InvalidValueException("SensitivityResult.outputs", "none", "at least one output");
    }
    for (int o = 0; o < outputs.size(); o++) {
      List<Label> named = outputs.get(o).factors().stream().map(FactorSensitivity::factor).toList();
      if (!named.equals(factors)) {
        throw new InvalidValueException("SensitivityResult.outputs[" + o + "].factors", named.toString(),
            "one entry per factor, in the factors' order: " + factors);
      }
    }
    InvalidValueException.requireInRange("SensitivityResult.samples", samples, 1, Integer.MAX_VALUE);
    InvalidValueException.requireInRange("SensitivityResult.bootstrapResamples", bootstrapResamples, 1,
        Integer.MAX_VALUE);
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new InvalidValueException("SensitivityResult.confidenceLevel", confidenceLevel, "above 0 and below 1");
    }
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
   * Returns the number of runs of the model: {@code N·(d + 2)} for d factors.
   *
   * @return the runs
   */
  public long runs() {
    return (long) samples * (factors.size() + 2);
  }

  @Override
  public String toString() {
    return "SensitivityResult{" + factors.size() + " factors, " + outputs.size() + " outputs, N = " + samples
        + ", " + runs() + " runs, " + bootstrapResamples + " resamples at " + confidenceLevel + ", seed " + seed + "}";
  }

  /**
   * The sensitivity of one output of a model to each factor, with the output's mean and variance
   * over the samples of matrices A and B.
   *
   * <p>Two are equal when every component is. Immutable and thread-safe.
   *
   * @param output the output's name
   * @param mean the mean of the output over {@code y_A ∪ y_B}
   * @param variance the variance {@code V} of the output over {@code y_A ∪ y_B} (dividing by 2N)
   * @param factors one entry per factor, in the factors' order
   */
  public record OutputSensitivity(Label output, double mean, double variance, List<FactorSensitivity> factors) {

    /**
     * Copies the factors into an immutable list.
     *
     * @param output the output's name
     * @param mean the mean
     * @param variance the variance, not negative
     * @param factors one entry per factor
     */
    public OutputSensitivity {
      Objects.requireNonNull(output, "OutputSensitivity.output");
      factors = ImmutableList.copyOf(factors);
    }

    /**
     * Tells whether the output varies over the samples, so that its indices are defined.
     *
     * @return {@code true} if the variance is above 0
     */
    public boolean varies() {
      return variance > 0;
    }

    /**
     * Finds the entry of a factor by its name.
     *
     * @param factor the factor's name
     * @return the entry, or empty if no factor has that name
     */
    public Optional<FactorSensitivity> factor(Label factor) {
      Objects.requireNonNull(factor, "factor");
      return factors.stream().filter(f -> f.factor().equals(factor)).findFirst();
    }
  }

  /**
   * The sensitivity of one output to one factor: the first-order index {@code S_i}, the share of
   * the output's variance that the factor explains alone, and the total-effect index
   * {@code S_Ti}, the share it explains alone or together with other factors, each with its
   * bootstrap confidence interval.
   *
   * <p>The estimates are not clamped: with few samples an index may fall a little below 0 or above
   * 1, and {@code S_i} a little above {@code S_Ti}; the intervals show how far to trust them. Where
   * the output does not vary the indices are undefined and empty, and so are the intervals where no
   * bootstrap resample varies. Two are equal when every part is. Immutable and thread-safe.
   */
  @Value.Immutable
  @SuppressWarnings("exports") // Immutables annotations are compile-time only
  @ValueStyle
  public abstract static class FactorSensitivity {
    FactorSensitivity() {}

    static FactorSensitivity estimated(Label factor, OptionalDouble firstOrder, OptionalDouble totalEffect,
        Optional<Interval> firstOrderInterval, Optional<Interval> totalEffectInterval) {
      return ImmutableFactorSensitivity.of(factor, firstOrder, totalEffect, firstOrderInterval, totalEffectInterval);
    }

    /**
     * Returns the factor's name.
     *
     * @return the name
     */
    @Value.Parameter
    public abstract Label factor();

    /**
     * Returns the first-order index {@code S_i}.
     *
     * @return the index, or empty where the output does not vary
     */
    @Value.Parameter
    public abstract OptionalDouble firstOrder();

    /**
     * Returns the total-effect index {@code S_Ti}.
     *
     * @return the index, or empty where the output does not vary
     */
    @Value.Parameter
    public abstract OptionalDouble totalEffect();

    /**
     * Returns the confidence interval of the first-order index.
     *
     * @return the interval, or empty
     */
    @Value.Parameter
    public abstract Optional<Interval> firstOrderInterval();

    /**
     * Returns the confidence interval of the total-effect index.
     *
     * @return the interval, or empty
     */
    @Value.Parameter
    public abstract Optional<Interval> totalEffectInterval();
  }

}
