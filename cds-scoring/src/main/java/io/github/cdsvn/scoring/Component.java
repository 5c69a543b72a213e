package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One input of an index: a target within a pillar, or a pillar within the composite, with its
 * weight and its value on 0–100.
 *
 * <p>A component without a value has no data and counts against coverage; a component that is
 * not applicable (a target whose level is not in force, a pillar with nothing applicable) is
 * left out of the weights. Immutable and thread-safe.
 *
 * @param key what identifies the component within its index: a target's key, a pillar's code
 * @param name the component's name
 * @param weight the weight before renormalisation, finite and not negative
 * @param value the value on 0–100, or empty where there is no data
 * @param applicable whether the component counts at all
 */
public record Component(String key, Label name, double weight, OptionalDouble value,
    boolean applicable) {

  /**
   * Validates the component.
   *
   * @param key not blank
   * @param name not null
   * @param weight finite and not negative
   * @param value finite and not negative where present; empty if not applicable
   * @param applicable whether the component counts
   * @throws InvalidValueException if a field is not valid
   */
  public Component {
    Objects.requireNonNull(key, "Component.key");
    if (key.isBlank()) {
      throw new InvalidValueException("Component.key", key, "must not be blank");
    }
    Objects.requireNonNull(name, "Component.name");
    if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("Component.weight", weight, "a weight, finite and not negative; component " + key);
    }
    Objects.requireNonNull(value, "Component.value");
    if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("Component.value", value.getAsDouble(),
          "finite and not negative; component " + key);
    }
    if (value.isPresent() && !applicable) {
      throw new InvalidValueException("Component.value", value.getAsDouble(),
          "a component that is not applicable has no value; component " + key);
    }
  }

  /**
   * A component with a value.
   *
   * @param key the key
   * @param name the name
   * @param weight the weight
   * @param value the value on 0–100
   * @return the component
   */
  public static Component of(String key, Label name, double weight, double value) {
    return new Component(key, name, weight, OptionalDouble.of(value), true);
  }

  /**
   * An applicable component without data.
   *
   * @param key the key
   * @param name the name
   * @param weight the weight
   * @return the component
   */
  public static Component missing(String key, Label name, double weight) {
    return new Component(key, name, weight, OptionalDouble.empty(), true);
  }

  /**
   * A component that is not applicable.
   *
   * @param key the key
   * @param name the name
   * @param weight the weight it would have
   * @return the component
   */
  public static Component notApplicable(String key, Label name, double weight) {
    return new Component(key, name, weight, OptionalDouble.empty(), false);
  }
}
