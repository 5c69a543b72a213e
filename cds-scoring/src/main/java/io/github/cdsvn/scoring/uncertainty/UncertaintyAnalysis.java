package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.RunChoices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uncertainty and sensitivity analysis of a ranking by composite index: how much each unit's
 * rank depends on the weights, the aggregators, the attainment rules and the coverage threshold
 * (step 7 of the OECD/JRC Handbook on Constructing Composite Indicators, 2008).
 *
 * <pre>{@code
 * UncertaintyAnalysis analysis = UncertaintyAnalysis.builder()
 *     .scorer(scorer).observations(observations).asOf(LocalDate.of(2024, 12, 31))
 *     .plan(quangBinh).plan(bacGiang).plan(ngheAn)                 // each scored for its own unit
 *     .factor(Factor.pillarWeights(Factor.Perturbation.relative(0.5)))
 *     .factor(Factor.coverageThreshold(0.6, 1.0))
 *     .runs(2000).seed(42).build();
 * UncertaintyResult u = analysis.run();
 * u.unit("44").orElseThrow().rankInterval();                      // 5th–95th percentile of the rank
 * SensitivityResult s = analysis.sensitivity();                    // S_i and S_Ti per factor
 * }</pre>
 *
 * <p>The units are those of the plans, each once, in unit-code order; the nominal configuration
 * is the scorer's profile. {@link #run()} ranks the units at {@link Builder#runs(int) M} drawn
 * points ({@link UncertaintyResult}); {@link #sensitivity()} estimates the indices of every factor
 * for each unit's rank and the mean rank shift ({@link SensitivityResult}). How a run is computed
 * is told in the {@linkplain io.github.cdsvn.scoring.uncertainty package documentation}. Results
 * depend on the seed only, not on the number of threads. Immutable and thread-safe.
 */
public final class UncertaintyAnalysis {
  private static final String RUN_PROFILE = "uncertainty-run";

  private final Scorer scorer;
  private final ObservationSet observations;
  private final LocalDate asOf;
  private final ImmutableList<ScoredPlan> entries;
  private final ImmutableList<String> units;
  private final ChoiceSpace space;
  private final int runs;
  private final long seed;
  private final int threads;
  private final int samples;
  private final int resamples;
  private final double level;
  private final ImmutableList<String> sensitivityUnits;
  /** The scorecards of every unit for each combination of rules scored so far. */
  private final ConcurrentHashMap<List<Integer>, List<Scorecard>> scored = new ConcurrentHashMap<>();

  /** A plan, scored for its adopting unit or for a list of units. */
  record ScoredPlan(Plan plan, Optional<ImmutableList<String>> units) {}

  private UncertaintyAnalysis(AnalysisDeclaration b, AnalysisLayout layout) {
    this.scorer = b.scorer;
    this.observations = b.observations;
    this.asOf = b.asOf;
    this.entries = ImmutableList.copyOf(b.plans);
    this.units = layout.units();
    this.space = layout.space();
    this.runs = b.runs;
    this.seed = b.seed;
    this.threads = b.threads;
    this.samples = b.samples;
    this.resamples = b.resamples;
    this.level = b.level;
    this.sensitivityUnits = layout.studied();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with the standard scorer, 1000 runs, N = 256 samples, 500 bootstrap
   *     resamples at 95%, seed 0 and one thread per processor
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the codes of the units analysed, in code order} */
  public ImmutableList<String> units() {
    return units;
  }

  /** {@return the factors, in the order declared} */
  public ImmutableList<Factor> factors() {
    return space.factors;
  }

  /**
   * {@return the number D of columns a run draws: one per weight of each weight factor, one per
   * other factor}
   */
  public int dimension() {
    return space.dimension;
  }

  /** {@return the number of Monte Carlo runs M of {@link #run()}} */
  public int runs() {
    return runs;
  }

  /** {@return the number of runs of {@link #sensitivity()}: {@code N·(d + 2)} for d factors} */
  public int sensitivityRuns() {
    return samples * (space.factors.size() + 2);
  }

  /** {@return the seed of every draw} */
  public long seed() {
    return seed;
  }

  /** {@return the nominal choices, the scorer's profile as it is, without a run number or a point} */
  public RunChoices nominal() {
    return RunChoices.of(OptionalInt.empty(), List.of(), space.base, scorer);
  }

  /**
   * Runs the Monte Carlo uncertainty analysis.
   *
   * @return the result
   * @throws InvalidValueException if a perturbation draws a weight that is negative or not finite,
   *     or an aggregator returns a score that is not finite or is negative
   */
  public UncertaintyResult run() {
    return run(ProgressListener.NONE, Cancellation.create());
  }

  /**
   * Runs the Monte Carlo uncertainty analysis, reporting progress and heeding a cancellation.
   *
   * @param listener hears progress, in runs out of {@link #runs()}
   * @param cancellation stops the analysis when cancelled
   * @return the result
   * @throws InvalidValueException if a perturbation draws a weight that is negative or not finite,
   *     or an aggregator returns a score that is not finite or is negative
   * @throws java.util.concurrent.CancellationException if the cancellation was cancelled before the
   *     analysis returned
   */
  public UncertaintyResult run(ProgressListener listener, Cancellation cancellation) {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(cancellation, "cancellation");
    Nominal nominal = nominalRanks();
    double[][] points = space.draw(runs, seed);
    int n = units.size();
    double[][] scores = new double[n][runs];
    int[][] ranks = new int[n][runs];
    double[] shifts = new double[runs];
    ParallelRuns.execute(runs, threads, i -> {
      ChoiceSpace.Run run = space.decode(points[i]);
      double[] s = composites(run);
      int[] r = UncertaintyResult.ranks(s);
      long shift = 0;
      for (int u = 0; u < n; u++) {
        scores[u][i] = s[u];
        ranks[u][i] = r[u];
        shift += Math.abs(nominal.ranks[u] - r[u]);
      }
      shifts[i] = (double) shift / n;
    }, listener, cancellation);
    return UncertaintyResult.of(space.factors, units, nominal.names, nominal.scores, nominal.ranks, scores, ranks,
        shifts, seed, i -> {
          ChoiceSpace.Run run = space.decode(points[i]);
          Profile p = space.profile(run, RUN_PROFILE);
          return RunChoices.of(OptionalInt.of(i), Arrays.stream(points[i]).boxed().toList(), p, scorerFor(p));
        });
  }

  /**
   * Estimates the first-order and total-effect index of every factor, for the rank of each unit
   * and for the average shift in rank over units.
   *
   * @return the indices: outputs "Hạng: ‹unit› (‹code›)" / "Rank: ‹unit› (‹code›)" in unit-code
   *     order, then "Độ dịch chuyển hạng trung bình" / "Mean rank shift"
   * @throws InvalidValueException if a perturbation draws a weight that is negative or not finite,
   *     or an aggregator returns a score that is not finite or is negative
   */
  public SensitivityResult sensitivity() {
    return sensitivity(ProgressListener.NONE, Cancellation.create());
  }

  /**
   * Estimates the sensitivity indices, reporting progress and heeding a cancellation.
   *
   * @param listener hears progress, in runs out of {@link #sensitivityRuns()}
   * @param cancellation stops the analysis when cancelled
   * @return the indices, as {@link #sensitivity()} describes them
   * @throws InvalidValueException if a perturbation draws a weight that is negative or not finite,
   *     or an aggregator returns a score that is not finite or is negative
   * @throws java.util.concurrent.CancellationException if the cancellation was cancelled before the
   *     analysis returned
   */
  public SensitivityResult sensitivity(ProgressListener listener, Cancellation cancellation) {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(cancellation, "cancellation");
    Nominal nominal = nominalRanks();
    Sensitivity.Builder b = Sensitivity.builder().samples(samples).bootstrap(resamples).confidenceLevel(level)
        .seed(seed).threads(threads);
    for (int i = 0; i < space.factors.size(); i++) {
      b.factor(space.factors.get(i).label(), space.widths[i]);
    }
    int[] studied = new int[sensitivityUnits.size()];
    for (int j = 0; j < studied.length; j++) {
      studied[j] = units.indexOf(sensitivityUnits.get(j));
      String name = nominal.names.get(studied[j]) + " (" + sensitivityUnits.get(j) + ")";
      b.output(Label.of("Hạng: " + name, "Rank: " + name));
    }
    b.output(meanRankShift());
    int n = units.size();
    Sensitivity.Model model = point -> {
      ChoiceSpace.Run run = space.decode(point);
      int[] r = UncertaintyResult.ranks(composites(run));
      double[] out = new double[studied.length + 1];
      long shift = 0;
      for (int u = 0; u < n; u++) {
        shift += Math.abs(nominal.ranks[u] - r[u]);
      }
      for (int j = 0; j < studied.length; j++) {
        out[j] = r[studied[j]];
      }
      out[studied.length] = (double) shift / n;
      return out;
    };
    return b.build().estimate(model, listener, cancellation);
  }

  /**
   * Returns the name of the last output of {@link #sensitivity()}: the average shift in rank over
   * units.
   *
   * @return "Độ dịch chuyển hạng trung bình" / "Mean rank shift"
   */
  public static Label meanRankShift() {
    return Label.of("Độ dịch chuyển hạng trung bình", "Mean rank shift");
  }

  /** The nominal composites, ranks and unit names. */
  private record Nominal(double[] scores, int[] ranks, List<String> names) {}

  private Nominal nominalRanks() {
    List<Scorecard> cards = scored.computeIfAbsent(key(space.nominalRules), k -> cards(scorer));
    double[] scores = new double[cards.size()];
    for (int u = 0; u < scores.length; u++) {
      scores[u] = cards.get(u).composite().score().orElse(Double.NaN);
    }
    List<String> names = new ArrayList<>(cards.size());
    for (Scorecard c : cards) {
      names.add(c.unit().map(AdministrativeUnit::fullName).orElse(c.unitCode()));
    }
    return new Nominal(scores, UncertaintyResult.ranks(scores), names);
  }

  /** Every unit's composite in a run ({@code NaN} for none), re-aggregated by the engine. */
  private double[] composites(ChoiceSpace.Run run) {
    List<Scorecard> cards = scored.computeIfAbsent(key(run.rules), k -> cards(scorerFor(space.ruleProfile(run.rules))));
    Profile profile = space.profile(run, RUN_PROFILE);
    double[] out = new double[cards.size()];
    for (int u = 0; u < out.length; u++) {
      out[u] = scorer.reaggregate(cards.get(u), profile).composite().score().orElse(Double.NaN);
    }
    return out;
  }

  private static List<Integer> key(int[] rules) {
    return Arrays.stream(rules).boxed().toList();
  }

  private Scorer scorerFor(Profile profile) {
    Scorer.Builder b = Scorer.builder().profile(profile).serviceLoader(false);
    scorer.unitRegistry().ifPresent(b::unitRegistry);
    scorer.levelMapping().forEach(b::mapLevel);
    return b.build();
  }

  /** The scorecards of every unit, in the units' order. */
  private List<Scorecard> cards(Scorer s) {
    Map<String, Scorecard> byUnit = new HashMap<>();
    for (ScoredPlan e : entries) {
      if (e.units().isEmpty()) {
        byUnit.put(e.plan().unit().code(), s.score(e.plan(), observations, asOf));
      } else {
        for (Scorecard c : s.scoreAll(e.plan(), e.units().get(), observations, asOf)) {
          byUnit.put(c.unitCode(), c);
        }
      }
    }
    List<Scorecard> out = new ArrayList<>(units.size());
    for (String u : units) {
      out.add(Objects.requireNonNull(byUnit.get(u), u));
    }
    return out;
  }

  @Override
  public String toString() {
    return "UncertaintyAnalysis{" + units.size() + " units, " + space.factors.size() + " factors, " + runs
        + " runs, N = " + samples + ", seed " + seed + "}";
  }

  /**
   * Declares an {@link UncertaintyAnalysis}: the scorer, the observations and as-of date, the
   * plans and units, the factors, and the design. Setters check their value; {@link #build()}
   * checks the whole. Not thread-safe: use from one thread.
   */
  public static final class Builder {
    private final AnalysisDeclaration declared = new AnalysisDeclaration();

    private Builder() {}

    /**
     * Sets the scorer: its profile is the nominal configuration, and its unit registry and level
     * mapping are used for every run.
     *
     * @param scorer the scorer
     * @return this builder
     */
    public Builder scorer(Scorer scorer) {
      declared.scorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /**
     * Sets the observations scored.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder observations(ObservationSet observations) {
      declared.observations = Objects.requireNonNull(observations, "observations");
      return this;
    }

    /**
     * Sets the as-of date.
     *
     * @param asOf the date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      declared.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Adds a plan scored for the unit that adopted it.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder plan(Plan plan) {
      declared.plan(plan);
      return this;
    }

    /**
     * Adds a plan scored for several units, such as the national programme for every province.
     *
     * @param plan the plan
     * @param unitCodes the units' codes, at least one, none blank or repeated
     * @return this builder
     * @throws InvalidValueException if there is no code, or one is blank or repeated
     */
    public Builder plan(Plan plan, Collection<String> unitCodes) {
      declared.plan(plan, unitCodes);
      return this;
    }

    /**
     * Adds a factor.
     *
     * @param factor the factor; no other factor may set the same choice
     * @return this builder
     * @throws InvalidValueException if another factor sets the same choice (two pillar-weight
     *     factors, two rule factors for one kind of bound, two threshold factors)
     */
    public Builder factor(Factor factor) {
      declared.factor(factor);
      return this;
    }

    /**
     * Sets the number of Monte Carlo runs M of {@link UncertaintyAnalysis#run()}.
     *
     * @param runs at least 1
     * @return this builder
     * @throws InvalidValueException if runs is 0 or negative
     */
    public Builder runs(int runs) {
      declared.runs(runs);
      return this;
    }

    /**
     * Sets the seed of every draw.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      declared.seed = seed;
      return this;
    }

    /**
     * Sets the number of threads runs are spread over, the calling thread included.
     *
     * @param threads at least 1
     * @return this builder
     * @throws InvalidValueException if below 1
     */
    public Builder threads(int threads) {
      declared.threads(threads);
      return this;
    }

    /**
     * Sets N, the rows of each of the matrices A and B of {@link UncertaintyAnalysis#sensitivity()}.
     *
     * @param n at least {@value Sensitivity#MIN_SAMPLES}
     * @return this builder
     * @throws InvalidValueException if N is too small to resample
     */
    public Builder samples(int n) {
      declared.samples(n);
      return this;
    }

    /**
     * Sets the number of bootstrap resamples of the sensitivity indices' intervals.
     *
     * @param resamples at least {@value Sensitivity#MIN_RESAMPLES}
     * @return this builder
     * @throws InvalidValueException if there are too few
     */
    public Builder bootstrap(int resamples) {
      declared.bootstrap(resamples);
      return this;
    }

    /**
     * Sets the confidence level of the sensitivity indices' intervals.
     *
     * @param level above 0 and below 1
     * @return this builder
     * @throws InvalidValueException if out of range
     */
    public Builder confidenceLevel(double level) {
      declared.confidenceLevel(level);
      return this;
    }

    /**
     * Limits the rank outputs of {@link UncertaintyAnalysis#sensitivity()} to some units (all by
     * default); the mean shift in rank is always an output.
     *
     * @param unitCodes codes of units analysed, none repeated; checked when built
     * @return this builder
     */
    public Builder sensitivityUnits(Collection<String> unitCodes) {
      declared.sensitivityUnits(unitCodes);
      return this;
    }

    /**
     * Builds the analysis.
     *
     * @return the analysis
     * @throws InvalidValueException if the observations or the as-of date are missing; there is no
     *     plan, no target or no factor; a unit comes twice; a discrete factor does not offer the
     *     profile's own choice or a threshold range does not hold its threshold; or a unit named
     *     for the sensitivity outputs is not analysed or is named twice
     */
    public UncertaintyAnalysis build() {
      return new UncertaintyAnalysis(declared, declared.layout());
    }
  }
}
