package io.github.cdsvn.scoring;

import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The provider of the built-in rules, trajectory method, aggregators and profiles: named
 * {@code cds}, priority 0. Not a service: every scorer looks names up in it beside the providers
 * it is given and those {@link java.util.ServiceLoader} finds.
 * Immutable and thread-safe.
 */
final class BuiltInProvider implements ScoringProvider {
  /** The built-in {@code default} profile: arithmetic means at both levels. */
  public static final Profile DEFAULT = profile("default", Means.ARITHMETIC, Means.ARITHMETIC);
  /** The built-in {@code geometric} profile. */
  public static final Profile GEOMETRIC = profile("geometric", Means.GEOMETRIC, Means.GEOMETRIC);
  /** The built-in {@code harmonic} profile. */
  public static final Profile HARMONIC = profile("harmonic", Means.HARMONIC, Means.HARMONIC);
  /** The built-in {@code weakest-link} profile: the minimum at both levels. */
  public static final Profile WEAKEST_LINK = profile("weakest-link", Means.MINIMUM, Means.MINIMUM);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BuiltInProvider() {}

  private static Profile profile(String name, Aggregator targets, Aggregator pillars) {
    Map<Bound.Kind, AttainmentRule> rules = new EnumMap<>(Bound.Kind.class);
    for (Bound.Kind kind : Bound.Kind.values()) {
      rules.put(kind, Rules.forKind(kind));
    }
    return Profile.builder().name(name).rules(rules).trajectoryMethod(CompoundGrowthMethod.INSTANCE)
        .targetAggregator(targets).pillarAggregator(pillars).build();
  }

  @Override
  public String name() {
    return "cds";
  }

  @Override
  public List<AttainmentRule> rules() {
    return List.of(Rules.DISTANCE, Rules.NEAREST_EDGE, Rules.GROWTH);
  }

  @Override
  public List<TrajectoryMethod> trajectoryMethods() {
    return List.of(CompoundGrowthMethod.INSTANCE);
  }

  @Override
  public List<Aggregator> aggregators() {
    return List.of(Means.ARITHMETIC, Means.GEOMETRIC, Means.HARMONIC, Means.MINIMUM);
  }

  @Override
  public List<Profile> profiles() {
    return List.of(DEFAULT, GEOMETRIC, HARMONIC, WEAKEST_LINK);
  }
}
