package io.github.cdsvn.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.Examples;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A series reads the same observations, field by field, as the set streams them, is equal to
 * the list of them, and refuses positions it does not have.
 */
class ObservationSetSeriesViewTest {
  private static Gen<Observation> atLevels() {
    return CoreGenerators.observations().zip(integers().between(0, 2), (o, level) -> level == 0 ? o
        : Observation.builder().from(o)
            .measuredLevel(level == 1 ? AdministrativeLevel.DISTRICT : AdministrativeLevel.COMMUNE).build());
  }

  private static ObservationSet set(List<Observation> list) {
    Map<String, Observation> definitions = new LinkedHashMap<>();
    Map<List<Object>, Observation> kept = new LinkedHashMap<>();
    for (Observation o : list) {
      Observation first = definitions.putIfAbsent(o.indicator().code(), o);
      if (first == null || first.indicator().equals(o.indicator())) {
        kept.putIfAbsent(List.of(o.unitCode(), o.indicator().code(), o.measuredLevel().map(Enum::ordinal).orElse(-1),
            o.date()), o);
      }
    }
    return ObservationSet.of(new ArrayList<>(kept.values()));
  }

  @Test
  void aViewReadsWhatTheSeriesHolds() {
    qt().withExamples(Examples.upTo(300)).forAll(lists().of(atLevels()).ofSizeBetween(0, 60)).checkAssert(list -> {
      ObservationSet set = set(list);
      for (Observation o : set.stream().toList()) {
        // the series as the set streams it, an independent reading of the columns
        List<Observation> series = set.stream().filter(x -> x.unitCode().equals(o.unitCode())
            && x.indicator().code().equals(o.indicator().code()) && x.measuredLevel().equals(o.measuredLevel()))
            .toList();
        ObservationSet.Series view = o.measuredLevel().isPresent()
            ? set.series(o.unitCode(), o.indicator().code(), o.measuredLevel().get())
            : set.series(o.unitCode(), o.indicator().code());
        assertThat(view.size()).isEqualTo(series.size());
        assertThat(view.isEmpty()).isFalse();
        assertThat(view.indicator()).isEqualTo(o.indicator());
        assertThat(view.toList()).isEqualTo(series);
        assertThat(view).isEqualTo(series).hasSameHashCodeAs(series);
        for (int i = 0; i < series.size(); i++) {
          Observation want = series.get(i);
          assertThat(view.get(i)).isEqualTo(want);
          assertThat(view.date(i)).isEqualTo(want.date());
          assertThat(view.period(i)).isEqualTo(want.period());
          assertThat(Double.doubleToRawLongBits(view.value(i))).isEqualTo(Double.doubleToRawLongBits(want.value()));
          assertThat(view.status(i)).isEqualTo(want.status());
        }
      }
    });
  }

  @Test
  void aSeriesTheSetDoesNotHaveIsAnEmptyView() {
    ObservationSet set = ObservationSet.of(List.of(
        Observation.of("44", CoreGenerators.WORK_RECORDS, ObservationPeriod.ofYear(2023), 81),
        Observation.of("44", CoreGenerators.WORK_RECORDS, ObservationPeriod.ofYear(2024), 88.5)));
    ObservationSet.Series view = set.series("44", CoreGenerators.WORK_RECORDS.code());
    assertThat(view.size()).isEqualTo(2);
    assertThat(view.value(1)).isEqualTo(88.5);
    assertThat(view.date(0)).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
    assertThat(view.toString()).isEqualTo("Series[44, " + CoreGenerators.WORK_RECORDS.code() + ", 2 observations]");
    for (ObservationSet.Series none : List.of(set.series("24", CoreGenerators.WORK_RECORDS.code()),
        set.series("44", "no.such.indicator"),
        set.series("44", CoreGenerators.WORK_RECORDS.code(), AdministrativeLevel.COMMUNE),
        ObservationSet.empty().series("44", CoreGenerators.WORK_RECORDS.code()))) {
      assertThat(none.size()).isZero();
      assertThat(none.isEmpty()).isTrue();
      assertThat(none.toList()).isEmpty();
      assertThat(none.toString()).isEqualTo("Series[]");
      assertThatThrownBy(none::indicator).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> none.value(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void positionsOutsideTheSeriesAreRefused() {
    ObservationSet set = ObservationSet.of(List.of(
        Observation.of("44", CoreGenerators.WORK_RECORDS, ObservationPeriod.ofYear(2023), 81),
        Observation.of("24", CoreGenerators.WORK_RECORDS, ObservationPeriod.ofYear(2023), 70)));
    ObservationSet.Series view = set.series("24", CoreGenerators.WORK_RECORDS.code());
    assertThat(view.get(0).unitCode()).isEqualTo("24");
    assertThatThrownBy(() -> view.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> view.date(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> view.status(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> view.period(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> set.series("24", "x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> set.series(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
