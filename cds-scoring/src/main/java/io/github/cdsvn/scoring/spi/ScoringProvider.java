package io.github.cdsvn.scoring.spi;

import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.TrajectoryMethod;
import java.util.List;

/**
 * Offers attainment rules, trajectory methods, aggregators and profiles to the scorer, which
 * finds providers through {@link java.util.ServiceLoader} and can also be given them directly.
 *
 * <p>Register a provider like any service: in {@code module-info.java}
 * ({@code provides io.github.cdsvn.scoring.spi.ScoringProvider with com.example.MyProvider;})
 * and in {@code META-INF/services/io.github.cdsvn.scoring.spi.ScoringProvider} for the class
 * path. A provider needs a public no-argument constructor.
 *
 * <p>When a name is looked up ({@code Scorer.builder().profile("geometric")}), providers are
 * asked in order of {@link #priority()}, highest first, ties broken by {@link #name()} and then
 * by class name, and the first that offers the name wins. The built-in provider is named
 * {@code cds} and has priority 0. Implementations must be immutable and thread-safe.
 */
public interface ScoringProvider {

  /**
   * Returns the provider's name, used to break ties of priority.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the priority: higher is asked first.
   *
   * @return the priority; 0 unless overridden
   */
  default int priority() {
    return 0;
  }

  /**
   * Returns the attainment rules offered, by name.
   *
   * @return the rules, possibly none
   */
  default List<AttainmentRule> rules() {
    return List.of();
  }

  /**
   * Returns the trajectory methods offered, by name.
   *
   * @return the methods, possibly none
   */
  default List<TrajectoryMethod> trajectoryMethods() {
    return List.of();
  }

  /**
   * Returns the aggregators offered, by name.
   *
   * @return the aggregators, possibly none
   */
  default List<Aggregator> aggregators() {
    return List.of();
  }

  /**
   * Returns the profiles offered, by name.
   *
   * @return the profiles, possibly none
   */
  default List<Profile> profiles() {
    return List.of();
  }
}
