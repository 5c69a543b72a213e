package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scoring engine behind {@link Scorer}: finds the units scored and scores the plan for each
 * of them through one path, {@link SetScoring}; re-aggregates scorecards with other weights or
 * another profile. Immutable and thread-safe.
 */
final class Engine {
  private final Optional<UnitRegistry> registry;
  private final TargetScorer scorer;
  private final Profile profile;
  /**
   * The plan, set and date scored last, prepared: kept for the next request about them, weakly,
   * so that the engine does not keep a set alive that nothing else uses.
   */
  private volatile WeakReference<SetScoring> last = new WeakReference<>(null);

  Engine(Profile profile, Optional<UnitRegistry> registry, Map<AdministrativeLevel, AdministrativeLevel> levelMap) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.scorer = new TargetScorer(profile, ImmutableMap.copyOf(levelMap));
  }

  /** The plan scored for the units of a set on a date, prepared once for many units. */
  private SetScoring prepared(Plan plan, ObservationSet observations, LocalDate asOf) {
    SetScoring s = last.get();
    if (s != null && s.isFor(plan, observations, asOf)) {
      return s;
    }
    s = new SetScoring(scorer, profile, plan, observations, asOf);
    last = new WeakReference<>(s);
    return s;
  }

  /** Scores a plan for its adopting unit. */
  Scorecard score(Plan plan, ObservationSet observations, LocalDate asOf) {
    check(plan, observations, asOf);
    SetScoring s = prepared(plan, observations, asOf);
    return s.score(Subject.ofPlan(plan, registry), s.scratch());
  }

  /** Scores a plan's targets for the unit that has a code on the as-of date. */
  Scorecard score(Plan plan, String unitCode, ObservationSet observations, LocalDate asOf) {
    check(plan, observations, asOf);
    Objects.requireNonNull(unitCode, "unitCode");
    if (unitCode.isBlank()) {
      throw new InvalidValueException("unitCode", unitCode, "must not be blank");
    }
    SetScoring s = prepared(plan, observations, asOf);
    return s.score(Subject.ofCode(plan, unitCode, asOf, registry), s.scratch());
  }

  /** Scores a plan's targets for many units, in unit-code order, each code once. */
  ImmutableList<Scorecard> scoreAll(Plan plan, Collection<String> unitCodes, ObservationSet observations,
      LocalDate asOf) {
    check(plan, observations, asOf);
    Objects.requireNonNull(unitCodes, "unitCodes");
    String[] sorted = unitCodes.toArray(new String[0]);
    for (String code : sorted) {
      Objects.requireNonNull(code, "unitCodes[]");
      if (code.isBlank()) {
        throw new InvalidValueException("unitCodes[]", code, "must not be blank");
      }
    }
    Arrays.sort(sorted);
    List<String> codes = new ArrayList<>(sorted.length);
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
        codes.add(sorted[i]);
      }
    }
    ImmutableList.Builder<Scorecard> out = ImmutableList.builderWithExpectedSize(codes.size());
    SetScoring s = prepared(plan, observations, asOf);
    SeriesPicks.Scratch scratch = s.scratch();
    for (String code : codes) {
      out.add(s.score(Subject.ofCode(plan, code, asOf, registry), scratch));
    }
    return out.build();
  }

  private static void check(Plan plan, ObservationSet observations, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Re-aggregates a scorecard with other weights: the scorecard a full score gives with the
   * card's profile and these weights, named {@value Profile#CUSTOM}.
   */
  static Scorecard reweigh(Scorecard card, Weights weights) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(weights, "weights");
    if (card instanceof LazyResults.LazyCard) {
      LazyResults.LazyCard lazy = (LazyResults.LazyCard) card;
      return lazy.source.with(lazy.source.layout.reweighed(card.profile(), weights), lazy);
    }
    return fromResults(card, card.profile().withCustomWeights(weights));
  }

  /**
   * Re-aggregates a scorecard with another profile's aggregators, weights and coverage
   * threshold, keeping every target's result.
   *
   * @throws InvalidValueException if the profile scores targets otherwise than the card's did
   *     (another rule for a kind of bound, another trajectory method)
   */
  static Scorecard reaggregate(Scorecard card, Profile profile) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(profile, "profile");
    Profile scored = card.profile();
    for (Bound.Kind kind : Bound.Kind.values()) {
      if (profile.rule(kind) != scored.rule(kind)) {
        throw new InvalidValueException("Scorer.reaggregate.profile.rules[" + kind + "]", profile.rule(kind).name(),
            "the rule the scorecard was scored with, " + scored.rule(kind).name());
      }
    }
    if (profile.trajectoryMethod() != scored.trajectoryMethod()) {
      throw new InvalidValueException("Scorer.reaggregate.profile.trajectoryMethod", profile.trajectoryMethod().name(),
          "the method the scorecard was scored with, " + scored.trajectoryMethod().name());
    }
    if (card instanceof LazyResults.LazyCard) {
      LazyResults.LazyCard lazy = (LazyResults.LazyCard) card;
      return lazy.source.with(lazy.source.layout.weighing(profile), lazy);
    }
    return fromResults(card, profile);
  }

  /** Rolls the target results of a scorecard made otherwise (by its builder) up again. */
  private static Scorecard fromResults(Scorecard card, Profile profile) {
    List<TargetResult> results = card.targets();
    List<Target> targets = new ArrayList<>(results.size());
    AdministrativeLevel[] levels = new AdministrativeLevel[results.size()];
    for (int t = 0; t < levels.length; t++) {
      targets.add(results.get(t).target());
      levels[t] = results.get(t).level();
    }
    PlanLayout layout = new PlanLayout(targets);
    UnitNumbers num = new UnitNumbers(null, levels.length, levels);
    for (int t = 0; t < levels.length; t++) {
      num.keep(t, results.get(t));
    }
    ScorecardNumbers.Results kept = new ScorecardNumbers.Results() {
      @Override
      public TargetResult full(UnitNumbers num, int t, double weight) {
        return results.get(t).withWeight(weight);
      }

      @Override
      public double[] values(UnitNumbers num) {
        double[] none = new double[levels.length];
        Arrays.fill(none, Double.NaN);
        return none; // every result is kept in full
      }
    };
    return ScorecardNumbers.make(layout, num, layout.weighing(profile), kept, card.planId(), card.unitCode(),
        card.unit(), card.asOf(), new ScorecardNumbers.Scratch(layout));
  }
}
