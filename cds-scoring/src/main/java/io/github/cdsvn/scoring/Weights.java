package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * User weights at both levels of an index: of targets within their pillar, and of pillars within
 * the composite. Anything not given weighs 1.
 *
 * <pre>{@code
 * Weights w = Weights.builder()
 *     .target("gov.work-records.online", 2)          // every target on this indicator
 *     .target(someTarget.key(), 3)                    // one target, over its indicator's weight
 *     .pillar(Pillar.DIGITAL_ECONOMY, 0.5)
 *     .build();
 * }</pre>
 *
 * <p>A weight is finite and not negative; a weight of 0 leaves the target or pillar out. Weights
 * are renormalised over what has data when an index is computed, so only their ratios matter.
 * Immutable and thread-safe.
 */
public final class Weights {
  private static final Weights EQUAL = new Weights(ImmutableSortedMap.of(), ImmutableMap.of(),
      ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Double> byIndicator;
  private final ImmutableMap<Target.Key, Double> byTarget;
  private final ImmutableSortedMap<String, Double> byPillar;

  private Weights(ImmutableSortedMap<String, Double> byIndicator, ImmutableMap<Target.Key, Double> byTarget,
      ImmutableSortedMap<String, Double> byPillar) {
    this.byIndicator = byIndicator;
    this.byTarget = byTarget;
    this.byPillar = byPillar;
  }

  /**
   * Returns equal weights: every target and pillar weighs 1.
   *
   * @return the equal weights
   */
  public static Weights equal() {
    return EQUAL;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder: everything weighs 1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the weight of a target within its pillar: the weight given for its key, else for its
   * indicator, else 1.
   *
   * @param target the target
   * @return the weight
   */
  public double of(Target target) {
    Double w = byTarget.get(target.key());
    if (w == null) {
      w = byIndicator.get(target.indicator().code());
    }
    return w == null ? 1 : w;
  }

  /**
   * Returns the weight of a pillar within the composite: the weight given for its code, else 1.
   *
   * @param pillar the pillar
   * @return the weight
   */
  public double of(Pillar pillar) {
    return byPillar.getOrDefault(pillar.code(), 1.0);
  }

  /**
   * Returns the weights given by indicator code.
   *
   * @return the weights, by code
   */
  public ImmutableSortedMap<String, Double> byIndicator() {
    return byIndicator;
  }

  /**
   * Returns the weights given by target key, in the order given.
   *
   * @return the weights
   */
  public ImmutableMap<Target.Key, Double> byTarget() {
    return byTarget;
  }

  /**
   * Returns the weights given by pillar code.
   *
   * @return the weights, by code
   */
  public ImmutableSortedMap<String, Double> byPillar() {
    return byPillar;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights w && byIndicator.equals(w.byIndicator) && byTarget.equals(w.byTarget)
        && byPillar.equals(w.byPillar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byIndicator, byTarget, byPillar);
  }

  @Override
  public String toString() {
    if (equals(EQUAL)) {
      return "Weights{equal}";
    }
    return "Weights{indicators " + byIndicator + ", targets " + byTarget + ", pillars " + byPillar + "}";
  }

  /** Collects weights; each call checks its weight. Not thread-safe: use from one thread. */
  public static final class Builder {
    private final Map<String, Double> byIndicator = new TreeMap<>();
    private final Map<Target.Key, Double> byTarget = new LinkedHashMap<>();
    private final Map<String, Double> byPillar = new TreeMap<>();

    private Builder() {}

    /**
     * Weighs every target on an indicator.
     *
     * @param indicatorCode the indicator's code
     * @param weight finite and not negative
     * @return this builder
     * @throws InvalidValueException if the weight is negative, NaN or infinite
     */
    public Builder target(String indicatorCode, double weight) {
      Objects.requireNonNull(indicatorCode, "indicatorCode");
      byIndicator.put(indicatorCode, check("Weights.target[" + indicatorCode + "]", weight));
      return this;
    }

    /**
     * Weighs one target, over the weight of its indicator.
     *
     * @param key the target's key
     * @param weight finite and not negative
     * @return this builder
     * @throws InvalidValueException if the weight is negative, NaN or infinite
     */
    public Builder target(Target.Key key, double weight) {
      Objects.requireNonNull(key, "key");
      byTarget.put(key, check("Weights.target[" + key + "]", weight));
      return this;
    }

    /**
     * Weighs a pillar within the composite.
     *
     * @param pillar the pillar
     * @param weight finite and not negative
     * @return this builder
     * @throws InvalidValueException if the weight is negative, NaN or infinite
     */
    public Builder pillar(Pillar pillar, double weight) {
      Objects.requireNonNull(pillar, "pillar");
      byPillar.put(pillar.code(), check("Weights.pillar[" + pillar.code() + "]", weight));
      return this;
    }

    /**
     * Copies every weight of other weights into this builder, replacing those it names.
     *
     * @param weights the weights
     * @return this builder
     */
    public Builder putAll(Weights weights) {
      byIndicator.putAll(weights.byIndicator);
      byTarget.putAll(weights.byTarget);
      byPillar.putAll(weights.byPillar);
      return this;
    }

    private static double check(String field, double weight) {
      if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException(field, weight, "a weight, finite and not negative");
      }
      return weight;
    }

    /**
     * Builds the weights.
     *
     * @return the weights
     */
    public Weights build() {
      return new Weights(ImmutableSortedMap.copyOf(byIndicator), ImmutableMap.copyOf(byTarget),
          ImmutableSortedMap.copyOf(byPillar));
    }
  }
}
