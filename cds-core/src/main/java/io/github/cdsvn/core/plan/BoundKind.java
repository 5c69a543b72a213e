package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.Label;

/**
 * The kinds of {@link Bound}, with the Vietnamese phrases that plans use for them.
 */
public enum BoundKind {
  /** "đạt", "tối thiểu", "từ … trở lên": at least the value. */
  AT_LEAST(Label.of("tối thiểu", "at least")),
  /** "trên": strictly more than the value. */
  MORE_THAN(Label.of("trên", "more than")),
  /** "tối đa", "không quá": at most the value. */
  AT_MOST(Label.of("tối đa", "at most")),
  /** "dưới": strictly less than the value. */
  LESS_THAN(Label.of("dưới", "less than")),
  /** "khoảng": within a stated tolerance of the value. */
  APPROXIMATELY(Label.of("khoảng", "approximately")),
  /** "nhóm N tỉnh, thành phố dẫn đầu", "top N": a rank of N or better among M. */
  TOP_RANK(Label.of("thuộc nhóm dẫn đầu", "within the top")),
  /** "giảm 30%", "tăng 30%": a change in percent against the baseline. */
  RELATIVE_CHANGE(Label.of("thay đổi so với năm cơ sở", "change against the baseline")),
  /** "tăng trên 12,5%/năm", "tăng tối thiểu 7%": growth of at least (or more than) g% a year. */
  GROWTH_PER_YEAR(Label.of("tăng trưởng hằng năm", "growth per year")),
  /** "triển khai hệ thống …": done or not. */
  MILESTONE(Label.of("hoàn thành", "milestone")),
  /** "thuộc nhóm khá": a category of an ordinal scale or better. */
  ORDINAL_AT_LEAST(Label.of("thuộc nhóm", "in the group")),
  /** "duy trì": no worse than the baseline. */
  MAINTAIN(Label.of("duy trì", "maintain"));

  private final Label label;

  BoundKind(Label label) {
    this.label = label;
  }

  /**
   * Returns the name of this kind.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }
}
