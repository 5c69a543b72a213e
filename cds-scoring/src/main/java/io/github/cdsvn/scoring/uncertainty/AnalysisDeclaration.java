package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis.ScoredPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an {@link UncertaintyAnalysis.Builder} has been told so far, each value checked as it is
 * given; {@link #layout()} checks the whole. Not thread-safe: used by one builder.
 */
final class AnalysisDeclaration {
  Scorer scorer = Scorer.standard();
  ObservationSet observations;
  LocalDate asOf;
  final List<ScoredPlan> plans = new ArrayList<>();
  final List<Factor> factors = new ArrayList<>();
  int runs = 1000;
  long seed;
  int threads = Runtime.getRuntime().availableProcessors();
  int samples = 256;
  int resamples = 500;
  double level = 0.95;
  Optional<List<String>> sensitivityUnits = Optional.empty();

  void plan(Plan plan) {
    plans.add(new ScoredPlan(Objects.requireNonNull(plan, "plan"), Optional.empty()));
  }

  void plan(Plan plan, Collection<String> unitCodes) {
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
    plans.add(new ScoredPlan(plan, Optional.of(ImmutableList.copyOf(unitCodes))));
  }

  void factor(Factor factor) {
    Objects.requireNonNull(factor, "factor");
    for (Factor f : factors) {
      if (f.target().equals(factor.target())) {
        throw new InvalidValueException("UncertaintyAnalysis.factors", factor.label().en(),
            "one factor per choice; already declared: " + f.describe().en());
      }
    }
    factors.add(factor);
  }

  void runs(int runs) {
    if (runs <= 0) {
      throw new InvalidValueException("UncertaintyAnalysis.runs", runs, "at least 1 run");
    }
    this.runs = runs;
  }

  void threads(int threads) {
    if (threads < 1) {
      throw new InvalidValueException("UncertaintyAnalysis.threads", threads, "at least 1");
    }
    this.threads = threads;
  }

  void samples(int n) {
    if (n < Sensitivity.MIN_SAMPLES) {
      throw new InvalidValueException("UncertaintyAnalysis.samples", n,
          "at least " + Sensitivity.MIN_SAMPLES + " rows, so that resampling them for the intervals means something");
    }
    this.samples = n;
  }

  void bootstrap(int resamples) {
    if (resamples < Sensitivity.MIN_RESAMPLES) {
      throw new InvalidValueException("UncertaintyAnalysis.bootstrap", resamples,
          "at least " + Sensitivity.MIN_RESAMPLES + " resamples");
    }
    this.resamples = resamples;
  }

  void confidenceLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new InvalidValueException("UncertaintyAnalysis.confidenceLevel", level, "above 0 and below 1");
    }
    this.level = level;
  }

  void sensitivityUnits(Collection<String> unitCodes) {
    this.sensitivityUnits = Optional.of(List.copyOf(Objects.requireNonNull(unitCodes, "unitCodes")));
  }

  /** Checks that nothing required is missing, then lays the analysis out. */
  AnalysisLayout layout() {
    if (observations == null) {
      throw new InvalidValueException("UncertaintyAnalysis.observations", "none", "required");
    }
    if (asOf == null) {
      throw new InvalidValueException("UncertaintyAnalysis.asOf", "none", "required");
    }
    if (plans.isEmpty()) {
      throw new InvalidValueException("UncertaintyAnalysis.plans", "none", "at least one plan");
    }
    if (factors.isEmpty()) {
      throw new InvalidValueException("UncertaintyAnalysis.factors", "none", "at least one factor");
    }
    return AnalysisLayout.of(scorer.profile(), plans, factors, sensitivityUnits, samples);
  }
}
