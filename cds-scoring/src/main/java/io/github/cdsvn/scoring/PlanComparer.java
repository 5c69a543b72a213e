package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.scoring.PlanComparison.Comparison;
import io.github.cdsvn.scoring.PlanComparison.Match;
import io.github.cdsvn.scoring.PlanComparison.Unmatched;
import io.github.cdsvn.scoring.PlanComparison.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a {@link PlanComparison}: pairs the targets of a plan with those of a higher plan, judges
 * each pair through {@link BoundAmbition}, and says why each target left unpaired found no
 * counterpart.
 */
final class PlanComparer {
  private PlanComparer() {}

  static PlanComparison compare(Plan plan, Plan higher) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(higher, "higher");
    if (plan.id().equals(higher.id())) {
      throw new InvalidValueException("PlanComparison.higher", higher.id(), "must be another plan than the one compared");
    }
    Map<Target.Key, Target> higherByKey = new HashMap<>();
    for (Target t : higher.targets()) {
      higherByKey.put(t.key(), t);
    }
    Map<Target, Target> pairs = new HashMap<>();
    Map<Target, Match> how = new HashMap<>();
    Set<Target> used = new HashSet<>();
    for (Target t : plan.targets()) {
      Target h = higherByKey.get(t.key());
      if (h != null) {
        pairs.put(t, h);
        how.put(t, Match.SAME_LEVEL);
        used.add(h);
      }
    }
    AdministrativeLevel planLevel = plan.unit().level();
    AdministrativeLevel higherLevel = higher.unit().level();
    for (Target t : plan.targets()) {
      if (pairs.containsKey(t) || t.level() != planLevel) {
        continue;
      }
      Target.Key k = t.key();
      Target h = higherByKey.get(new Target.Key(k.indicatorCode(), higherLevel, k.horizon(), k.populationCode()));
      if (h != null && !used.contains(h)) {
        pairs.put(t, h);
        how.put(t, Match.OWN_TERRITORY);
        used.add(h);
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    List<Unmatched> onlyInPlan = new ArrayList<>();
    for (Target t : plan.targets()) {
      Target h = pairs.get(t);
      if (h != null) {
        comparisons.add(judge(plan, higher, t, h, how.get(t)));
      } else {
        onlyInPlan.add(unmatched(t, higher));
      }
    }
    List<Unmatched> onlyInHigher = new ArrayList<>();
    for (Target h : higher.targets()) {
      if (!used.contains(h)) {
        onlyInHigher.add(unmatched(h, plan));
      }
    }
    return ImmutablePlanComparison.of(plan, higher, comparisons, onlyInPlan, onlyInHigher);
  }

  private static Comparison judge(Plan plan, Plan higher, Target t, Target h, Match match) {
    BoundAmbition.Judgement j = BoundAmbition.compare(t, h);
    Verdict verdict = j.order().isEmpty() ? Verdict.NOT_COMPARABLE
        : j.order().getAsInt() > 0 ? Verdict.MORE_AMBITIOUS
        : j.order().getAsInt() == 0 ? Verdict.EQUALLY_AMBITIOUS : Verdict.LESS_AMBITIOUS;
    Label scope = match == Match.SAME_LEVEL ? t.level().label() : match.label();
    Label a = name(plan.unit());
    Label b = name(higher.unit());
    Label da = t.describeBound();
    Label db = h.describeBound();
    String vi = "[" + scope.vi() + ", " + t.horizon() + "] " + a.vi() + " " + da.vi() + " so với " + b.vi() + " "
        + db.vi() + ": " + verdict.label().vi() + (j.marginal() ? " một chút" : "") + "; " + j.reason().vi();
    String en = "[" + scope.en() + ", " + t.horizon() + "] " + a.en() + " " + da.en() + " against " + b.en() + " "
        + db.en() + ": " + (j.marginal() ? "marginally " : "") + verdict.label().en() + "; " + j.reason().en();
    return ImmutablePlanComparison.Comparison.of(t, h, match, verdict, j.marginal(), j.reason(),
        Label.of(vi, en));
  }

  private static Label name(AdministrativeUnit unit) {
    return unit.level() == AdministrativeLevel.NATION ? Label.of("quốc gia", "national")
        : Label.of(unit.name(), unit.name());
  }

  private static Label planName(Plan plan) {
    AdministrativeUnit u = plan.unit();
    return u.level() == AdministrativeLevel.NATION
        ? Label.of("kế hoạch quốc gia " + plan.id(), "the national plan " + plan.id())
        : Label.of("kế hoạch của " + u.name() + " " + plan.id(), "the plan of " + u.name() + " " + plan.id());
  }

  private static Unmatched unmatched(Target t, Plan other) {
    Label otherName = planName(other);
    List<Target> candidates = other.targets().stream()
        .filter(c -> c.indicator().code().equals(t.indicator().code())).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return ImmutablePlanComparison.Unmatched.of(t, Label.of(
          otherName.vi() + " không có chỉ tiêu nào cho chỉ số " + t.indicator().code(),
          otherName.en() + " has no target for indicator " + t.indicator().code()));
    }
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Target c : candidates) {
      List<String> dv = new ArrayList<>();
      List<String> de = new ArrayList<>();
      if (!c.horizon().equals(t.horizon())) {
        dv.add("mốc " + c.horizon());
        de.add("horizon " + c.horizon());
      }
      if (c.level() != t.level()) {
        dv.add("đo ở " + c.level().label().vi());
        de.add("measured at " + c.level().label().en());
      }
      if (!c.population().equals(t.population())) {
        dv.add("đối tượng " + c.population().label().vi());
        de.add("population " + c.population().label().en());
      }
      if (dv.isEmpty()) {
        dv.add("đã được ghép với chỉ tiêu khác");
        de.add("already paired with another target");
      }
      vi.add(c.describeBound().vi() + " (" + String.join(", ", dv) + ")");
      en.add(c.describeBound().en() + " (" + String.join(", ", de) + ")");
    }
    return ImmutablePlanComparison.Unmatched.of(t, Label.of(
        otherName.vi() + " có chỉ tiêu cho chỉ số này nhưng khác: " + String.join("; ", vi)
            + "; chỉ so sánh khi cùng mốc thời gian, cùng đối tượng và cùng cấp đo (hoặc cùng là toàn địa bàn)",
        otherName.en() + " targets this indicator only differently: " + String.join("; ", en)
            + "; targets are compared only for the same horizon, population and level (or each plan's whole territory)"));
  }
}
