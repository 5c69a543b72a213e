package io.github.cdsvn.scoring.uncertainty;

import io.github.cdsvn.core.Label;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The sensitivity of one output to one factor: the first-order index {@code S_i}, the share of
 * the output's variance that the factor explains alone, and the total-effect index
 * {@code S_Ti}, the share it explains alone or together with other factors, each with its
 * bootstrap confidence interval.
 *
 * <p>The estimates are not clamped: with few samples an index may fall a little below 0 or above
 * 1, and {@code S_i} a little above {@code S_Ti}; the intervals show how far to trust them. Where
 * the output does not vary the indices are undefined and empty, and so are the intervals where no
 * bootstrap resample varies. Immutable and thread-safe.
 *
 * @param factor the factor's name
 * @param firstOrder the first-order index, or empty where the output does not vary
 * @param totalEffect the total-effect index, or empty where the output does not vary
 * @param firstOrderInterval the confidence interval of the first-order index, or empty
 * @param totalEffectInterval the confidence interval of the total-effect index, or empty
 */
public record FactorSensitivity(Label factor, OptionalDouble firstOrder, OptionalDouble totalEffect,
    Optional<Interval> firstOrderInterval, Optional<Interval> totalEffectInterval) {

  /**
   * Checks that no component is null.
   *
   * @param factor the factor's name
   * @param firstOrder the first-order index, or empty
   * @param totalEffect the total-effect index, or empty
   * @param firstOrderInterval the interval of the first-order index, or empty
   * @param totalEffectInterval the interval of the total-effect index, or empty
   */
  public FactorSensitivity {
    Objects.requireNonNull(factor, "FactorSensitivity.factor");
    Objects.requireNonNull(firstOrder, "FactorSensitivity.firstOrder");
    Objects.requireNonNull(totalEffect, "FactorSensitivity.totalEffect");
    Objects.requireNonNull(firstOrderInterval, "FactorSensitivity.firstOrderInterval");
    Objects.requireNonNull(totalEffectInterval, "FactorSensitivity.totalEffectInterval");
  }
}
