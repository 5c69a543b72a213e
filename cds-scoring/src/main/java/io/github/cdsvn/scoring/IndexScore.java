package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pillar index or the composite index, on 0–100, with its coverage and its components.
 *
 * <p>{@link #aggregate} computes one: components that are not applicable are left out; the
 * coverage is the share of the remaining weight whose components have data; below the threshold
 * there is no score (empty, with the reason), never a biased one; otherwise the aggregator
 * combines the values with data, their weights renormalised over them. A missing value never
 * counts as 0. The coverage is always reported.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class IndexScore {

  /** The default coverage threshold: 80% of the weight must have data. */
  public static final double DEFAULT_COVERAGE_THRESHOLD = 0.8;

  IndexScore() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes an index that belongs to no pillar, such as a composite, from its components.
   *
   * <p>Values are combined in the order of the components' keys, whatever the order given, so
   * that the result does not depend on it, bit for bit.
   *
   * @param name the index's name
   * @param aggregator how values are combined
   * @param threshold the smallest coverage that has a score, above 0 and at most 1
   * @param components the components, keys distinct
   * @return the index
   * @throws InvalidValueException if the threshold is out of range or two components share a key
   */
  public static IndexScore aggregate(Label name, Aggregator aggregator, double threshold,
      List<Component> components) {
    return aggregate(name, Optional.empty(), aggregator, threshold, components);
  }

  /**
   * Computes a pillar's index from its components, as {@link #aggregate(Label, Aggregator,
   * double, List)} does.
   *
   * @param name the index's name
   * @param pillar the pillar
   * @param aggregator how values are combined
   * @param threshold the smallest coverage that has a score, above 0 and at most 1
   * @param components the components, keys distinct
   * @return the index
   * @throws InvalidValueException if the threshold is out of range or two components share a key
   */
  public static IndexScore aggregate(Label name, Pillar pillar, Aggregator aggregator, double threshold,
      List<Component> components) {
    return aggregate(name, Optional.of(Objects.requireNonNull(pillar, "pillar")), aggregator, threshold,
        components);
  }

  private static IndexScore aggregate(Label name, Optional<Pillar> pillar, Aggregator aggregator,
      double threshold, List<Component> components) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aggregator, "aggregator");
    checkThreshold("IndexScore.threshold", threshold);
    Set<String> keys = new HashSet<>();
    for (Component c : components) {
      if (!keys.add(c.key())) {
        throw new InvalidValueException("IndexScore.components", c.key(), "keys must be distinct");
      }
    }
    List<Component> canonical = new ArrayList<>(components);
    canonical.sort(Comparator.comparing(Component::key));
    int n = canonical.size();
    int[] order = new int[n];
    double[] weights = new double[n];
    double[] values = new double[n];
    byte[] states = new byte[n];
    for (int i = 0; i < n; i++) {
      Component c = canonical.get(i);
      order[i] = i;
      weights[i] = c.weight();
      values[i] = c.value().orElse(Double.NaN);
      states[i] = c.applicable() ? 1 : IndexNumbers.NOT_APPLICABLE;
    }
    double[] out = new double[2];
    int state = IndexNumbers.compute(order, states, values, 1, weights, aggregator, threshold, out, new double[n],
        new double[n]);
    double coverage = out[0];
    Builder b = builder().name(name).pillar(pillar).aggregator(aggregator.name()).coverage(coverage)
        .threshold(threshold).components(components);
    Label reason = null;
    if (state == IndexNumbers.NOTHING_APPLICABLE) {
      reason = Label.of("không có thành phần nào áp dụng được", "nothing applicable to score");
    } else if (state == IndexNumbers.NO_DATA) {
      reason = Label.of("chưa có số liệu cho thành phần nào", "no data for any component");
    } else if (state == IndexNumbers.BELOW_THRESHOLD) {
      reason = Label.of("số liệu chỉ phủ " + Texts.share(coverage, Texts.VI) + " trọng số, dưới ngưỡng "
              + Texts.share(threshold, Texts.VI),
          "data cover " + Texts.share(coverage, Texts.EN) + " of the weight, below the "
              + Texts.share(threshold, Texts.EN) + " threshold");
    }
    if (reason != null) {
      return b.reason(reason).sentence(Label.of(name.vi() + ": chưa có điểm — " + reason.vi(),
          name.en() + ": no score — " + reason.en())).build();
    }
    double score = out[1];
    return b.score(score).sentence(Label.of(
        name.vi() + ": " + Texts.number(score, 1, Texts.VI) + " điểm; số liệu phủ " + Texts.share(coverage, Texts.VI)
            + " trọng số",
        name.en() + ": " + Texts.number(score, 1, Texts.EN) + " points; data cover "
            + Texts.share(coverage, Texts.EN) + " of the weight")).build();
  }

  static void checkThreshold(String field, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new InvalidValueException(field, threshold, "a share of the weight, above 0 and at most 1");
    }
  }

  /**
   * Returns the index's name: the pillar's, or "Chỉ số tổng hợp" / "Composite index".
   *
   * @return the name
   */
  public abstract Label name();

  /**
   * Returns the pillar.
   *
   * @return the pillar, or empty for the composite
   */
  public abstract Optional<Pillar> pillar();

  /**
   * Returns the name of the aggregator used.
   *
   * @return the aggregator's name
   */
  public abstract String aggregator();

  /**
   * Returns the score on 0–100.
   *
   * @return the score, or empty where coverage is below the threshold or there is nothing to
   *     score
   */
  public abstract OptionalDouble score();

  /**
   * Returns the share of the applicable weight whose components have data.
   *
   * @return the coverage, from 0 to 1; 0 where nothing is applicable
   */
  public abstract double coverage();

  /**
   * Returns the coverage below which there is no score.
   *
   * @return the threshold, above 0 and at most 1
   */
  public abstract double threshold();

  /**
   * Returns the components, in the order given: targets in plan order, pillars in pillar order.
   *
   * @return the components
   */
  public abstract ImmutableList<Component> components();

  /**
   * Returns why there is no score.
   *
   * @return the reason, or empty where there is a score
   */
  public abstract Optional<Label> reason();

  /**
   * Returns the index in a sentence, such as "Chính quyền số: 78,5 điểm; số liệu phủ 100% trọng
   * số" / "Digital government: 78.5 points; data cover 100% of the weight".
   *
   * @return the sentence
   */
  public abstract Label sentence();

  @Value.Check
  void check() {
    checkThreshold("IndexScore.threshold", threshold());
    if (!(coverage() >= 0 && coverage() <= 1)) {
      throw new InvalidValueException("IndexScore.coverage", coverage(), "a share, from 0 to 1");
    }
    if (score().isPresent() == reason().isPresent()) {
      throw new InvalidValueException("IndexScore.reason", reason(), "present exactly when there is no score");
    }
    if (score().isPresent() && !(score().getAsDouble() >= 0 && score().getAsDouble() < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("IndexScore.score", score().getAsDouble(), "finite and not negative");
    }
  }

  /**
   * Compares by value: equal to another IndexScore with equal attributes, however either was made.
   *
   * @param another the object compared
   * @return whether it is an equal IndexScore
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof IndexScore)) {
      return false;
    }
    IndexScore o = (IndexScore) another;
    return name().equals(o.name())
        && pillar().equals(o.pillar())
        && aggregator().equals(o.aggregator())
        && score().equals(o.score())
        && Double.compare(coverage(), o.coverage()) == 0
        && Double.compare(threshold(), o.threshold()) == 0
        && components().equals(o.components())
        && reason().equals(o.reason())
        && sentence().equals(o.sentence());
  }

  /**
   * Hashes the attributes that {@link #equals} compares.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + name().hashCode();
    h += (h << 5) + pillar().hashCode();
    h += (h << 5) + aggregator().hashCode();
    h += (h << 5) + score().hashCode();
    h += (h << 5) + Double.hashCode(coverage());
    h += (h << 5) + Double.hashCode(threshold());
    h += (h << 5) + components().hashCode();
    h += (h << 5) + reason().hashCode();
    h += (h << 5) + sentence().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "IndexScore{" + name().en() + ", " + (score().isPresent() ? score().getAsDouble() : "no score")
        + ", coverage " + coverage() + "}";
  }

  /** Builds an {@link IndexScore}; prefer {@link IndexScore#aggregate}. */
  public static final class Builder extends ImmutableIndexScore.Builder {
    Builder() {}
  }

  /**
   * One input of an index: a target within a pillar, or a pillar within the composite, with its
   * weight and its value on 0–100.
   *
   * <p>A component without a value has no data and counts against coverage; a component that is
   * not applicable (a target whose level is not in force, a pillar with nothing applicable) is
   * left out of the weights. Obtained from {@link #of}, {@link #missing} and
   * {@link #notApplicable}; two components are equal when all their parts are. Immutable and
   * thread-safe.
   */
  public sealed interface Component permits ScoringRecords.Component {

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
    static Component of(String key, Label name, double weight, double value) {
      return new ScoringRecords.Component(key, name, weight, OptionalDouble.of(value), true);
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
    static Component missing(String key, Label name, double weight) {
      return new ScoringRecords.Component(key, name, weight, OptionalDouble.empty(), true);
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
    static Component notApplicable(String key, Label name, double weight) {
      return new ScoringRecords.Component(key, name, weight, OptionalDouble.empty(), false);
    }

    /**
     * Returns what identifies the component within its index: a target's key, a pillar's code.
     *
     * @return the key
     */
    String key();

    /**
     * Returns the component's name.
     *
     * @return the name
     */
    Label name();

    /**
     * Returns the weight before renormalisation.
     *
     * @return the weight, finite and not negative
     */
    double weight();

    /**
     * Returns the value on 0–100.
     *
     * @return the value, or empty where there is no data or the component is not applicable
     */
    OptionalDouble value();

    /**
     * Tells whether the component counts at all.
     *
     * @return {@code false} for a component that is not applicable
     */
    boolean applicable();
  }
}
