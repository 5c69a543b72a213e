package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an attainment rule makes of one case: a number in [0, 1], whether the bound is met, and
 * the inputs of the formula.
 *
 * <p>Attainment and "met" are kept apart: a strict bound ("trên 50%") is met only when strictly
 * exceeded, so a value of exactly 50% attains 1 without being met. For a bound that is not
 * strict, the built-in rules give 1 exactly when the bound is met.
 *
 * <pre>{@code
 * Attainment a = Attainment.builder().rule("my-rule").value(0.87).met(false)
 *     .addInputs(Explanation.Input.of("v", 83, "giá trị", "value"), Explanation.Input.of("t", 95, "mục tiêu", "target"))
 *     .build();
 * }</pre>
 *
 * <p>Checked when built: the value must be finite and within [0, 1]. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Attainment {

  Attainment() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the rule that scored the case.
   *
   * @return the rule's name, such as {@code distance-to-target}
   */
  public abstract String rule();

  /**
   * Returns the attainment.
   *
   * @return a number from 0 to 1
   */
  public abstract double value();

  /**
   * Tells whether the bound is met.
   *
   * @return {@code true} if the bound holds
   */
  public abstract boolean met();

  /**
   * Returns the inputs of the formula, in the formula's order.
   *
   * @return the inputs
   */
  public abstract List<Explanation.Input> inputs();

  /**
   * Returns remarks on how the number was reached, such as "the baseline is the natural zero of
   * the measure".
   *
   * @return the notes, possibly none
   */
  public abstract List<Label> notes();

  @Value.Check
  void check() {
    if (rule().isBlank()) {
      throw new InvalidValueException("Attainment.rule", rule(), "must not be blank");
    }
    if (!(value() >= 0 && value() <= 1)) {
      throw new InvalidValueException("Attainment.value", value(),
          "an attainment, from 0 to 1; rule " + rule());
    }
  }

  @Override
  public String toString() {
    return "Attainment{" + rule() + ", " + value() + (met() ? ", met" : ", not met") + ", " + inputs() + "}";
  }

  /** Builds an {@link Attainment}: rule, value and met are required. */
  public static final class Builder extends ImmutableAttainment.Builder {
    Builder() {}
  }
}
