package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Scorer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.immutables.value.Value;

/**
 * The outcome of the Monte Carlo runs of an {@link UncertaintyAnalysis}: for every unit, in
 * unit-code order, how its rank varies ({@link UnitUncertainty}); the average shift in rank over
 * units, per run and over all runs; the nominal ranking; and the choices of every run.
 *
 * <p>For one run, the average shift in rank over the n units is
 * {@code R_S = (1/n) Σ_units |nominal rank − rank in the run|} (the Handbook's eq. 38, with the
 * Handbook's M units written n here). {@link #rankShift(int)} gives it per run and
 * {@link #meanRankShift()} its mean over the M runs, which is also the mean over units of
 * {@link UnitUncertainty#meanRankShift()}.
 *
 * <p>A result is not a value: it gives the choices of any run through the analysis that made it,
 * and two results are equal only when they are the same object. Immutable and thread-safe.
 */
public final class UncertaintyResult {
  private final ImmutableList<Factor> factors;
  private final ImmutableList<UnitUncertainty> units;
  private final double[] shifts;
  private final double meanShift;
  private final Ranking nominalRanking;
  private final long seed;
  private final IntFunction<RunChoices> choices;

  private UncertaintyResult(ImmutableList<Factor> factors, ImmutableList<UnitUncertainty> units, double[] shifts,
      Ranking nominalRanking, long seed, IntFunction<RunChoices> choices) {
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
    this.choices = choices;
  }

  /**
   * Gathers the runs of an analysis.
   *
   * @param factors the factors that varied
   * @param codes the units' codes, in unit-code order
   * @param names the units' names, in the same order
   * @param nominalScores each unit's nominal composite, NaN where it has none
   * @param nominalRanks each unit's nominal rank
   * @param scores {@code scores[unit][run]}: the composites, NaN where a unit has none
   * @param ranks {@code ranks[unit][run]}: the ranks
   * @param shifts the average shift in rank of each run
   * @param seed the seed the runs were drawn with
   * @param choices the choices of each run
   */
  static UncertaintyResult of(ImmutableList<Factor> factors, List<String> codes, List<String> names,
      double[] nominalScores, int[] nominalRanks, double[][] scores, int[][] ranks, double[] shifts, long seed,
      IntFunction<RunChoices> choices) {
    ImmutableList.Builder<UnitUncertainty> units = ImmutableList.builder();
    Ranking.Builder ranking = Ranking.builder(Direction.HIGHER_IS_BETTER);
    for (int u = 0; u < codes.size(); u++) {
      units.add(UnitUncertainty.of(codes.get(u), names.get(u), nominalRanks[u], score(nominalScores[u]),
          Ints.asList(ranks[u]), Arrays.stream(scores[u]).mapToObj(UncertaintyResult::score).toList()));
      if (Double.isNaN(nominalScores[u])) {
        ranking.addUnscored(codes.get(u));
      } else {
        ranking.add(codes.get(u), nominalScores[u]);
      }
    }
    return new UncertaintyResult(factors, units.build(), shifts, ranking.build(), seed, choices);
  }

  private static OptionalDouble score(double composite) {
    return Double.isNaN(composite) ? OptionalDouble.empty() : OptionalDouble.of(composite);
  }

  /**
   * Ranks composites as {@link UnitUncertainty} defines ranks: 1 plus the number of strictly higher
   * composites, units without one (NaN) after all others.
   *
   * @param scores the composites, NaN where a unit has none
   * @return the ranks, in the same order
   */
  static int[] ranks(double[] scores) {
    double[] scored = Arrays.stream(scores).filter(s -> !Double.isNaN(s)).map(s -> s + 0.0).sorted().toArray();
    int[] r = new int[scores.length];
    for (int u = 0; u < scores.length; u++) {
      if (Double.isNaN(scores[u])) {
        r[u] = scored.length + 1;
        continue;
      }
      double v = scores[u] + 0.0;
      int lo = 0;
      int hi = scored.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (scored[mid] <= v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      r[u] = 1 + scored.length - lo;
    }
    return r;
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
   * Returns the choices of one run: the point drawn, the profile it stands for and a scorer that
   * scores with it.
   *
   * @param run the run, from 0
   * @return the run's choices
   * @throws InvalidValueException if there is no such run
   */
  public RunChoices configuration(int run) {
    return choices.apply(check(run));
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

  /**
   * The choices of one run of an {@link UncertaintyAnalysis}, or the nominal ones: the point drawn
   * and the full profile it stands for — rules, aggregators, coverage threshold and weights, every
   * weight that varies written out by target key or pillar.
   *
   * <p>{@link #scorer()} scores with exactly these choices: the composite indices of its
   * scorecards are, bit for bit, those the analysis computed for the run, and their targets
   * explain every number. Two are equal when all four parts are. Immutable and thread-safe.
   */
  @Value.Immutable
  @SuppressWarnings("exports") // Immutables annotations are compile-time only
  @ValueStyle
  public abstract static class RunChoices {
    RunChoices() {}

    static RunChoices of(OptionalInt run, List<Double> point, Profile profile, Scorer scorer) {
      return ImmutableRunChoices.of(run, point, profile, scorer);
    }

    /**
     * Returns the run's number.
     *
     * @return the number, from 0, or empty for the nominal choices
     */
    @Value.Parameter
    public abstract OptionalInt run();

    /**
     * Returns the point drawn.
     *
     * @return one number in [0, 1) per column of the factors in their order, or none for the
     *     nominal choices
     */
    @Value.Parameter
    public abstract List<Double> point();

    /**
     * Returns the profile the run scores with.
     *
     * @return the profile, named {@code uncertainty-run} (for the nominal choices, the analysis's
     *     profile itself)
     */
    @Value.Parameter
    public abstract Profile profile();

    /**
     * Returns a scorer with this profile and the analysis's unit registry and level mapping.
     *
     * @return the scorer
     */
    @Value.Parameter
    public abstract Scorer scorer();
  }


  /**
   * How one unit's rank varies over the runs of an {@link UncertaintyAnalysis}: its nominal rank
   * and composite, its rank and composite in every run, and the median, percentiles and mean
   * shift of its rank.
   *
   * <p>In every run, as in {@link Ranking}, a unit's rank is 1 plus the number of units with a
   * strictly higher composite (ties share a rank: 1, 2, 2, 4); a unit without a composite in a run
   * comes after every unit with one. Percentiles, the median included, interpolate linearly between
   * order statistics (R's default, type 7), so they may fall between whole ranks. Two are equal
   * when every part is. Immutable and thread-safe.
   */
  @Value.Immutable
  @SuppressWarnings("exports") // Immutables annotations are compile-time only
  @ValueStyle
  public abstract static class UnitUncertainty {
    UnitUncertainty() {}

    static UnitUncertainty of(String unitCode, String unitName, int nominalRank, OptionalDouble nominalScore,
        List<Integer> ranks, List<OptionalDouble> scores) {
      return ImmutableUnitUncertainty.of(unitCode, unitName, nominalRank, nominalScore, ranks, scores);
    }

    /**
     * Returns the unit's code.
     *
     * @return the code
     */
    @Value.Parameter
    public abstract String unitCode();

    /**
     * Returns the unit's full name where the scorecards know the unit, else its code.
     *
     * @return the name
     */
    @Value.Parameter
    public abstract String unitName();

    /**
     * Returns the rank under the nominal configuration.
     *
     * @return the rank, from 1
     */
    @Value.Parameter
    public abstract int nominalRank();

    /**
     * Returns the composite index on 0–100 under the nominal configuration.
     *
     * @return the composite, or empty where it has no score
     */
    @Value.Parameter
    public abstract OptionalDouble nominalScore();

    /**
     * Returns the unit's rank in each run.
     *
     * @return the ranks, by run
     */
    @Value.Parameter
    public abstract List<Integer> ranks();

    /**
     * Returns the unit's composite index on 0–100 in each run.
     *
     * @return the composites, by run, empty where there was no score
     */
    @Value.Parameter
    public abstract List<OptionalDouble> scores();

    @Value.Check
    void check() {
      InvalidValueException.requireNonBlank("UnitUncertainty.unitCode", unitCode());
      InvalidValueException.requireNonBlank("UnitUncertainty.unitName", unitName());
      InvalidValueException.requireInRange("UnitUncertainty.nominalRank", nominalRank(), 1, Integer.MAX_VALUE);
      if (ranks().isEmpty()) {
        throw new InvalidValueException("UnitUncertainty.ranks", "none", "at least one run");
      }
      for (int i = 0; i < ranks().size(); i++) {
        InvalidValueException.requireInRange("UnitUncertainty.ranks[" + i + "]", ranks().get(i), 1, Integer.MAX_VALUE);
      }
      if (scores().size() != ranks().size()) {
        throw new InvalidValueException("UnitUncertainty.scores", scores().size() + " composites",
            "one per run, " + ranks().size());
      }
    }

    private double[] sortedRanks() {
      return ranks().stream().mapToDouble(Integer::doubleValue).sorted().toArray();
    }

    /**
     * Returns the median rank over the runs.
     *
     * @return the median, possibly halfway between two ranks
     */
    public double medianRank() {
      return Quantiles.at(sortedRanks(), 0.5);
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
      return Quantiles.at(sortedRanks(), p);
    }

    /**
     * Returns the interval from the 5th to the 95th percentile of the rank over the runs.
     *
     * @return the interval
     */
    public Interval rankInterval() {
      double[] sorted = sortedRanks();
      return new Interval(Quantiles.at(sorted, 0.05), Quantiles.at(sorted, 0.95));
    }

    /**
     * Returns the best and the worst rank of any run.
     *
     * @return the interval from the smallest rank to the largest
     */
    public Interval rankRange() {
      double[] sorted = sortedRanks();
      return new Interval(sorted[0], sorted[sorted.length - 1]);
    }

    /**
     * Returns the mean absolute shift of this unit's rank against its nominal rank,
     * {@code (1/M) Σ_runs |nominal rank − rank|}, averaged over the runs for this unit only;
     * {@link UncertaintyResult#meanRankShift()} averages over units too.
     *
     * @return the mean shift, 0 or more
     */
    public double meanRankShift() {
      long shift = 0;
      for (int r : ranks()) {
        shift += Math.abs(nominalRank() - r);
      }
      return (double) shift / ranks().size();
    }

    /**
     * Returns the number of runs where the unit's composite had no score.
     *
     * @return the count, from 0 to the number of runs
     */
    public int unscoredRuns() {
      return (int) scores().stream().filter(OptionalDouble::isEmpty).count();
    }

    /**
     * Returns the unit's rank in one run.
     *
     * @param run the run, from 0
     * @return the rank
     * @throws InvalidValueException if there is no such run
     */
    public int rank(int run) {
      return ranks().get(check(run));
    }

    /**
     * Returns the unit's composite index in one run.
     *
     * @param run the run, from 0
     * @return the composite on 0–100, or empty where it had no score
     * @throws InvalidValueException if there is no such run
     */
    public OptionalDouble score(int run) {
      return scores().get(check(run));
    }

    private int check(int run) {
      if (run < 0 || run >= ranks().size()) {
        throw new InvalidValueException("UnitUncertainty.run", run, "a run from 0 to " + (ranks().size() - 1));
      }
      return run;
    }

    @Override
    public String toString() {
      Interval i = rankInterval();
      return "UnitUncertainty{" + unitCode() + ", nominal " + nominalRank() + ", median " + medianRank() + ", 5–95% ["
          + i.lower() + ", " + i.upper() + "], mean shift " + meanRankShift() + "}";
    }
  }
}
