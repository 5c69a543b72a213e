package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.plan.TargetKey;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *     .factor(Factor.pillarWeights(Perturbation.relative(0.5)))
 *     .factor(Factor.pillarAggregator(List.of(Aggregator.arithmetic(), Aggregator.geometric())))
 *     .factor(Factor.coverageThreshold(0.6, 1.0))
 *     .runs(2000).seed(42).build();
 * UncertaintyResult u = analysis.run();
 * u.unit("44").orElseThrow().rankInterval();                      // 5th–95th percentile of the rank
 * SensitivityResult s = analysis.sensitivity();                    // S_i and S_Ti per factor
 * }</pre>
 *
 * <h2>Units and the nominal configuration</h2>
 * The units are those of the plans given: a plan scored for its adopting unit
 * ({@link Builder#plan(Plan)}), or for a list of units ({@link Builder#plan(Plan, Collection)});
 * each unit once, listed in unit-code order. The nominal configuration is the scorer's profile as
 * it is; every discrete factor must offer the profile's own choice, and a threshold range must hold
 * the profile's threshold, so that the nominal configuration is in the space sampled.
 *
 * <h2>How runs are computed</h2>
 * Every run draws a point of [0, 1)<sup>D</sup>, one column per weight of a weight factor and one
 * per other factor, and maps it to a configuration ({@link Configuration}). Targets are scored with
 * the scorer once per distinct combination of the attainment rules drawn; a run then only
 * aggregates those attainments again with its weights, aggregators and threshold, through the
 * scorer's engine ({@link io.github.cdsvn.scoring.Scorer#reaggregate}). The composites of a run
 * equal, bit for bit, those of the scorecards that {@link Configuration#scorer()} gives. Ranks follow {@link UnitUncertainty}.
 *
 * <h2>Uncertainty: {@link #run()}</h2>
 * M = {@link Builder#runs(int) runs} points drawn at random; for each unit its nominal rank,
 * median rank, 5th–95th percentile interval and mean shift in rank, and over all units the mean
 * shift in rank ({@link UncertaintyResult}).
 *
 * <h2>Sensitivity: {@link #sensitivity()}</h2>
 * The first-order and total-effect index of every factor, as {@link Sensitivity} estimates them
 * on N = {@link Builder#samples(int) samples} rows ({@code N·(d + 2)} runs for d factors), for
 * these outputs: the rank of each unit ({@link Builder#sensitivityUnits(Collection) or of some}),
 * then the average shift in rank over units, {@code R_S}. Ranks rather than composite scores are
 * studied: a composite may have no score in a run, a rank always exists, and the ranking is what
 * the analysis is about. A weight factor is one group factor, whatever the number of weights.
 *
 * <h2>Seeds, threads, progress and cancellation</h2>
 * The points are drawn before any run from a {@link SplittableRandom} seeded with the
 * {@link Builder#seed(long) seed}, and each run's result is stored by its number: results depend
 * on the seed only, not on the number of {@link Builder#threads(int) threads}. Progress is reported
 * in runs ({@link ProgressListener}); a {@link Cancellation} stops an analysis, which then throws
 * {@link java.util.concurrent.CancellationException} and returns nothing.
 *
 * <p>An analysis is immutable and thread-safe (it keeps, internally, the attainments of the rule
 * combinations it has scored); each call of {@link #run()} or {@link #sensitivity()} is independent.
 */
public final class UncertaintyAnalysis {
  private static final String RUN_PROFILE = "uncertainty-run";

  private final Scorer scorer;
  private final ObservationSet observations;
  private final LocalDate asOf;
  private final ImmutableList<Entry> entries;
  private final ImmutableList<String> units;
  private final Space space;
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
  private record Entry(Plan plan, Optional<ImmutableList<String>> units) {}

  private UncertaintyAnalysis(Builder b, ImmutableList<String> units, Space space,
      ImmutableList<String> sensitivityUnits) {
    this.scorer = b.scorer;
    this.observations = b.observations;
    this.asOf = b.asOf;
    this.entries = ImmutableList.copyOf(b.entries);
    this.units = units;
    this.space = space;
    this.runs = b.runs;
    this.seed = b.seed;
    this.threads = b.threads;
    this.samples = b.samples;
    this.resamples = b.resamples;
    this.level = b.level;
    this.sensitivityUnits = sensitivityUnits;
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

  /**
   * Returns the codes of the units analysed.
   *
   * @return the codes, in order
   */
  public ImmutableList<String> units() {
    return units;
  }

  /**
   * Returns the factors, in the order declared.
   *
   * @return the factors
   */
  public ImmutableList<Factor> factors() {
    return space.factors;
  }

  /**
   * Returns the number of columns a run draws: one per weight of each weight factor, one per other
   * factor.
   *
   * @return the dimension D
   */
  public int dimension() {
    return space.dimension;
  }

  /**
   * Returns the number of Monte Carlo runs M of {@link #run()}.
   *
   * @return the runs
   */
  public int runs() {
    return runs;
  }

  /**
   * Returns the number of runs of {@link #sensitivity()}: {@code N·(d + 2)} for d factors.
   *
   * @return the runs
   */
  public int sensitivityRuns() {
    return samples * (space.factors.size() + 2);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the nominal configuration: the scorer's profile as it is.
   *
   * @return the configuration, without a run number or a point
   */
  public Configuration nominal() {
    return new Configuration(OptionalInt.empty(), ImmutableList.of(), space.base, scorer);
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
    int d = space.dimension;
    double[][] points = new double[runs][d];
    SplittableRandom random = new SplittableRandom(seed);
    for (double[] row : points) {
      for (int c = 0; c < d; c++) {
        row[c] = random.nextDouble();
      }
    }
    int n = units.size();
    double[][] scores = new double[n][runs];
    int[][] ranks = new int[n][runs];
    double[] shifts = new double[runs];
    Runner.run(runs, threads, i -> {
      Space.Run run = space.decode(points[i]);
      double[] s = composites(run);
      int[] r = ranks(s);
      long shift = 0;
      for (int u = 0; u < n; u++) {
        scores[u][i] = s[u];
        ranks[u][i] = r[u];
        shift += Math.abs(nominal.ranks[u] - r[u]);
      }
      shifts[i] = (double) shift / n;
    }, listener, cancellation);
    ImmutableList.Builder<UnitUncertainty> out = ImmutableList.builder();
    for (int u = 0; u < n; u++) {
      out.add(new UnitUncertainty(units.get(u), nominal.names.get(u), nominal.ranks[u], nominal.scores[u], ranks[u],
          scores[u]));
    }
    Ranking.Builder ranking = Ranking.builder(Direction.HIGHER_IS_BETTER);
    for (int u = 0; u < n; u++) {
      double s = nominal.scores[u];
      ranking.add(units.get(u), Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s));
    }
    return new UncertaintyResult(space.factors, out.build(), shifts, ranking.build(), seed, i -> {
      Space.Run run = space.decode(points[i]);
      Profile p = space.profile(run, RUN_PROFILE);
      return new Configuration(OptionalInt.of(i), Arrays.stream(points[i]).boxed()
          .collect(ImmutableList.toImmutableList()), p, scorerFor(p));
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
    Model model = point -> {
      Space.Run run = space.decode(point);
      int[] r = ranks(composites(run));
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
    return new Nominal(scores, ranks(scores), names);
  }

  /**
   * The composite of every unit under a configuration, {@code NaN} where a unit has none: the
   * scorecards of its rule combination, scored once, re-aggregated with its profile by the
   * engine ({@link Scorer#reaggregate}).
   */
  private double[] composites(Space.Run run) {
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
    for (Entry e : entries) {
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

  /** Ranks as {@link UnitUncertainty} defines them: units without a score after all others. */
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
    private Scorer scorer = Scorer.standard();
    private ObservationSet observations;
    private LocalDate asOf;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Factor> factors = new ArrayList<>();
    private int runs = 1000;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int samples = 256;
    private int resamples = 500;
    private double level = 0.95;
    private List<String> sensitivityUnits;

    private Builder() {}

    /**
     * Sets the scorer: its profile is the nominal configuration, and its unit registry and level
     * mapping are used for every run.
     *
     * @param scorer the scorer
     * @return this builder
     */
    public Builder scorer(Scorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /**
     * Sets the observations scored.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder observations(ObservationSet observations) {
      this.observations = Objects.requireNonNull(observations, "observations");
      return this;
    }

    /**
     * Sets the as-of date.
     *
     * @param asOf the date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Adds a plan scored for the unit that adopted it.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder plan(Plan plan) {
      entries.add(new Entry(Objects.requireNonNull(plan, "plan"), Optional.empty()));
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
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(unitCodes, "unitCodes");
      if (unitCodes.isEmpty()) {
        throw new InvalidValueException("UncertaintyAnalysis.unitCodes", "none", "at least one unit; plan " + plan.id());
      }
      Set<String> seen = new HashSet<>();
      for (String c : unitCodes) {
        Objects.requireNonNull(c, "unitCodes[]");
        if (c.isBlank()) {
          throw new InvalidValueException("UncertaintyAnalysis.unitCodes", c, "a unit code, not blank; plan " + plan.id());
        }
        if (!seen.add(c)) {
          throw new InvalidValueException("UncertaintyAnalysis.unitCodes", c, "each unit once; plan " + plan.id());
        }
      }
      entries.add(new Entry(plan, Optional.of(ImmutableList.copyOf(unitCodes))));
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
      Objects.requireNonNull(factor, "factor");
      for (Factor f : factors) {
        if (f.target().equals(factor.target())) {
          throw new InvalidValueException("UncertaintyAnalysis.factors", factor.label().en(),
              "one factor per choice; already declared: " + f.describe().en());
        }
      }
      factors.add(factor);
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
      if (runs <= 0) {
        throw new InvalidValueException("UncertaintyAnalysis.runs", runs, "at least 1 run");
      }
      this.runs = runs;
      return this;
    }

    /**
     * Sets the seed of every draw.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
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
      if (threads < 1) {
        throw new InvalidValueException("UncertaintyAnalysis.threads", threads, "at least 1");
      }
      this.threads = threads;
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
      if (n < Sensitivity.MIN_SAMPLES) {
        throw new InvalidValueException("UncertaintyAnalysis.samples", n,
            "at least " + Sensitivity.MIN_SAMPLES + " rows, so that resampling them for the intervals means something");
      }
      this.samples = n;
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
      if (resamples < Sensitivity.MIN_RESAMPLES) {
        throw new InvalidValueException("UncertaintyAnalysis.bootstrap", resamples,
            "at least " + Sensitivity.MIN_RESAMPLES + " resamples");
      }
      this.resamples = resamples;
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
      if (!(level > 0 && level < 1)) {
        throw new InvalidValueException("UncertaintyAnalysis.confidenceLevel", level, "above 0 and below 1");
      }
      this.level = level;
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
      this.sensitivityUnits = List.copyOf(Objects.requireNonNull(unitCodes, "unitCodes"));
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
      if (observations == null) {
        throw new InvalidValueException("UncertaintyAnalysis.observations", "none", "required");
      }
      if (asOf == null) {
        throw new InvalidValueException("UncertaintyAnalysis.asOf", "none", "required");
      }
      if (entries.isEmpty()) {
        throw new InvalidValueException("UncertaintyAnalysis.plans", "none", "at least one plan");
      }
      if (factors.isEmpty()) {
        throw new InvalidValueException("UncertaintyAnalysis.factors", "none", "at least one factor");
      }
      TreeSet<String> codes = new TreeSet<>();
      TreeSet<Pillar> pillars = new TreeSet<>();
      TreeMap<String, Target> keys = new TreeMap<>();
      for (Entry e : entries) {
        List<String> of = e.units().isPresent() ? e.units().get() : List.of(e.plan().unit().code());
        for (String c : of) {
          if (!codes.add(c)) {
            throw new InvalidValueException("UncertaintyAnalysis.units", c, "each unit once, in one plan");
          }
        }
        for (Target t : e.plan().targets()) {
          pillars.add(t.indicator().pillar());
          keys.putIfAbsent(t.key().toString(), t);
        }
      }
      if (keys.isEmpty()) {
        throw new InvalidValueException("UncertaintyAnalysis.plans", entries.size() + " plans without targets",
            "at least one target to score");
      }
      ImmutableList<String> units = ImmutableList.copyOf(codes);
      ImmutableList<String> studied = units;
      if (sensitivityUnits != null) {
        Set<String> seen = new HashSet<>();
        for (String c : sensitivityUnits) {
          if (!codes.contains(c)) {
            throw new InvalidValueException("UncertaintyAnalysis.sensitivityUnits", c,
                "a unit analysed: " + String.join(", ", units));
          }
          if (!seen.add(c)) {
            throw new InvalidValueException("UncertaintyAnalysis.sensitivityUnits", c, "each unit once");
          }
        }
        studied = ImmutableList.copyOf(sensitivityUnits);
      }
      List<TargetKey> targetKeys = new ArrayList<>();
      double[] nominal = new double[keys.size()];
      for (Target t : keys.values()) {
        nominal[targetKeys.size()] = scorer.profile().weights().of(t);
        targetKeys.add(t.key());
      }
      Space space = new Space(scorer.profile(), factors, List.copyOf(pillars), targetKeys, nominal);
      long cells = (long) samples * (factors.size() + 2) * (studied.size() + 1);
      if (cells > Integer.MAX_VALUE - 8) {
        throw new InvalidValueException("UncertaintyAnalysis.samples", samples,
            "N·(d + 2)·outputs within " + (Integer.MAX_VALUE - 8) + " stored outputs");
      }
      return new UncertaintyAnalysis(this, units, space, studied);
    }
  }
}
