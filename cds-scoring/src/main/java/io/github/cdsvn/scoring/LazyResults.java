package io.github.cdsvn.scoring;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The engine's results: their numbers are held now and their texts built when first read, once,
 * whatever the threads. A target result's texts come from the {@link TargetScorer}, a
 * scorecard's target results and pillar indices and an index's components from its
 * {@link ScorecardNumbers}. They compare equal to results built in full with the same
 * attributes. Immutable and thread-safe.
 */
final class LazyResults {
  private LazyResults() {}

  /**
   * A value built by a function the first time it is asked for, once, whichever thread asks
   * first (again only if the function throws); the function must not return {@code null}.
   *
   * @param build builds the value
   * @param what what is built, for the message if it returns {@code null}
   */
  static <T> Supplier<T> once(Supplier<? extends T> build, String what) {
    Objects.requireNonNull(build, "build");
    return Suppliers.memoize(() -> Objects.requireNonNull(build.get(), what));
  }

  private static OptionalDouble optional(double x) {
    return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
  }

  static final class LazyTarget extends TargetResult {
    private final Target target;
    private final TargetResult.Outcome outcome;
    private final AdministrativeLevel level;
    private final double attainment;
    private final boolean met;
    private final double value;
    private final String rule;
    private final double weight;
    private final boolean illustrative;
    private final Supplier<TargetResult> full;

    LazyTarget(Target target, TargetResult.Outcome outcome, AdministrativeLevel level, double attainment, boolean met,
        double value, String rule, double weight, boolean illustrative, Supplier<TargetResult> full) {
      this.target = target;
      this.outcome = outcome;
      this.level = level;
      this.attainment = attainment;
      this.met = met;
      this.value = value;
      this.rule = rule;
      this.weight = weight;
      this.illustrative = illustrative;
      this.full = once(full, "the result built");
    }

    @Override
    public Target target() {
      return target;
    }

    @Override
    public TargetResult.Outcome outcome() {
      return outcome;
    }

    @Override
    public AdministrativeLevel level() {
      return level;
    }

    @Override
    public OptionalDouble attainment() {
      return optional(attainment);
    }

    @Override
    public boolean met() {
      return met;
    }

    @Override
    public OptionalDouble value() {
      return optional(value);
    }

    @Override
    public Optional<String> rule() {
      return Optional.ofNullable(rule);
    }

    @Override
    public Optional<Trajectory> trajectory() {
      return full.get().trajectory();
    }

    @Override
    public double weight() {
      return weight;
    }

    @Override
    public boolean illustrative() {
      return illustrative;
    }

    @Override
    public Optional<Label> reason() {
      return full.get().reason();
    }

    @Override
    public Explanation explanation() {
      return full.get().explanation();
    }
  }

  static final class LazyIndex extends IndexScore {
    private final Label name;
    private final Optional<Pillar> pillar;
    private final String aggregator;
    private final double score;
    private final double coverage;
    private final double threshold;
    private ScorecardNumbers source;
    private final int which;
    private volatile IndexScore full;

    LazyIndex(Label name, Optional<Pillar> pillar, String aggregator, double score, double coverage,
        double threshold, ScorecardNumbers source, int which) {
      this.name = name;
      this.pillar = pillar;
      this.aggregator = aggregator;
      this.score = score;
      this.coverage = coverage;
      this.threshold = threshold;
      this.source = source;
      this.which = which;
    }

    /** The index built in full, once, whichever thread asks first. */
    private IndexScore full() {
      IndexScore f = full;
      if (f != null) {
        return f;
      }
      synchronized (this) {
        f = full;
        if (f == null) {
          f = Objects.requireNonNull(source.index(which), "the index built");
          full = f;
          source = null;
        }
        return f;
      }
    }

    @Override
    public Label name() {
      return name;
    }

    @Override
    public Optional<Pillar> pillar() {
      return pillar;
    }

    @Override
    public String aggregator() {
      return aggregator;
    }

    @Override
    public OptionalDouble score() {
      return optional(score);
    }

    @Override
    public double coverage() {
      return coverage;
    }

    @Override
    public double threshold() {
      return threshold;
    }

    @Override
    public com.google.common.collect.ImmutableList<IndexScore.Component> components() {
      return full().components();
    }

    @Override
    public Optional<Label> reason() {
      return full().reason();
    }

    @Override
    public Label sentence() {
      return full().sentence();
    }
  }

  static final class LazyCard extends Scorecard {
    private final String planId;
    private final String unitCode;
    private final Optional<AdministrativeUnit> unit;
    private final LocalDate asOf;
    private final Profile profile;
    private final boolean illustrative;
    final ScorecardNumbers source;
    private final IndexScore composite;
    private volatile List<TargetResult> targets;
    private volatile List<IndexScore> pillars;

    LazyCard(String planId, String unitCode, Optional<AdministrativeUnit> unit, LocalDate asOf, Profile profile,
        boolean illustrative, ScorecardNumbers source, IndexScore composite) {
      this.planId = planId;
      this.unitCode = unitCode;
      this.unit = unit;
      this.asOf = asOf;
      this.profile = profile;
      this.illustrative = illustrative;
      this.source = source;
      this.composite = composite;
    }

    @Override
    public String planId() {
      return planId;
    }

    @Override
    public String unitCode() {
      return unitCode;
    }

    @Override
    public Optional<AdministrativeUnit> unit() {
      return unit;
    }

    @Override
    public LocalDate asOf() {
      return asOf;
    }

    @Override
    public List<TargetResult> targets() {
      List<TargetResult> t = targets;
      if (t != null) {
        return t;
      }
      synchronized (this) {
        if (targets == null) {
          targets = List.copyOf(source.targets());
        }
        return targets;
      }
    }

    @Override
    public List<IndexScore> pillars() {
      List<IndexScore> p = pillars;
      if (p != null) {
        return p;
      }
      synchronized (this) {
        if (pillars == null) {
          pillars = List.copyOf(source.pillars());
        }
        return pillars;
      }
    }

    @Override
    public IndexScore composite() {
      return composite;
    }

    @Override
    public Profile profile() {
      return profile;
    }

    @Override
    public boolean illustrative() {
      return illustrative;
    }
  }
}
