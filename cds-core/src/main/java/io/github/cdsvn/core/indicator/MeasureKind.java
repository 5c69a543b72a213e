package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.Label;

/** The kinds of quantity an indicator can measure; see {@link Measure} for their ranges. */
public enum MeasureKind {
  /** A share on 0–100, such as the share of work records processed online. */
  PERCENT(Label.of("tỷ lệ phần trăm", "percent")),
  /** A non-negative count, such as the number of digital enterprises. */
  COUNT(Label.of("số lượng", "count")),
  /** A non-negative amount in a stated unit, such as labour productivity in million VND. */
  AMOUNT(Label.of("giá trị", "amount")),
  /** A rate of change per year in percent, above −100. */
  RATE_PER_YEAR(Label.of("tỷ lệ tăng hằng năm", "rate per year")),
  /** A position in a ranking, 1 being first. */
  RANK(Label.of("thứ hạng", "rank")),
  /** A score on a stated closed range, such as the DTI on 0–1. */
  INDEX(Label.of("chỉ số", "index")),
  /** Done or not done: 1 or 0. */
  YES_NO(Label.of("có/không", "yes/no")),
  /** A category on an ordered scale, recorded as its position (0 = lowest). */
  ORDINAL(Label.of("xếp nhóm", "ordinal"));

  private final Label label;

  MeasureKind(Label label) {
    this.label = label;
  }

  /**
   * Returns the name of this kind of measure.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }
}
