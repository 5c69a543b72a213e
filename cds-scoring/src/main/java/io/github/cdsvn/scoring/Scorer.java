package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores plans against observations: the entry point of cds-scoring.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.standard();
 * Scorecard card = scorer.score(plan, observations, LocalDate.of(2024, 12, 31));
 * card.composite().score();                                    // OptionalDouble on 0–100
 * card.targets().get(0).explanation().sentence().vi();
 * }</pre>
 *
 * <p>How targets are read and rolled up — which series a target reads at which level, the value
 * and baseline scored, "no data" and "not applicable", the indices, and what is computed when —
 * is set out in the {@linkplain io.github.cdsvn.scoring package documentation}.
 *
 * <p>A scorer is immutable and thread-safe and holds no global state; results depend only on the
 * arguments, not on the order of the plan's targets or of the observations, bit for bit.
 */
public final class Scorer {
  private final Profile profile;
  private final Optional<UnitRegistry> registry;
  private final ImmutableMap<AdministrativeLevel, AdministrativeLevel> levelMap;
  private final Engine engine;

  private Scorer(Profile profile, Optional<UnitRegistry> registry,
      ImmutableMap<AdministrativeLevel, AdministrativeLevel> levelMap) {
    this.profile = profile;
    this.registry = registry;
    this.levelMap = levelMap;
    this.engine = new Engine(profile, registry, levelMap);
  }

  /**
   * Returns a scorer with the built-in {@code default} profile, no unit registry and no level
   * mapping. No provider is looked up.
   *
   * @return the standard scorer
   */
  public static Scorer standard() {
    return new Scorer(BuiltInProvider.DEFAULT, Optional.empty(), ImmutableMap.of());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder starting from the built-in {@code default} profile
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Scores a plan for the unit that adopted it.
   *
   * @param plan the plan
   * @param observations the observations
   * @param asOf the as-of date
   * @return the scorecard
   * @throws InvalidValueException if an observation used carries another definition of a
   *     target's indicator
   */
  public Scorecard score(Plan plan, ObservationSet observations, LocalDate asOf) {
    return engine.score(plan, observations, asOf);
  }

  /**
   * Scores a plan's targets for another unit, such as the national programme for a province. The
   * code is read on the as-of date.
   *
   * @param plan the plan
   * @param unitCode the code of the unit to score
   * @param observations the observations
   * @param asOf the as-of date
   * @return the scorecard
   * @throws InvalidValueException if the code is blank, or an observation used carries another
   *     definition of a target's indicator
   */
  public Scorecard score(Plan plan, String unitCode, ObservationSet observations, LocalDate asOf) {
    return engine.score(plan, unitCode, observations, asOf);
  }

  /**
   * Scores a plan's targets for many units.
   *
   * @param plan the plan
   * @param unitCodes the codes of the units; repeated codes are scored once
   * @param observations the observations
   * @param asOf the as-of date
   * @return the scorecards, in unit-code order
   * @throws InvalidValueException if a code is blank, or an observation used carries another
   *     definition of a target's indicator
   */
  public ImmutableList<Scorecard> scoreAll(Plan plan, Collection<String> unitCodes, ObservationSet observations,
      LocalDate asOf) {
    return engine.scoreAll(plan, unitCodes, observations, asOf);
  }

  /**
   * Re-aggregates a scorecard with other weights, for what-if and sensitivity runs: every
   * target's result (attainment, trajectory, explanation) is reused as it is, with the weight the
   * new weights give it, and only the pillar indices and the composite are computed again.
   *
   * <p>The result equals, bit for bit, the scorecard that a full score gives with a scorer built
   * from the scorecard's profile and these weights:
   * {@code Scorer.builder().profile(card.profile()).weights(weights).build()} with this scorer's
   * unit registry and level mapping, scoring the same plan, unit, observations and as-of date.
   * Like any scorer built with weights, its profile is named {@code custom}. The scorecard's own
   * profile is used, not this scorer's: a scorecard carries everything needed to re-aggregate it.
   *
   * <pre>{@code
   * Scorecard card = scorer.score(plan, observations, asOf);
   * Scorecard whatIf = scorer.reweigh(card, Weights.builder().pillar(Pillar.DIGITAL_ECONOMY, 2).build());
   * }</pre>
   *
   * @param card a scorecard
   * @param weights the weights to aggregate with
   * @return the re-aggregated scorecard
   */
  public Scorecard reweigh(Scorecard card, Weights weights) {
    return Engine.reweigh(card, weights);
  }

  /**
   * Re-aggregates a scorecard with another profile's aggregators, weights and coverage
   * threshold, for what-if and uncertainty runs: every target's result is reused as it is, with
   * the weight the profile gives it, and only the pillar indices and the composite are computed
   * again. The profile must score targets as the scorecard's did: the same rule for every kind of
   * bound and the same trajectory method.
   *
   * <p>The result equals, bit for bit, the scorecard that a full score gives with a scorer built
   * with this profile ({@code Scorer.builder().profile(profile).build()}, with this scorer's unit
   * registry and level mapping), scoring the same plan, unit, observations and as-of date. Its
   * profile is the one given.
   *
   * <pre>{@code
   * Profile weakestLink = Profile.builder().from(card.profile()).name("what-if")
   *     .pillarAggregator(Aggregator.minimum()).build();
   * Scorecard whatIf = scorer.reaggregate(card, weakestLink);
   * }</pre>
   *
   * @param card a scorecard
   * @param profile the profile to aggregate with
   * @return the re-aggregated scorecard
   * @throws InvalidValueException if the profile has another rule for a kind of bound, or another
   *     trajectory method, than the scorecard's
   */
  public Scorecard reaggregate(Scorecard card, Profile profile) {
    return Engine.reaggregate(card, profile);
  }

  /**
   * Returns the profile this scorer uses.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the unit registry observations are read with.
   *
   * @return the registry, or empty
   */
  public Optional<UnitRegistry> unitRegistry() {
    return registry;
  }

  /**
   * Returns the levels mapped to other levels.
   *
   * @return the mapping, possibly empty
   */
  public ImmutableMap<AdministrativeLevel, AdministrativeLevel> levelMapping() {
    return levelMap;
  }

  @Override
  public String toString() {
    return "Scorer{" + profile.name() + (registry.isPresent() ? ", with unit registry" : "")
        + (levelMap.isEmpty() ? "" : ", levels " + levelMap) + "}";
  }

  /**
   * Configures a {@link Scorer}: a profile (by instance or by name), choices that override it,
   * a unit registry, level mappings and providers. Names are looked up, when {@link #build()}
   * runs, in the providers given, those {@link java.util.ServiceLoader} finds (unless turned off)
   * and the built-in one, by priority. A builder is not thread-safe; the scorer it builds is.
   */
  public static final class Builder {
    private Profile profile;
    private String profileName;
    private final Map<Bound.Kind, Object> rules = new EnumMap<>(Bound.Kind.class);
    private Object trajectoryMethod;
    private Object targetAggregator;
    private Object pillarAggregator;
    private Weights weights;
    private Double coverageThreshold;
    private final Map<AdministrativeLevel, AdministrativeLevel> levels = new EnumMap<>(AdministrativeLevel.class);
    private UnitRegistry registry;
    private final List<ScoringProvider> providers = new ArrayList<>();
    private boolean serviceLoader = true;

    private Builder() {}

    /**
     * Starts from a profile.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      this.profileName = null;
      return this;
    }

    /**
     * Starts from a profile found by name: {@code default}, {@code geometric}, {@code harmonic},
     * {@code weakest-link}, or one a provider offers.
     *
     * @param name the profile's name
     * @return this builder
     */
    public Builder profile(String name) {
      this.profileName = Objects.requireNonNull(name, "name");
      this.profile = null;
      return this;
    }

    /**
     * Uses a rule for a kind of bound.
     *
     * @param kind the kind
     * @param rule the rule, which must support the kind
     * @return this builder
     */
    public Builder rule(Bound.Kind kind, AttainmentRule rule) {
      rules.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Uses a rule found by name for a kind of bound.
     *
     * @param kind the kind
     * @param ruleName the rule's name
     * @return this builder
     */
    public Builder rule(Bound.Kind kind, String ruleName) {
      rules.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(ruleName, "ruleName"));
      return this;
    }

    /**
     * Uses a trajectory method.
     *
     * @param method the method
     * @return this builder
     */
    public Builder trajectoryMethod(TrajectoryMethod method) {
      this.trajectoryMethod = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Uses a trajectory method found by name.
     *
     * @param name the method's name
     * @return this builder
     */
    public Builder trajectoryMethod(String name) {
      this.trajectoryMethod = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Uses an aggregator of targets within a pillar.
     *
     * @param aggregator the aggregator
     * @return this builder
     */
    public Builder targetAggregator(Aggregator aggregator) {
      this.targetAggregator = Objects.requireNonNull(aggregator, "aggregator");
      return this;
    }

    /**
     * Uses an aggregator of targets within a pillar, found by name.
     *
     * @param name the aggregator's name
     * @return this builder
     */
    public Builder targetAggregator(String name) {
      this.targetAggregator = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Uses an aggregator of pillars within the composite.
     *
     * @param aggregator the aggregator
     * @return this builder
     */
    public Builder pillarAggregator(Aggregator aggregator) {
      this.pillarAggregator = Objects.requireNonNull(aggregator, "aggregator");
      return this;
    }

    /**
     * Uses an aggregator of pillars within the composite, found by name.
     *
     * @param name the aggregator's name
     * @return this builder
     */
    public Builder pillarAggregator(String name) {
      this.pillarAggregator = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Uses weights.
     *
     * @param weights the weights
     * @return this builder
     */
    public Builder weights(Weights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      return this;
    }

    /**
     * Sets the coverage below which a pillar or the composite has no score.
     *
     * @param threshold a share of the weight, above 0 and at most 1
     * @return this builder
     * @throws InvalidValueException if the threshold is out of range
     */
    public Builder coverageThreshold(double threshold) {
      IndexScore.checkThreshold("Scorer.coverageThreshold", threshold);
      this.coverageThreshold = threshold;
      return this;
    }

    /**
     * Reads targets of one level at another, such as district-level targets at the commune level
     * after 1 July 2025; a mapped level is not "not applicable".
     *
     * @param from the target's level
     * @param to the level to read it at
     * @return this builder
     */
    public Builder mapLevel(AdministrativeLevel from, AdministrativeLevel to) {
      levels.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
      return this;
    }

    /**
     * Reads unit codes with a registry: observations of a code are used only on days the code
     * names the unit scored, and units' levels come from the registry.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder unitRegistry(UnitRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Adds a provider to look names up in, besides those {@link java.util.ServiceLoader} finds.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder addProvider(ScoringProvider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Turns the {@link java.util.ServiceLoader} look-up of providers on (the default) or off.
     *
     * @param on whether to look providers up
     * @return this builder
     */
    public Builder serviceLoader(boolean on) {
      this.serviceLoader = on;
      return this;
    }

    /**
     * Builds the scorer. Where anything overrides the profile, the profile used is named
     * {@code custom}.
     *
     * @return the scorer
     * @throws InvalidValueException if a name is not offered by any provider, or a rule does not
     *     support the kind of bound it is given for
     */
    public Scorer build() {
      Providers found = Providers.of(providers, serviceLoader);
      Profile base = profile != null ? profile
          : profileName != null ? found.profile(profileName) : BuiltInProvider.DEFAULT;
      boolean overridden = !rules.isEmpty() || trajectoryMethod != null || targetAggregator != null
          || pillarAggregator != null || weights != null || coverageThreshold != null;
      Profile used = base;
      if (overridden) {
        Map<Bound.Kind, AttainmentRule> chosen = new EnumMap<>(Bound.Kind.class);
        chosen.putAll(base.rules());
        rules.forEach((kind, rule) -> {
          AttainmentRule r = rule instanceof AttainmentRule a ? a : found.rule((String) rule);
          if (!r.supports(kind)) {
            throw new InvalidValueException("Scorer.rule[" + kind + "]", r.name(), "a rule that supports " + kind);
          }
          chosen.put(kind, r);
        });
        Profile.Builder b = Profile.builder().from(base).name(Profile.CUSTOM).rules(chosen);
        if (trajectoryMethod != null) {
          b.trajectoryMethod(trajectoryMethod instanceof TrajectoryMethod m ? m
              : found.trajectoryMethod((String) trajectoryMethod));
        }
        if (targetAggregator != null) {
          b.targetAggregator(targetAggregator instanceof Aggregator a ? a : found.aggregator((String) targetAggregator));
        }
        if (pillarAggregator != null) {
          b.pillarAggregator(pillarAggregator instanceof Aggregator a ? a : found.aggregator((String) pillarAggregator));
        }
        if (weights != null) {
          b.weights(weights);
        }
        if (coverageThreshold != null) {
          b.coverageThreshold(coverageThreshold);
        }
        used = b.build();
      }
      return new Scorer(used, Optional.ofNullable(registry), ImmutableMap.copyOf(levels));
    }
  }
}
