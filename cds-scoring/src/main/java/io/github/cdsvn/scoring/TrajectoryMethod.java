package io.github.cdsvn.scoring;


/**
 * Judges whether a target is on its way to being met by its horizon, from the series observed
 * so far.
 *
 * <p>Implementations must be immutable and thread-safe. The built-in
 * {@link #compoundGrowth()} compares the observed compound annual growth with the growth still
 * needed; others are registered through a
 * {@link io.github.cdsvn.scoring.spi.ScoringProvider} or given to the scorer's builder directly.
 */
public interface TrajectoryMethod {

  /**
   * Returns the method's name.
   *
   * @return a lower-case code such as {@code compound-growth}
   */
  String name();

  /**
   * Judges one target.
   *
   * @param input the case at the as-of date, its attainment, the horizon and, once the horizon
   *     is reached, the attainment at the horizon
   * @return the trajectory
   */
  Trajectory assess(TrajectoryInput input);

  /**
   * The built-in method: {@code R = CAGR_observed / CAGR_required}, the growth from the start of
   * the series to the latest value against the growth from the latest value to the goal by the
   * horizon's end date, direction-aware; target achieved where the bound holds now, on track for
   * {@code R >= 0.95}, acceleration needed for {@code 0.60 <= R < 0.95}, limited progress for
   * {@code 0 <= R < 0.60}, deterioration for {@code R < 0}; the straight-line path where a growth
   * rate is undefined (a value of 0), saying so; achieved or missed once the horizon is reached;
   * and the value projected at the horizon from the observed trend.
   *
   * @return the built-in method {@code compound-growth}
   */
  static TrajectoryMethod compoundGrowth() {
    return CompoundGrowthMethod.INSTANCE;
  }
}
