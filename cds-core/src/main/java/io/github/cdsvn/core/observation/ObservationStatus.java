package io.github.cdsvn.core.observation;

import io.github.cdsvn.core.Label;

/** How firm an observed value is. */
public enum ObservationStatus {
  /** Published and final (chính thức). */
  FINAL(Label.of("chính thức", "final")),
  /** Published but subject to revision (sơ bộ). */
  PROVISIONAL(Label.of("sơ bộ", "provisional")),
  /** Estimated rather than measured (ước tính). */
  ESTIMATE(Label.of("ước tính", "estimate")),
  /** Made up to illustrate the library; never a real figure (minh họa). */
  ILLUSTRATIVE(Label.of("minh họa", "illustrative"));

  private final Label label;

  ObservationStatus(Label label) {
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
}
