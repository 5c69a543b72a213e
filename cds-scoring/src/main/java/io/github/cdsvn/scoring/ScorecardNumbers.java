package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One unit's scorecard in numbers: its targets' numbers, rolled up with the weights of a
 * weighing into each pillar's score, coverage and applicability and the composite's. The one
 * place where targets become indices, for every scorecard the engine makes, re-weighs or
 * re-aggregates; the scorecard's texts (target results, index components and sentences) are
 * made from it when first read. Immutable once made and thread-safe.
 */
final class ScorecardNumbers {
  /** The composite index's name. */
  static final Label COMPOSITE = Label.of("Chỉ số tổng hợp", "Composite index");
  /** The position that names the composite index in {@link #index(int)}. */
  static final int COMPOSITE_INDEX = -1;

  /** Where the full target results and values of a unit's numbers come from. */
  interface Results {
    /**
     * The full result of a target that has none in the numbers.
     *
     * @param num the unit's numbers
     * @param t the target's position
     * @param weight the weight it carries
     */
    TargetResult full(UnitNumbers num, int t, double weight);

    /**
     * The values the targets were scored on, {@code NaN} where not scored or built in full.
     *
     * @param num the unit's numbers
     */
    double[] values(UnitNumbers num);
  }

  final PlanLayout layout;
  final UnitNumbers num;
  final PlanLayout.Weighing weighing;
  final Results results;
  /** Score and coverage of pillar p at 2p and 2p + 1. */
  final double[] pillarNumbers;
  /** Whether each pillar has anything applicable: its state as a component of the composite. */
  final byte[] pillarState;

  private ScorecardNumbers(PlanLayout layout, UnitNumbers num, PlanLayout.Weighing weighing, Results results) {
    this.layout = layout;
    this.num = num;
    this.weighing = weighing;
    this.results = results;
    this.pillarNumbers = new double[2 * layout.pillars.length];
    this.pillarState = new byte[layout.pillars.length];
  }

  /** Scratch space for making cards one after another on one thread. */
  static final class Scratch {
    final double[] v;
    final double[] w;
    final double[] out = new double[2];
    /** The composite's components: pillar scores. */
    final double[] pillarScores;

    Scratch(PlanLayout layout) {
      v = new double[layout.widest];
      w = new double[layout.widest];
      pillarScores = new double[layout.pillars.length];
    }
  }

  /**
   * Rolls a unit's targets up into its scorecard.
   *
   * @param planId the plan's id
   * @param unitCode the unit's code
   * @param unit the unit, where known
   * @param asOf the as-of date
   */
  static Scorecard make(PlanLayout layout, UnitNumbers num, PlanLayout.Weighing g, Results results, String planId,
      String unitCode, Optional<AdministrativeUnit> unit, LocalDate asOf, Scratch scratch) {
    ScorecardNumbers card = new ScorecardNumbers(layout, num, g, results);
    Profile used = g.profile;
    double threshold = used.coverageThreshold();
    double[] out = scratch.out;
    // with equal weights, a pillar's arithmetic mean needs only the sum of its values, their
    // count and range; unless a target was scored in full, whose attainment may be -0.0
    double[][] equal = num.full == null ? g.equal : null;
    int pc = layout.pillars.length;
    for (int p = 0; p < pc; p++) {
      int[] members = layout.canonical[p];
      int status = equal != null
          ? IndexNumbers.computeEqual(members, num.state, num.attainment, 100, equal[p], threshold, out)
          : IndexNumbers.compute(members, num.state, num.attainment, 100, g.tw, used.targetAggregator(), threshold,
              out, scratch.v, scratch.w);
      card.pillarNumbers[2 * p] = out[1];
      card.pillarNumbers[2 * p + 1] = out[0];
      // a pillar with nothing applicable that weighs more than 0 is not applicable in the composite
      card.pillarState[p] = status == IndexNumbers.NOTHING_APPLICABLE ? IndexNumbers.NOT_APPLICABLE : 1;
      scratch.pillarScores[p] = out[1];
    }
    IndexNumbers.compute(layout.pillarOrder, card.pillarState, scratch.pillarScores, 1, g.pw, used.pillarAggregator(),
        threshold, out, scratch.v, scratch.w);
    IndexScore composite = new LazyResults.LazyIndex(COMPOSITE, Optional.empty(), used.pillarAggregator().name(), out[1],
        out[0], threshold, card, COMPOSITE_INDEX);
    return new LazyResults.LazyCard(planId, unitCode, unit, asOf, used, num.illustrative, card, composite);
  }

  /** The same unit's scorecard with the weights, aggregators and threshold of another weighing. */
  Scorecard with(PlanLayout.Weighing g, LazyResults.LazyCard of) {
    return make(layout, num, g, results, of.planId(), of.unitCode(), of.unit(), of.asOf(), new Scratch(layout));
  }

  /** The targets' results, in plan order. */
  List<TargetResult> targets() {
    ImmutableList.Builder<TargetResult> out = ImmutableList.builderWithExpectedSize(layout.n);
    double[] values = results.values(num);
    double[] tw = weighing.tw;
    for (int t = 0; t < layout.n; t++) {
      byte st = num.state[t];
      Target target = layout.targets[t];
      double weight = tw[t];
      if ((st & UnitNumbers.FULL) != 0) {
        out.add(num.full[t].withWeight(weight));
        continue;
      }
      TargetResult.Outcome outcome = num.outcome(t);
      String rule = outcome == TargetResult.Outcome.SCORED ? weighing.profile.rule(target.bound().kind()).name() : null;
      int at = t;
      out.add(new LazyResults.LazyTarget(target, outcome, num.level[t], num.attainment[t],
          (st & UnitNumbers.OUTCOME) == UnitNumbers.SCORED_MET, values[t], rule, weight,
          (st & UnitNumbers.ILLUSTRATIVE) != 0, () -> results.full(num, at, weight)));
    }
    return out.build();
  }

  /** The pillar indices, in pillar order. */
  List<IndexScore> pillars() {
    Profile used = weighing.profile;
    String aggregator = used.targetAggregator().name();
    IndexScore[] list = new IndexScore[layout.pillars.length];
    for (int p = 0; p < list.length; p++) {
      list[p] = new LazyResults.LazyIndex(layout.pillars[p].label(), Optional.of(layout.pillars[p]), aggregator,
          pillarNumbers[2 * p], pillarNumbers[2 * p + 1], used.coverageThreshold(), this, p);
    }
    return Arrays.asList(list);
  }

  /**
   * An index built in full: its components and texts.
   *
   * @param which the pillar's position, or {@link #COMPOSITE_INDEX}
   */
  IndexScore index(int which) {
    Profile used = weighing.profile;
    double threshold = used.coverageThreshold();
    if (which == COMPOSITE_INDEX) {
      if (layout.n == 0) {
        Label reason = Label.of("kế hoạch không có chỉ tiêu nào", "the plan has no targets");
        return IndexScore.builder().name(COMPOSITE).aggregator(used.pillarAggregator().name())
            .coverage(0).threshold(threshold).reason(reason)
            .sentence(Label.of(COMPOSITE.vi() + ": chưa có điểm — " + reason.vi(),
                COMPOSITE.en() + ": no score — " + reason.en()))
            .build();
      }
      List<IndexScore.Component> list = new ArrayList<>(layout.pillars.length);
      for (int p = 0; p < layout.pillars.length; p++) {
        list.add(component(layout.pillars[p].code(), layout.pillars[p].label(), weighing.pw[p], pillarState[p],
            pillarNumbers[2 * p], 1));
      }
      return IndexScore.aggregate(COMPOSITE, used.pillarAggregator(), threshold, list);
    }
    int[] members = layout.members[which];
    List<IndexScore.Component> list = new ArrayList<>(members.length);
    for (int t : members) {
      list.add(component(layout.keys[t], layout.targets[t].indicator().label(), weighing.tw[t], num.state[t],
          num.attainment[t], 100));
    }
    return IndexScore.aggregate(layout.pillars[which].label(), layout.pillars[which], used.targetAggregator(),
        threshold, list);
  }

  /**
   * One component of an index, from its state and value: not applicable, without data, or with
   * its value times a scale.
   */
  private static IndexScore.Component component(String key, Label name, double weight, byte state, double value,
      double scale) {
    if ((state & IndexNumbers.OUTCOME) == IndexNumbers.NOT_APPLICABLE) {
      return IndexScore.Component.notApplicable(key, name, weight);
    }
    return Double.isNaN(value) ? IndexScore.Component.missing(key, name, weight) : IndexScore.Component.of(key, name, weight, value * scale);
  }
}
