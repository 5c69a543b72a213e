package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.Label;

/**
 * Whether a higher or a lower value of an indicator is better.
 *
 * <p>Most digital-transformation indicators are higher-is-better (shares processed online,
 * coverage); ranks and counts of administrative procedures are lower-is-better.
 */
public enum Direction {
  /** A higher value is better. */
  HIGHER_IS_BETTER(Label.of("càng cao càng tốt", "higher is better")),
  /** A lower value is better. */
  LOWER_IS_BETTER(Label.of("càng thấp càng tốt", "lower is better"));

  private final Label label;

  Direction(Label label) {
    this.label = label;
  }

  /**
   * Returns the label of this direction.
   *
   * @return the Vietnamese and English label
   */
  public Label label() {
    return label;
  }

  /**
   * Returns {@code +1} for higher-is-better and {@code -1} for lower-is-better: multiplying a
   * difference by it turns every comparison into "greater is better".
   *
   * @return the sign of improvement
   */
  public int sign() {
    return this == HIGHER_IS_BETTER ? 1 : -1;
  }

  /**
   * Tells whether {@code a} is strictly better than {@code b} in this direction.
   *
   * @param a one value
   * @param b the other value
   * @return {@code true} if {@code a} is better than {@code b}
   */
  public boolean isBetter(double a, double b) {
    return this == HIGHER_IS_BETTER ? a > b : a < b;
  }
}
