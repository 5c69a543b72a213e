package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sensitivity of one output of a model to each factor, with the output's mean and variance
 * over the samples of matrices A and B. Immutable and thread-safe.
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
