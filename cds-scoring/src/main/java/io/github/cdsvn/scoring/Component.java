package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One input of an index: a target within a pillar, or a pillar within the composite, with its
 * weight and its value on 0–100.
 *
 * <p>A component without a value has no data and counts against coverage; a component that is
 * not applicable (a target whose level is not in force, a pillar with nothing applicable) is
 * left out of the weights. Obtained from {@link #of}, {@link #missing} and
 * {@link #notApplicable}; immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Component {

  Component() {}

  /**
   * A component with a value.
   *
   * @param key the key, not blank
   * @param name the name
   * @param weight the weight, finite and not negative
   * @param value the value on 0–100, finite and not negative
   * @return the component
   * @throws InvalidValueException if a field is not valid
   */
  public static Component of(String key, Label name, double weight, double value) {
    return ImmutableComponent.of(key, name, weight, OptionalDouble.of(value), true);
  }

  /**
   * An applicable component without data.
   *
   * @param key the key, not blank
   * @param name the name
   * @param weight the weight, finite and not negative
   * @return the component
   * @throws InvalidValueException if a field is not valid
   */
  public static Component missing(String key, Label name, double weight) {
    return ImmutableComponent.of(key, name, weight, OptionalDouble.empty(), true);
  }

  /**
   * A component that is not applicable.
   *
   * @param key the key, not blank
   * @param name the name
   * @param weight the weight it would have, finite and not negative
   * @return the component
   * @throws InvalidValueException if a field is not valid
   */
  public static Component notApplicable(String key, Label name, double weight) {
    return ImmutableComponent.of(key, name, weight, OptionalDouble.empty(), false);
  }

  /**
   * Returns what identifies the component within its index: a target's key, a pillar's code.
   *
   * @return the key
   */
  @Value.Parameter
  public abstract String key();

  /**
   * Returns the component's name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract Label name();

  /**
   * Returns the weight before renormalisation.
   *
   * @return the weight, finite and not negative
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * Returns the value on 0–100.
   *
   * @return the value, or empty where there is no data or the component is not applicable
   */
  @Value.Parameter
  public abstract OptionalDouble value();

  /**
   * Tells whether the component counts at all.
   *
   * @return {@code false} for a component that is not applicable
   */
  @Value.Parameter
  public abstract boolean applicable();

  @Value.Check
  void check() {
    InvalidValueException.requireNonBlank("Component.key", key());
    if (!(weight() >= 0 && weight() < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("Component.weight", weight(),
          "a weight, finite and not negative; component " + key());
    }
    if (value().isPresent() && !(value().getAsDouble() >= 0 && value().getAsDouble() < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("Component.value", value().getAsDouble(),
          "finite and not negative; component " + key());
    }
  }
}
