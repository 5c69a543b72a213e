package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;

/**
 * Where a target stands on its way to the horizon.
 *
 * <p>Before the horizon: {@link #TARGET_ACHIEVED} where the bound holds now, else by the ratio
 * {@code R} of observed to required growth ({@link #ofRatio(double)}), or
 * {@link #INSUFFICIENT_DATA}. Once the horizon is reached: {@link #ACHIEVED} or {@link #MISSED}.
 */
public enum TrajectoryStatus {
  /** The bound holds at the as-of date, before the horizon. */
  TARGET_ACHIEVED(Label.of("đã đạt mục tiêu", "target achieved")),
  /** {@code R >= 0.95}: growing fast enough to reach the goal by the horizon. */
  ON_TRACK(Label.of("đúng tiến độ", "on track")),
  /** {@code 0.60 <= R < 0.95}: progressing, but not fast enough. */
  ACCELERATION_NEEDED(Label.of("cần tăng tốc", "acceleration needed")),
  /** {@code 0 <= R < 0.60}: progressing far too slowly, or not at all. */
  LIMITED_PROGRESS(Label.of("tiến triển hạn chế", "limited progress")),
  /** {@code R < 0}: moving away from the goal. */
  DETERIORATION(Label.of("suy giảm", "deterioration")),
  /** Too few values to judge: fewer than two on different days, or none. */
  INSUFFICIENT_DATA(Label.of("không đủ số liệu", "insufficient data")),
  /** The horizon is reached and the bound held at its end. */
  ACHIEVED(Label.of("đã hoàn thành khi đến hạn", "achieved")),
  /** The horizon is reached and the bound did not hold at its end. */
  MISSED(Label.of("không đạt khi đến hạn", "missed"));

  /** The smallest ratio of observed to required growth that is on track. */
  public static final double ON_TRACK_FROM = 0.95;
  /** The smallest ratio that needs acceleration rather than counting as limited progress. */
  public static final double ACCELERATION_FROM = 0.60;

  private final Label label;

  TrajectoryStatus(Label label) {
    this.label = label;
  }

  /**
   * Returns the name of this status.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the status of a ratio of observed to required growth.
   *
   * @param r the ratio, not NaN; infinities are accepted
   * @return {@link #ON_TRACK}, {@link #ACCELERATION_NEEDED}, {@link #LIMITED_PROGRESS} or
   *     {@link #DETERIORATION}
   * @throws InvalidValueException if {@code r} is NaN
   */
  public static TrajectoryStatus ofRatio(double r) {
    if (Double.isNaN(r)) {
      throw new InvalidValueException("TrajectoryStatus.ratio", r, "must be a number");
    }
    if (r >= ON_TRACK_FROM) {
      return ON_TRACK;
    }
    if (r >= ACCELERATION_FROM) {
      return ACCELERATION_NEEDED;
    }
    return r >= 0 ? LIMITED_PROGRESS : DETERIORATION;
  }
}
