package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;

/**
 * The record behind {@link io.github.cdsvn.core.indicator.Measure.Category}: it checks its code
 * when made, and only {@link io.github.cdsvn.core.indicator.Measure.Category#of} makes it.
 */
final class IndicatorRecords {
  private IndicatorRecords() {}

  record Category(String code, Label label) implements io.github.cdsvn.core.indicator.Measure.Category {
    Category {
      InvalidValueException.requireCode("OrdinalCategory.code", code);
      Objects.requireNonNull(label, "OrdinalCategory.label");
    }
  }
}
