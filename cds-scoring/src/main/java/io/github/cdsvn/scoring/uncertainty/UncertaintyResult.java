package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.scoring.Ranking;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The outcome of the Monte Carlo runs of an {@link UncertaintyAnalysis}: for every unit, in
 * unit-code order, how its rank varies ({@link UnitUncertainty}); the mean shift in rank over
 * units and runs; the nominal ranking; and the configuration of every run.
 *
 * <h2>The mean shift in rank</h2>
 * For one run, the average shift in rank over the n units is
 * {@code R_S = (1/n) Σ_units |nominal rank − rank in the run|} (the Handbook's eq. 38, with the
 * Handbook's M units written n here). {@link #rankShift(int)} gives it per run and
 * {@link #meanRankShift()} its mean over the M runs, {@code (1/M) Σ_runs R_S}, which is also the
 * mean over units of {@link UnitUncertainty#meanRankShift()}. Immutable and thread-safe.
 */
public final class UncertaintyResult {
  private final ImmutableList<Factor> factors;
  private final ImmutableList<UnitUncertainty> units;
  private final double[] shifts;
  private final double meanShift;
  private final Ranking nominalRanking;
  private final long seed;
  private final IntFunction<Configuration> configurations;

  UncertaintyResult(ImmutableList<Factor> factors, ImmutableList<UnitUncertainty> units, double[] shifts,
      Ranking nominalRanking, long seed, IntFunction<Configuration> configurations) {
    this.factors = factors;
    this.units = units;
    this.shifts = shifts;
    double sum = 0;
    for (double s : shifts) {
      sum += s;
    }
    this.meanShift = sum / shifts.length;
    this.nominalRanking = nominalRanking;
    this.seed = seed;
    this.configurations = configurations;
  }

  /**
   * Returns the factors that varied, in the order declared.
   *
   * @return the factors
   */
  public ImmutableList<Factor> factors() {
    return factors;
  }

  /**
   * Returns every unit, in unit-code order.
   *
   * @return the units
   */
  public ImmutableList<UnitUncertainty> units() {
    return units;
  }

  /**
   * Finds a unit by its code.
   *
   * @param unitCode the code
   * @return the unit, or empty if it was not analysed
   */
  public Optional<UnitUncertainty> unit(String unitCode) {
    Objects.requireNonNull(unitCode, "unitCode");
    return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
  }

  /**
   * Returns the number of runs M.
   *
   * @return the runs
   */
  public int runs() {
    return shifts.length;
  }

  /**
   * Returns the seed the runs were drawn with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the mean over runs of the average shift in rank over units,
   * {@code (1/M) Σ_runs (1/n) Σ_units |nominal rank − rank|}.
   *
   * @return the mean shift, 0 or more
   */
  public double meanRankShift() {
    return meanShift;
  }

  /**
   * Returns the average shift in rank over units in one run, {@code R_S}.
   *
   * @param run the run, from 0
   * @return {@code (1/n) Σ_units |nominal rank − rank in the run|}
   * @throws InvalidValueException if there is no such run
   */
  public double rankShift(int run) {
    return shifts[check(run)];
  }

  /**
   * Returns the ranking of the units by their nominal composite, as
   * {@link Ranking#byComposite} gives it for the scorecards of the nominal profile; units without
   * a nominal composite are listed unranked.
   *
   * @return the nominal ranking
   */
  public Ranking nominalRanking() {
    return nominalRanking;
  }

  /**
   * Returns the configuration of one run: the point drawn, the profile it stands for and a scorer
   * that scores with it.
   *
   * @param run the run, from 0
   * @return the configuration
   * @throws InvalidValueException if there is no such run
   */
  public Configuration configuration(int run) {
    return configurations.apply(check(run));
  }

  private int check(int run) {
    if (run < 0 || run >= shifts.length) {
      throw new InvalidValueException("UncertaintyResult.run", run, "a run from 0 to " + (shifts.length - 1));
    }
    return run;
  }

  @Override
  public String toString() {
    return "UncertaintyResult{" + units.size() + " units, " + runs() + " runs, seed " + seed + ", mean rank shift "
        + meanShift + "}";
  }
}
