package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;

/**
 * The record behind {@link io.github.cdsvn.core.indicator.OrdinalCategory}: it checks its code
 * when made, and only {@link io.github.cdsvn.core.indicator.OrdinalCategory#of} makes it.
 */
final class IndicatorRecords {
  private IndicatorRecords() {}

  record OrdinalCategory(String code, Label label) implements io.github.cdsvn.core.indicator.OrdinalCategory {
    OrdinalCategory {
      InvalidValueException.requireCode("OrdinalCategory.code", code);
      Objects.requireNonNull(label, "OrdinalCategory.label");
    }
  }
}
