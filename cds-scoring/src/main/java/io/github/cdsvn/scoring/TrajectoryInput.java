package io.github.cdsvn.scoring;

import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.plan.Horizon;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link TrajectoryMethod} judges: the case at the as-of date and its attainment, the
 * horizon, the as-of date, and — once the horizon is reached and there is a value by its end
 * date — the case and attainment at the horizon (the latest value on or before its end date).
 *
 * <p>The horizon is reached when the as-of date is after its end date, or when the latest value
 * is dated on that end date. Obtained from {@link #of(AttainmentInput, Attainment, Horizon,
 * LocalDate)} and {@link #of(AttainmentInput, Attainment, Horizon, LocalDate, AttainmentInput,
 * Attainment)}; immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class TrajectoryInput {

  TrajectoryInput() {}

  /**
   * A case without a value at the horizon: before the horizon is reached, or after it where no
   * value is dated by its end date.
   *
   * @param input the case at the as-of date
   * @param current its attainment
   * @param horizon the horizon
   * @param asOf the as-of date
   * @return the trajectory input
   */
  public static TrajectoryInput of(AttainmentInput input, Attainment current, Horizon horizon, LocalDate asOf) {
    return ImmutableTrajectoryInput.of(input, current, horizon, asOf, Optional.empty(), Optional.empty());
  }

  /**
   * A case whose horizon is reached, with the case and attainment at the horizon.
   *
   * @param input the case at the as-of date
   * @param current its attainment
   * @param horizon the horizon
   * @param asOf the as-of date
   * @param horizonInput the case at the horizon: the latest value on or before its end date
   * @param atHorizon its attainment
   * @return the trajectory input
   */
  public static TrajectoryInput of(AttainmentInput input, Attainment current, Horizon horizon, LocalDate asOf,
      AttainmentInput horizonInput, Attainment atHorizon) {
    return ImmutableTrajectoryInput.of(input, current, horizon, asOf, Optional.of(horizonInput),
        Optional.of(atHorizon));
  }

  /**
   * Returns the case at the as-of date.
   *
   * @return the case
   */
  @Value.Parameter
  public abstract AttainmentInput input();

  /**
   * Returns the attainment of the case at the as-of date.
   *
   * @return the attainment
   */
  @Value.Parameter
  public abstract Attainment current();

  /**
   * Returns the target's horizon.
   *
   * @return the horizon
   */
  @Value.Parameter
  public abstract Horizon horizon();

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the case at the horizon, where the horizon is reached and there is a value by its end
   * date.
   *
   * @return the case, or empty
   */
  @Value.Parameter
  public abstract Optional<AttainmentInput> horizonInput();

  /**
   * Returns the attainment at the horizon, present exactly when {@link #horizonInput()} is.
   *
   * @return the attainment, or empty
   */
  @Value.Parameter
  public abstract Optional<Attainment> atHorizon();

  /**
   * Tells whether the horizon is reached: the as-of date is after its end date, or the latest
   * value is dated on it.
   *
   * @return {@code true} once the horizon is reached
   */
  public boolean horizonReached() {
    return asOf().isAfter(horizon().endDate()) || (!input().points().isEmpty()
        && input().points().get(input().points().size() - 1).date().equals(horizon().endDate()));
  }
}
