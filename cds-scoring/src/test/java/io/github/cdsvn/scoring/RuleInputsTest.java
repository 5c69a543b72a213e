package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers each built-in rule shows with its attainment, symbol by symbol, as explanations
 * print them: the value, the goal, the baseline and what else the bound's kind uses.
 */
class RuleInputsTest {
  private static final Direction UP = Direction.HIGHER_IS_BETTER;
  private static final Direction DOWN = Direction.LOWER_IS_BETTER;

  private static Map<String, Double> inputs(Attainment a) {
    Map<String, Double> m = new LinkedHashMap<>();
    a.inputs().forEach(i -> m.put(i.symbol(), i.value()));
    return m;
  }

  @Test
  void distanceToTargetShowsValueGoalAndBaseline() {
    Attainment a = AttainmentRule.distanceToTarget().attain(AttainmentInput.of(Measure.percent(), UP,
        Bound.atLeast(95), 83, 60));
    assertThat(inputs(a)).containsExactly(Map.entry("v", 83.0), Map.entry("t", 95.0), Map.entry("b", 60.0));
    assertThat(a.inputs().get(1).meaning().en()).isEqualTo("goal");
    // (83 - 60) / (95 - 60)
    assertThat(a.value()).isCloseTo(23.0 / 35, within(1e-12));
    assertThat(a.met()).isFalse();
  }

  @Test
  void aTopRankShowsTheGroupAndTheNumberRanked() {
    Attainment a = AttainmentRule.distanceToTarget().attain(AttainmentInput.of(Measure.rank(), DOWN,
        Bound.topRank(10, 63), 22));
    // without a baseline, the natural zero of a rank is the last place
    assertThat(inputs(a)).containsExactly(Map.entry("v", 22.0), Map.entry("N", 10.0), Map.entry("M", 63.0),
        Map.entry("b", 63.0));
    assertThat(a.value()).isCloseTo((63.0 - 22) / (63 - 10), within(1e-12));
  }

  @Test
  void anOrdinalBoundShowsPositions() {
    Measure levels = Measure.ordinal(List.of(Measure.Category.of("yeu", "yếu", "weak"),
        Measure.Category.of("tb", "trung bình", "fair"), Measure.Category.of("kha", "khá", "good"),
        Measure.Category.of("gioi", "giỏi", "very good")));
    Attainment a = AttainmentRule.distanceToTarget().attain(AttainmentInput.of(levels, UP,
        Bound.ordinalAtLeast("kha"), 1, 0));
    assertThat(inputs(a)).containsExactly(Map.entry("v", 1.0), Map.entry("t", 2.0), Map.entry("b", 0.0));
    assertThat(a.inputs().get(1).meaning().en()).isEqualTo("position of the target group");
    assertThat(a.value()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aMilestoneShowsDoneOrNot() {
    Attainment a = AttainmentRule.distanceToTarget().attain(AttainmentInput.of(Measure.yesNo(), UP,
        Bound.milestone(), 0));
    assertThat(inputs(a)).containsExactly(Map.entry("v", 0.0), Map.entry("t", 1.0), Map.entry("b", 0.0));
    assertThat(a.inputs().get(0).meaning().en()).isEqualTo("done (1) or not (0)");
    assertThat(a.value()).isZero();
  }

  @Test
  void aRelativeChangeShowsTheChangeAndTheGoalItGives() {
    Attainment a = AttainmentRule.distanceToTarget().attain(AttainmentInput.of(Measure.count(), DOWN,
        Bound.relativeChange(-20), 450, 500));
    assertThat(inputs(a)).containsExactly(Map.entry("v", 450.0), Map.entry("b", 500.0), Map.entry("change", -20.0),
        Map.entry("t", 400.0));
    assertThat(a.value()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void theNearestEdgeShowsTheDistancesToTheBand() {
    // a band of 90 ± 5 from a baseline of 60: the value 80 is 5 from the edge 85, the baseline 25
    Attainment a = AttainmentRule.nearestEdge().attain(AttainmentInput.of(Measure.percent(), UP,
        Bound.approximately(90, 5), 80, 60));
    assertThat(inputs(a)).containsExactly(Map.entry("v", 80.0), Map.entry("t", 90.0), Map.entry("tolerance", 5.0),
        Map.entry("b", 60.0), Map.entry("d_v", 5.0), Map.entry("d_b", 25.0));
    assertThat(a.value()).isCloseTo(1 - 5.0 / 25, within(1e-12));
    assertThat(a.met()).isFalse();
    // above the band: the distance is to the upper edge
    Attainment above = AttainmentRule.nearestEdge().attain(AttainmentInput.of(Measure.percent(), UP,
        Bound.approximately(50, 5), 65, 100));
    assertThat(inputs(above)).containsEntry("d_v", 10.0).containsEntry("d_b", 45.0);
    assertThat(above.value()).isCloseTo(1 - 10.0 / 45, within(1e-12));
    // inside the band the distance is 0 and the bound holds
    Attainment inside = AttainmentRule.nearestEdge().attain(AttainmentInput.of(Measure.percent(), UP,
        Bound.approximately(90, 5), 87, 60));
    assertThat(inputs(inside)).containsEntry("d_v", 0.0).containsEntry("d_b", 25.0);
    assertThat(inside.value()).isEqualTo(1);
    assertThat(inside.met()).isTrue();
  }

  @Test
  void theNearestEdgeStaysExactForHugeBaselines() {
    // |b - t| overflows: both distances are taken on halves, so the ratio is still the true one
    double b = -Double.MAX_VALUE;
    double t = Double.MAX_VALUE / 2;
    Attainment a = AttainmentRule.nearestEdge().attain(AttainmentInput.of(Measure.index(-Double.MAX_VALUE,
        Double.MAX_VALUE), UP, Bound.approximately(t, 0), 0, b));
    double expected = 1 - (t / 2) / (t / 2 - b / 2);
    assertThat(a.value()).isCloseTo(expected, within(1e-12));
    assertThat(a.value()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void growthShowsTheRatesItCompares() {
    AttainmentInput in = AttainmentInput.builder().measure(Measure.count()).direction(UP)
        .bound(Bound.growthPerYear(10, false)).value(121)
        .addPoint(LocalDate.of(2022, 12, 31), 100).addPoint(LocalDate.of(2024, 12, 31), 121).build();
    Attainment a = AttainmentRule.growthRatio().attain(in);
    assertThat(a.met()).isTrue();
    assertThat(a.value()).isEqualTo(1);
    assertThat(inputs(a).keySet()).containsExactly("x_first", "x_last", "years", "CAGR_observed", "g");
    assertThat(inputs(a)).containsEntry("x_first", 100.0).containsEntry("x_last", 121.0).containsEntry("years", 2.0)
        .containsEntry("g", 0.1);
    assertThat(inputs(a).get("CAGR_observed")).isCloseTo(0.1, within(1e-12));
    // from 0 no rate can be computed: no observed rate is shown, and a note says why
    Attainment fromZero = AttainmentRule.growthRatio().attain(AttainmentInput.builder().measure(Measure.count())
        .direction(UP).bound(Bound.growthPerYear(10, false)).value(5)
        .addPoint(LocalDate.of(2022, 12, 31), 0).addPoint(LocalDate.of(2024, 12, 31), 5).build());
    assertThat(inputs(fromZero).keySet()).containsExactly("x_first", "x_last", "years", "g");
    assertThat(fromZero.notes()).extracting(l -> l.en()).contains("growth from 0: no average rate can be computed");
    Attainment half = AttainmentRule.growthRatio().attain(in.withValue(110.25));
    // 5% a year against 10%
    assertThat(half.value()).isCloseTo(0.5, within(1e-9));
    assertThat(half.met()).isFalse();
  }
}
