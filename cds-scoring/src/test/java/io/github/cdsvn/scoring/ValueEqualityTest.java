package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.indicator.Direction.HIGHER_IS_BETTER;
import static io.github.cdsvn.core.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Bound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Values built from the same data are equal, and a difference in any one part makes them
 * unequal: normalisations, their results, weights and attainment inputs. Their texts name what
 * they hold.
 */
class ValueEqualityTest {
  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  private static List<OptionalDouble> values(double... v) {
    return java.util.Arrays.stream(v).mapToObj(OptionalDouble::of).toList();
  }

  @Test
  void normalisationsAreEqualWhenMethodBoundsAndCapAre() {
    assertThat(Normalisation.minMax(0, 100)).isEqualTo(Normalisation.minMax(0, 100))
        .isNotEqualTo(Normalisation.minMax(0, 90)).isNotEqualTo(Normalisation.minMax(10, 100))
        .isNotEqualTo(Normalisation.goalposts(0, 100)).isNotEqualTo("min-max");
    assertThat(Normalisation.distanceToTarget(90)).isEqualTo(Normalisation.distanceToTarget(90, false))
        .isNotEqualTo(Normalisation.distanceToTarget(90, true)).isNotEqualTo(Normalisation.distanceToTarget(80));
    assertThat(Normalisation.minMax()).isEqualTo(Normalisation.minMax()).isNotEqualTo(Normalisation.rank());
    assertThat(Normalisation.zScore(50, 10)).isNotEqualTo(Normalisation.zScore(50, 5));
    assertThat(Normalisation.distanceToTarget(90, true).toString())
        .isEqualTo("Normalisation{" + Normalisation.distanceToTarget(90, true).label().en() + "}")
        .contains("capped at 1");
  }

  @Test
  void resultsAreEqualWhenEveryPartIs() {
    Normalisation.Result r = Normalisation.minMax().apply(values(10, 20, 30), HIGHER_IS_BETTER);
    assertThat(r).isEqualTo(Normalisation.minMax().apply(values(10, 20, 30), HIGHER_IS_BETTER));
    assertThat(r.normalisation()).isEqualTo(Normalisation.minMax());
    assertThat(r.direction()).isEqualTo(HIGHER_IS_BETTER);
    assertThat(r.values()).containsExactly(OptionalDouble.of(0), OptionalDouble.of(0.5), OptionalDouble.of(1));
    // another direction, other values, another method
    Normalisation.Result lower = Normalisation.minMax().apply(values(10, 20, 30), LOWER_IS_BETTER);
    assertThat(lower.values()).containsExactly(OptionalDouble.of(1), OptionalDouble.of(0.5), OptionalDouble.of(0));
    assertThat(r).isNotEqualTo(lower).isNotEqualTo(Normalisation.minMax().apply(values(10, 20, 40), HIGHER_IS_BETTER))
        .isNotEqualTo(Normalisation.percentileRank().apply(values(10, 20, 30), HIGHER_IS_BETTER))
        .isNotEqualTo(r.values());
    // the same values for the same units, given by unit and by position
    Normalisation.Result byUnit = Normalisation.minMax().apply(Map.of("01", OptionalDouble.of(10),
        "44", OptionalDouble.of(20), "60", OptionalDouble.of(30)), HIGHER_IS_BETTER);
    assertThat(byUnit.values()).isEqualTo(r.values());
    assertThat(byUnit.value("44")).hasValue(0.5);
    assertThat(byUnit).isNotEqualTo(r);
    // an equal direction with values equal by chance: a result of equal values is degenerate
    Normalisation.Result flat = Normalisation.minMax().apply(values(7, 7), HIGHER_IS_BETTER);
    Normalisation.Result flatLower = Normalisation.minMax().apply(values(7, 7), LOWER_IS_BETTER);
    assertThat(flat.isDegenerate()).isTrue();
    assertThat(flat.values()).isEqualTo(flatLower.values());
    assertThat(flat).isNotEqualTo(flatLower);
    assertThat(flat.toString()).isEqualTo("Normalisation.Result{" + Normalisation.minMax().label().en()
        + ", HIGHER_IS_BETTER, " + flat.values() + ", degenerate: " + flat.degenerate().orElseThrow().en() + "}");
    assertThat(r.toString()).isEqualTo("Normalisation.Result{" + Normalisation.minMax().label().en()
        + ", HIGHER_IS_BETTER, " + r.values() + "}");
  }

  @Test
  void weightsAreEqualWhenEveryWeightIs() {
    Weights w = Weights.builder().target("gov.work-records.online", 2).pillar(Pillar.DIGITAL_ECONOMY, 3).build();
    assertThat(w).isEqualTo(Weights.builder().pillar(Pillar.DIGITAL_ECONOMY, 3).target("gov.work-records.online", 2)
        .build());
    assertThat(w.byIndicator()).containsExactly(Map.entry("gov.work-records.online", 2.0));
    assertThat(w.byPillar()).containsExactly(Map.entry("economy", 3.0));
    assertThat(w.byTarget()).isEmpty();
    assertThat(w).isNotEqualTo(Weights.builder().target("gov.work-records.online", 2).build())
        .isNotEqualTo(Weights.builder().target("gov.work-records.online", 1).pillar(Pillar.DIGITAL_ECONOMY, 3).build())
        .isNotEqualTo(Weights.equal()).isNotEqualTo(w.byIndicator());
    Weights byTarget = Weights.builder().target(Fixtures.quangBinhWorkRecords().targets().get(0).key(), 2).build();
    assertThat(byTarget.byTarget()).containsExactly(
        Map.entry(Fixtures.quangBinhWorkRecords().targets().get(0).key(), 2.0));
    assertThat(byTarget).isNotEqualTo(Weights.builder().target("gov.work-records.online", 2).build())
        .isNotEqualTo(Weights.equal());
    assertThat(Weights.equal().toString()).isEqualTo("Weights{equal}");
    assertThat(w.toString()).isEqualTo("Weights{indicators {gov.work-records.online=2.0}, targets {}, pillars {economy=3.0}}");
    assertThat(Weights.builder().putAll(w).build()).isEqualTo(w);
  }

  @Test
  void attainmentInputsAreEqualWhenEveryPartIs() {
    AttainmentInput in = AttainmentInput.builder().measure(Measure.percent()).direction(HIGHER_IS_BETTER)
        .bound(Bound.atLeast(90)).value(80).baseline(60).addPoint(END_2023, 70).addPoint(END_2024, 80).build();
    assertThat(in).isEqualTo(in.toBuilder().build()).isNotEqualTo("input");
    assertThat(in).isNotEqualTo(in.toBuilder().measure(Measure.index(0, 100)).build())
        .isNotEqualTo(in.toBuilder().direction(LOWER_IS_BETTER).build())
        .isNotEqualTo(in.toBuilder().bound(Bound.atLeast(95)).build())
        .isNotEqualTo(in.withValue(81))
        .isNotEqualTo(in.withBaseline(61))
        .isNotEqualTo(in.toBuilder().points(List.of(io.github.cdsvn.scoring.SeriesPoint.of(END_2023.minusDays(1), 70),
            io.github.cdsvn.scoring.SeriesPoint.of(END_2024, 80))).build());
    AttainmentInput noSeries = AttainmentInput.of(Measure.percent(), HIGHER_IS_BETTER, Bound.atLeast(90), 80, 60);
    assertThat(in).isNotEqualTo(noSeries);
    assertThat(noSeries).isNotEqualTo(AttainmentInput.of(Measure.percent(), HIGHER_IS_BETTER, Bound.atLeast(90), 80));
  }
}
