package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The records behind {@link io.github.cdsvn.core.plan.Population},
 * {@link io.github.cdsvn.core.plan.Baseline} and {@link io.github.cdsvn.core.plan.Source}: each
 * checks its components when made, and only the interfaces' factories make them.
 */
final class PlanRecords {
  private PlanRecords() {}

  record Population(String code, Label label) implements io.github.cdsvn.core.plan.Population {
    Population {
      InvalidValueException.requireCode("Population.code", code);
      Objects.requireNonNull(label, "Population.label");
    }

    @Override
    public String toString() {
      return code;
    }
  }

  record Baseline(int year, OptionalDouble value) implements io.github.cdsvn.core.plan.Baseline {
    Baseline {
      InvalidValueException.requireInRange("Baseline.year", year, Horizon.MIN_YEAR, Horizon.MAX_YEAR);
      Objects.requireNonNull(value, "Baseline.value");
      if (value.isPresent()) {
        InvalidValueException.requireFinite("Baseline.value", value.getAsDouble());
      }
    }

    @Override
    public String toString() {
      return value.isPresent() ? year + ": " + InvalidValueException.number(value.getAsDouble())
          : Integer.toString(year);
    }
  }

  record Source(Document document, String clause) implements io.github.cdsvn.core.plan.Source {
    Source {
      Objects.requireNonNull(document, "Source.document");
      InvalidValueException.requireNonBlank("Source.clause", clause);
    }
  }
}
