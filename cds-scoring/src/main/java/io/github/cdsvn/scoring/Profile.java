package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.plan.Bound;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A named bundle of scoring choices: the attainment rule for each kind of bound, the trajectory
 * method, the aggregators of targets within a pillar and of pillars within the composite, the
 * weights, and the coverage threshold.
 *
 * <p>The built-in profiles, found by name through {@code Scorer.builder().profile(name)}:
 * <table>
 *   <caption>Built-in profiles</caption>
 *   <tr><th>name</th><th>targets → pillar</th><th>pillars → composite</th></tr>
 *   <tr><td>{@code default}</td><td>arithmetic mean</td><td>arithmetic mean</td></tr>
 *   <tr><td>{@code geometric}</td><td>geometric mean</td><td>geometric mean</td></tr>
 *   <tr><td>{@code harmonic}</td><td>harmonic mean</td><td>harmonic mean</td></tr>
 *   <tr><td>{@code weakest-link}</td><td>minimum</td><td>minimum</td></tr>
 * </table>
 * All use the built-in rules ({@link AttainmentRule#builtIn(Bound.Kind)}), the
 * {@link TrajectoryMethod#compoundGrowth()} method, equal weights and a coverage threshold of
 * 80%. Build others with {@link #builder()}, starting from one with {@code from(profile)}:
 *
 * <pre>{@code
 * Profile mine = Profile.builder().from(Scorer.standard().profile()).name("mine")
 *     .pillarAggregator(Aggregator.minimum()).coverageThreshold(0.5).build();
 * }</pre>
 *
 * <p>Checked when built: the name is a lower-case code, there is a rule for every kind of bound
 * and each supports its kind, and the threshold is above 0 and at most 1. Immutable and
 * thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Profile {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
  /** The name of a profile whose choices a scorer's builder or a re-weighing changed. */
  static final String CUSTOM = "custom";

  Profile() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile's name.
   *
   * @return a lower-case code such as {@code default}
   */
  public abstract String name();

  /**
   * Returns the attainment rule for each kind of bound.
   *
   * @return a rule for every kind
   */
  public abstract Map<Bound.Kind, AttainmentRule> rules();

  /**
   * Returns the trajectory method.
   *
   * @return the method
   */
  public abstract TrajectoryMethod trajectoryMethod();

  /**
   * Returns the aggregator of targets within a pillar.
   *
   * @return the aggregator
   */
  public abstract Aggregator targetAggregator();

  /**
   * Returns the aggregator of pillars within the composite.
   *
   * @return the aggregator
   */
  public abstract Aggregator pillarAggregator();

  /**
   * Returns the weights.
   *
   * @return the weights; {@link Weights#equal()} unless set
   */
  @Value.Default
  public Weights weights() {
    return Weights.equal();
  }

  /**
   * Returns the coverage below which a pillar or the composite has no score.
   *
   * @return the threshold; {@value IndexScore#DEFAULT_COVERAGE_THRESHOLD} unless set
   */
  @Value.Default
  public double coverageThreshold() {
    return IndexScore.DEFAULT_COVERAGE_THRESHOLD;
  }

  /**
   * Returns the rule for a kind of bound.
   *
   * @param kind the kind
   * @return the rule
   */
  public final AttainmentRule rule(Bound.Kind kind) {
    return rules().get(kind);
  }

  /**
   * Returns a copy of this profile that uses another rule for a kind of bound, checked like a
   * new profile. (A builder started {@code from} a profile adds to its rules rather than
   * replacing them; use this, or the builder's {@code rules(map)}, to replace one.)
   *
   * @param kind the kind of bound
   * @param rule the rule, which must support the kind
   * @return the new profile, with the same name
   * @throws InvalidValueException if the rule does not support the kind
   */
  public final Profile withRule(Bound.Kind kind, AttainmentRule rule) {
    Map<Bound.Kind, AttainmentRule> rules = new EnumMap<>(Bound.Kind.class);
    rules.putAll(rules());
    rules.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(rule, "rule"));
    return builder().from(this).rules(rules).build();
  }

  /**
   * Returns a copy of this profile with another name.
   *
   * @param name a lower-case code
   * @return the new profile
   * @throws InvalidValueException if the name is not a lower-case code
   */
  public abstract Profile withName(String name);

  /**
   * This profile with other weights, named {@value #CUSTOM}: the profile of a scorer built from
   * it with those weights.
   */
  final Profile withCustomWeights(Weights weights) {
    return builder().from(this).name(CUSTOM).weights(weights).build();
  }

  @Value.Check
  void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new InvalidValueException("Profile.name", name(), "lower-case letters and digits, parts joined by - or .");
    }
    EnumSet<Bound.Kind> missing = EnumSet.allOf(Bound.Kind.class);
    missing.removeAll(rules().keySet());
    if (!missing.isEmpty()) {
      throw new InvalidValueException("Profile.rules", missing, "a rule for every kind of bound; profile " + name());
    }
    rules().forEach((kind, rule) -> {
      if (!rule.supports(kind)) {
        throw new InvalidValueException("Profile.rules[" + kind + "]", rule.name(),
            "a rule that supports " + kind + "; profile " + name());
      }
    });
    IndexScore.checkThreshold("Profile.coverageThreshold", coverageThreshold());
  }

  @Override
  public String toString() {
    StringBuilder rules = new StringBuilder();
    rules().forEach((kind, rule) -> rules.append(rules.length() == 0 ? "" : ", ").append(kind).append('=').append(rule.name()));
    return "Profile{" + name() + ", rules {" + rules + "}, trajectory " + trajectoryMethod().name()
        + ", targets " + targetAggregator().name() + ", pillars " + pillarAggregator().name() + ", "
        + weights() + ", coverage threshold " + coverageThreshold() + "}";
  }

  /**
   * Builds a {@link Profile}: name, a rule for every kind of bound, trajectory method and both
   * aggregators are required.
   */
  public static final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
