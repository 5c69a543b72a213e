package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Trajectories and explanations are equal exactly when every attribute is, whether built at once
 * or when first read.
 */
class ResultEqualityTest {
  private static final Label SENTENCE = Label.of("Cần tăng tốc", "Acceleration needed");

  private static Trajectory.Builder trajectory() {
    Trajectory.Builder b = Trajectory.builder();
    b.method("compound-growth").status(Trajectory.Status.ACCELERATION_NEEDED).ratio(0.5).observedRate(0.05)
        .requiredRate(0.1).linear(false).projection(new Trajectory.Projection(LocalDate.of(2025, 12, 31), 80, false))
        .addInputs(Explanation.Input.of("r", 0.05, "tốc độ quan sát", "observed rate")).sentence(SENTENCE)
        .addNotes(Label.of("ghi chú", "note"));
    return b;
  }

  private static Trajectory built(UnaryOperator<Trajectory.Builder> change) {
    return change.apply(trajectory()).build();
  }

  @Test
  void trajectoriesWithEqualAttributesAreEqualHoweverMade() {
    Trajectory eager = built(b -> b);
    Trajectory lazy = Trajectory.lazily(() -> built(b -> b));
    assertThat(eager).isEqualTo(built(b -> b)).isEqualTo(lazy).hasSameHashCodeAs(lazy);
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).isNotEqualTo("compound-growth").isNotEqualTo(null);
  }

  @Test
  void trajectoriesDifferingInAnyAttributeDiffer() {
    List<Trajectory> variants = List.of(
        built(b -> b.method("straight-line")),
        built(b -> b.status(Trajectory.Status.ON_TRACK)),
        built(b -> b.ratio(0.6)),
        built(b -> b.observedRate(0.06)),
        built(b -> b.requiredRate(0.2)),
        built(b -> b.linear(true)),
        built(b -> b.projection(new Trajectory.Projection(LocalDate.of(2025, 12, 31), 81, false))),
        built(b -> b.addInputs(Explanation.Input.of("g", 0.1, "tốc độ cần", "required rate"))),
        built(b -> b.sentence(Label.of("Đúng tiến độ", "On track"))),
        built(b -> b.addNotes(Label.of("ghi chú khác", "another note"))));
    Trajectory base = built(b -> b);
    for (Trajectory v : variants) {
      assertThat(v).isNotEqualTo(base);
      assertThat(Trajectory.lazily(() -> v)).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(Trajectory.lazily(() -> v));
    }
  }

  @Test
  void aTrajectoryNamesItsMethodStatusAndRatio() {
    assertThat(built(b -> b).toString()).contains("compound-growth").contains("R=0.5");
    Trajectory noRatio = Trajectory.builder().method("compound-growth").status(Trajectory.Status.INSUFFICIENT_DATA)
        .sentence(SENTENCE).build();
    assertThat(noRatio.toString()).contains("compound-growth").doesNotContain("R=");
  }

  private static Observation observation(double value) {
    return Observation.builder().unitCode("44")
        .indicator(IndicatorCatalogue.standard().get("gov.work-records.online"))
        .period(ObservationPeriod.ofYear(2024)).value(value).status(Observation.Status.ILLUSTRATIVE)
        .source("minh họa / illustrative").build();
  }

  private static Explanation explanation(UnaryOperator<Explanation.Builder> change) {
    Explanation.Builder b = Explanation.builder();
    b.addObservations(observation(88.4)).addInputs(Explanation.Input.of("v", 88.4, "giá trị", "value"))
        .sentence(SENTENCE).addNotes(Label.of("ghi chú", "note"));
    return change.apply(b).build();
  }

  @Test
  void explanationsAreEqualExactlyWhenEveryAttributeIs() {
    Explanation base = explanation(b -> b);
    Explanation lazy = Explanation.lazily(() -> explanation(b -> b));
    assertThat(base).isEqualTo(explanation(b -> b)).isEqualTo(lazy).hasSameHashCodeAs(lazy);
    assertThat(base).isNotEqualTo(SENTENCE);
    List<Explanation> variants = List.of(
        explanation(b -> b.addObservations(observation(70))),
        explanation(b -> b.addInputs(Explanation.Input.of("t", 95, "mục tiêu", "target"))),
        explanation(b -> b.sentence(Label.of("Đạt", "Met"))),
        explanation(b -> b.addNotes(Label.of("ghi chú khác", "another note"))));
    for (Explanation v : variants) {
      assertThat(v).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(Explanation.lazily(() -> v));
    }
    assertThat(base.toString()).contains("Acceleration needed");
  }
}
