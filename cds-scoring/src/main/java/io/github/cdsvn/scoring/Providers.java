package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The providers a scorer looks names up in, in order: priority (highest first), then name, then
 * class name; one of each class. Immutable and thread-safe once built.
 */
final class Providers {
  private static final Comparator<ScoringProvider> ORDER = Comparator
      .comparingInt(ScoringProvider::priority).reversed()
      .thenComparing(ScoringProvider::name)
      .thenComparing(p -> p.getClass().getName());

  private final ImmutableList<ScoringProvider> ordered;

  private Providers(List<ScoringProvider> providers) {
    this.ordered = ImmutableList.sortedCopyOf(ORDER, providers);
  }

  /**
   * Collects the built-in provider, the given ones and, if asked, those {@link ServiceLoader}
   * finds; one instance of each class, the first given winning.
   */
  public static Providers of(List<ScoringProvider> given, boolean serviceLoader) {
    Map<Class<?>, ScoringProvider> byClass = new LinkedHashMap<>();
    for (ScoringProvider p : given) {
      byClass.putIfAbsent(Objects.requireNonNull(p, "provider").getClass(), p);
    }
    if (serviceLoader) {
      for (ScoringProvider p : ServiceLoader.load(ScoringProvider.class)) {
        byClass.putIfAbsent(p.getClass(), p);
      }
    }
    byClass.putIfAbsent(BuiltInProvider.class, new BuiltInProvider());
    return new Providers(new ArrayList<>(byClass.values()));
  }

  /** Returns the providers in the order names are looked up. */
  public ImmutableList<ScoringProvider> ordered() {
    return ordered;
  }

  /** Finds a profile by name. */
  public Profile profile(String name) {
    return find("Scorer.profile", name, ScoringProvider::profiles, Profile::name);
  }

  /** Finds an attainment rule by name. */
  public AttainmentRule rule(String name) {
    return find("Scorer.rule", name, ScoringProvider::rules, AttainmentRule::name);
  }

  /** Finds a trajectory method by name. */
  public TrajectoryMethod trajectoryMethod(String name) {
    return find("Scorer.trajectoryMethod", name, ScoringProvider::trajectoryMethods, TrajectoryMethod::name);
  }

  /** Finds an aggregator by name. */
  public Aggregator aggregator(String name) {
    return find("Scorer.aggregator", name, ScoringProvider::aggregators, Aggregator::name);
  }

  private <T> T find(String field, String name, Function<ScoringProvider, List<T>> offered,
      Function<T, String> nameOf) {
    Objects.requireNonNull(name, field);
    TreeSet<String> known = new TreeSet<>();
    for (ScoringProvider p : ordered) {
      for (T item : offered.apply(p)) {
        String n = nameOf.apply(item);
        if (n.equals(name)) {
          return item;
        }
        known.add(n);
      }
    }
    throw new InvalidValueException(field, name, "valid values " + String.join(", ", known));
  }
}
