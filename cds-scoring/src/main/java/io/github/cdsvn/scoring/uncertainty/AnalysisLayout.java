package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis.ScoredPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an analysis is laid out on, worked out from its plans when it is built: the units it
 * ranks, the units whose ranks its sensitivity studies, and the space of choices its runs draw
 * from, with a weight slot for each pillar and each distinct target key.
 *
 * @param units the codes of the units ranked, in code order
 * @param studied the codes of the units whose ranks are outputs of the sensitivity analysis
 * @param space the space of choices
 */
record AnalysisLayout(ImmutableList<String> units, ImmutableList<String> studied, ChoiceSpace space) {

  /**
   * Lays an analysis out, checking what only the whole declaration can tell.
   *
   * @param profile the nominal profile
   * @param plans the plans and the units each is scored for, at least one
   * @param factors the factors, at least one
   * @param sensitivityUnits the units named for the sensitivity outputs, or empty for all
   * @param samples N, the rows of each matrix of the sensitivity analysis
   * @throws InvalidValueException if a unit comes twice, no plan has a target, a unit named for the
   *     sensitivity outputs is not analysed or is named twice, a factor's space does not hold the
   *     nominal choice, or the sensitivity analysis would store too many outputs
   */
  static AnalysisLayout of(Profile profile, List<ScoredPlan> plans, List<Factor> factors,
      Optional<List<String>> sensitivityUnits, int samples) {
    TreeSet<String> codes = new TreeSet<>();
    TreeSet<Pillar> pillars = new TreeSet<>();
    TreeMap<String, Target> keys = new TreeMap<>();
    for (ScoredPlan e : plans) {
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
      throw new InvalidValueException("UncertaintyAnalysis.plans", plans.size() + " plans without targets",
          "at least one target to score");
    }
    ImmutableList<String> units = ImmutableList.copyOf(codes);
    ImmutableList<String> studied = units;
    if (sensitivityUnits.isPresent()) {
      Set<String> seen = new HashSet<>();
      for (String c : sensitivityUnits.get()) {
        if (!codes.contains(c)) {
          throw new InvalidValueException("UncertaintyAnalysis.sensitivityUnits", c,
              "a unit analysed: " + String.join(", ", units));
        }
        if (!seen.add(c)) {
          throw new InvalidValueException("UncertaintyAnalysis.sensitivityUnits", c, "each unit once");
        }
      }
      studied = ImmutableList.copyOf(sensitivityUnits.get());
    }
    List<Target.Key> targetKeys = new ArrayList<>();
    double[] nominal = new double[keys.size()];
    for (Target t : keys.values()) {
      nominal[targetKeys.size()] = profile.weights().of(t);
      targetKeys.add(t.key());
    }
    ChoiceSpace space = new ChoiceSpace(profile, factors, List.copyOf(pillars), targetKeys, nominal);
    long cells = (long) samples * (factors.size() + 2) * (studied.size() + 1);
    if (cells > Integer.MAX_VALUE - 8) {
      throw new InvalidValueException("UncertaintyAnalysis.samples", samples,
          "N·(d + 2)·outputs within " + (Integer.MAX_VALUE - 8) + " stored outputs");
    }
    return new AnalysisLayout(units, studied, space);
  }
}
