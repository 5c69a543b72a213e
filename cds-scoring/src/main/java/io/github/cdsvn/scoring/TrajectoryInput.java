package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.plan.Horizon;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TrajectoryMethod} judges: the case at the as-of date and its attainment, the
 * horizon, the as-of date, and — once the horizon is reached — the case and attainment at the
 * horizon (the latest value on or before its end date).
 *
 * <p>The horizon is reached when the as-of date is after its end date, or when the latest value
 * is dated on that end date. Immutable and thread-safe.
 *
 * @param input the case at the as-of date
 * @param current its attainment
 * @param horizon the target's horizon
 * @param asOf the as-of date
 * @param horizonInput the case at the horizon, where the horizon is reached and there is a value
 *     by its end date
 * @param atHorizon its attainment, present exactly when {@code horizonInput} is
 */
public record TrajectoryInput(AttainmentInput input, Attainment current, Horizon horizon,
    LocalDate asOf, Optional<AttainmentInput> horizonInput, Optional<Attainment> atHorizon) {

  /**
   * Validates the input.
   *
   * @param input not null
   * @param current not null
   * @param horizon not null
   * @param asOf not null
   * @param horizonInput not null
   * @param atHorizon not null, present exactly when {@code horizonInput} is
   * @throws InvalidValueException if only one of {@code horizonInput} and {@code atHorizon} is
   *     present
   */
  public TrajectoryInput {
    Objects.requireNonNull(input, "TrajectoryInput.input");
    Objects.requireNonNull(current, "TrajectoryInput.current");
    Objects.requireNonNull(horizon, "TrajectoryInput.horizon");
    Objects.requireNonNull(asOf, "TrajectoryInput.asOf");
    Objects.requireNonNull(horizonInput, "TrajectoryInput.horizonInput");
    Objects.requireNonNull(atHorizon, "TrajectoryInput.atHorizon");
    if (horizonInput.isPresent() != atHorizon.isPresent()) {
      throw new InvalidValueException("TrajectoryInput.atHorizon", atHorizon,
          "present exactly when horizonInput is");
    }
  }

  /**
   * A case before its horizon is reached.
   *
   * @param input the case at the as-of date
   * @param current its attainment
   * @param horizon the horizon
   * @param asOf the as-of date
   * @return the trajectory input
   */
  public static TrajectoryInput of(AttainmentInput input, Attainment current, Horizon horizon,
      LocalDate asOf) {
    return new TrajectoryInput(input, current, horizon, asOf, Optional.empty(), Optional.empty());
  }

  /**
   * Tells whether the horizon is reached: the as-of date is after its end date, or the latest
   * value is dated on it.
   *
   * @return {@code true} once the horizon is reached
   */
  public boolean horizonReached() {
    return asOf.isAfter(horizon.endDate()) || (!input.points().isEmpty()
        && input.points().get(input.points().size() - 1).date().equals(horizon.endDate()));
  }
}
