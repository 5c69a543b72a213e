package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorer;
import java.util.OptionalInt;

/**
 * The choices of one run of an {@link UncertaintyAnalysis}, or the nominal ones: the point drawn
 * and the full profile it stands for — rules, aggregators, coverage threshold and weights, every
 * weight that varies written out by target key or pillar.
 *
 * <p>{@link #scorer()} scores with exactly these choices: the composite indices of its scorecards
 * are, bit for bit, those the analysis computed for the run, and their targets explain every
 * number. Immutable and thread-safe.
 */
public final class Configuration {
  private final OptionalInt run;
  private final ImmutableList<Double> point;
  private final Profile profile;
  private final Scorer scorer;

  Configuration(OptionalInt run, ImmutableList<Double> point, Profile profile, Scorer scorer) {
    this.run = run;
    this.point = point;
    this.profile = profile;
    this.scorer = scorer;
  }

  /**
   * Returns the run's number.
   *
   * @return from 0, or empty for the nominal configuration
   */
  public OptionalInt run() {
    return run;
  }

  /**
   * Returns the point drawn: one number in [0, 1) per column of the factors, in their order.
   *
   * @return the point, or an empty list for the nominal configuration
   */
  public ImmutableList<Double> point() {
    return point;
  }

  /**
   * Returns the profile the run scores with, named {@code uncertainty-run} (the nominal
   * configuration: the analysis's profile itself).
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns a scorer with this profile and the analysis's unit registry and level mapping.
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scorer;
  }

  @Override
  public String toString() {
    return "Configuration{" + (run.isPresent() ? "run " + run.getAsInt() : "nominal") + ", " + profile + "}";
  }
}
