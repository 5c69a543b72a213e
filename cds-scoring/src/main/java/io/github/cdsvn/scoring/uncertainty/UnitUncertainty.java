package io.github.cdsvn.scoring.uncertainty;

import io.github.cdsvn.core.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one unit's rank varies over the runs of an {@link UncertaintyAnalysis}: its nominal rank,
 * the median and percentiles of its rank, its mean shift in rank, and its rank and composite in
 * every run.
 *
 * <h2>Ranks</h2>
 * In every run, as in {@link io.github.cdsvn.scoring.Ranking}, a unit's rank is 1 plus the number
 * of units with a strictly higher composite (ties share a rank: 1, 2, 2, 4). A unit whose
 * composite has no score in a run (its coverage below the threshold drawn) is placed after every
 * unit with one: its rank is 1 plus the number of units with a score, shared by every unit
 * without. The nominal rank follows the same rule.
 *
 * <h2>Statistics</h2>
 * Percentiles (the median included) interpolate linearly between order statistics of the M ranks
 * (Hyndman and Fan's type 7, R's default), so they may fall between whole ranks. The mean shift
 * in rank of this unit is {@code (1/M) Σ_runs |nominal rank − rank in the run|}, averaged over the
 * runs for this unit only; {@link UncertaintyResult#meanRankShift()} averages over units too.
 * Immutable and thread-safe.
 */
public final class UnitUncertainty {
  private final String unitCode;
  private final String unitName;
  private final int nominalRank;
  private final OptionalDouble nominalScore;
  private final int[] ranks;
  private final double[] scores;
  private final double[] sorted;
  private final double meanShift;
  private final int unscored;

  UnitUncertainty(String unitCode, String unitName, int nominalRank, double nominalScore, int[] ranks,
      double[] scores) {
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.nominalRank = nominalRank;
    this.nominalScore = Double.isNaN(nominalScore) ? OptionalDouble.empty() : OptionalDouble.of(nominalScore);
    this.ranks = ranks;
    this.scores = scores;
    this.sorted = Arrays.stream(ranks).asDoubleStream().sorted().toArray();
    long shift = 0;
    int none = 0;
    for (int i = 0; i < ranks.length; i++) {
      shift += Math.abs(nominalRank - ranks[i]);
      if (Double.isNaN(scores[i])) {
        none++;
      }
    }
    this.meanShift = (double) shift / ranks.length;
    this.unscored = none;
  }

  /**
   * Returns the unit's code.
   *
   * @return the code
   */
  public String unitCode() {
    return unitCode;
  }

  /**
   * Returns the unit's full name where the scorecards know the unit, else its code.
   *
   * @return the name, such as "Tỉnh Quảng Bình"
   */
  public String unitName() {
    return unitName;
  }

  /**
   * Returns the rank under the nominal configuration.
   *
   * @return the rank, from 1
   */
  public int nominalRank() {
    return nominalRank;
  }

  /**
   * Returns the composite index under the nominal configuration.
   *
   * @return the composite on 0–100, or empty where it has no score
   */
  public OptionalDouble nominalScore() {
    return nominalScore;
  }

  /**
   * Returns the median rank over the runs.
   *
   * @return the median, possibly halfway between two ranks
   */
  public double medianRank() {
    return Stats.quantile(sorted, 0.5);
  }

  /**
   * Returns a percentile of the rank over the runs.
   *
   * @param p the share, from 0 to 1 (0.05 for the 5th percentile)
   * @return the percentile
   * @throws InvalidValueException if p is outside [0, 1]
   */
  public double rankPercentile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new InvalidValueException("UnitUncertainty.rankPercentile.p", p, "a share, from 0 to 1");
    }
    return Stats.quantile(sorted, p);
  }

  /**
   * Returns the interval from the 5th to the 95th percentile of the rank over the runs.
   *
   * @return the interval
   */
  public Interval rankInterval() {
    return Interval.of(Stats.quantile(sorted, 0.05), Stats.quantile(sorted, 0.95));
  }

  /**
   * Returns the best and the worst rank of any run.
   *
   * @return the interval from the smallest rank to the largest
   */
  public Interval rankRange() {
    return Interval.of(sorted[0], sorted[sorted.length - 1]);
  }

  /**
   * Returns the mean absolute shift of this unit's rank against its nominal rank,
   * {@code (1/M) Σ_runs |nominal rank − rank|}.
   *
   * @return the mean shift, 0 or more
   */
  public double meanRankShift() {
    return meanShift;
  }

  /**
   * Returns the number of runs where the unit's composite had no score.
   *
   * @return the count, from 0 to the number of runs
   */
  public int unscoredRuns() {
    return unscored;
  }

  /**
   * Returns the unit's rank in one run.
   *
   * @param run the run, from 0
   * @return the rank
   * @throws InvalidValueException if there is no such run
   */
  public int rank(int run) {
    return ranks[check(run)];
  }

  /**
   * Returns the unit's composite index in one run.
   *
   * @param run the run, from 0
   * @return the composite on 0–100, or empty where it had no score
   * @throws InvalidValueException if there is no such run
   */
  public OptionalDouble score(int run) {
    double s = scores[check(run)];
    return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  private int check(int run) {
    if (run < 0 || run >= ranks.length) {
      throw new InvalidValueException("UnitUncertainty.run", run, "a run from 0 to " + (ranks.length - 1));
    }
    return run;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitUncertainty u && unitCode.equals(u.unitCode) && unitName.equals(u.unitName)
        && nominalRank == u.nominalRank && Arrays.equals(ranks, u.ranks) && Arrays.equals(scores, u.scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitCode, nominalRank, Arrays.hashCode(ranks));
  }

  @Override
  public String toString() {
    Interval i = rankInterval();
    return "UnitUncertainty{" + unitCode + ", nominal " + nominalRank + ", median " + medianRank() + ", 5–95% ["
        + i.lower() + ", " + i.upper() + "], mean shift " + meanShift + "}";
  }
}
