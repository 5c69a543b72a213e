package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;

/** Whether a target could be scored at the as-of date, and if not, why not in general terms. */
public enum Outcome {
  /** Scored: the result has an attainment. */
  SCORED(Label.of("đã chấm điểm", "scored")),
  /**
   * No data: no usable observation on or before the as-of date, or a baseline or series the
   * bound needs is missing. Counts against coverage; never counts as 0.
   */
  NO_DATA(Label.of("chưa có số liệu", "no data")),
  /**
   * Not applicable: the level the target measures is not in force at the as-of date (a
   * district-level target after 1 July 2025) and the caller has not mapped it to another level.
   * Left out of the weights.
   */
  NOT_APPLICABLE(Label.of("không áp dụng", "not applicable"));

  private final Label label;

  Outcome(Label label) {
    this.label = label;
  }

  /**
   * Returns the name of this outcome.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }
}
