package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.Label;

/** How much of an old unit went into a new one. */
public enum SuccessionType {
  /** The whole old unit went into the new one (toàn bộ). */
  FULL(Label.of("toàn bộ", "full")),
  /** Only part of the old unit went into the new one (một phần); the rest went elsewhere. */
  PARTIAL(Label.of("một phần", "partial"));

  private final Label label;

  SuccessionType(Label label) {
    this.label = label;
  }

  /**
   * Returns the name of this type.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }
}
