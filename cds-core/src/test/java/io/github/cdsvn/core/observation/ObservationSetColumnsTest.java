package io.github.cdsvn.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.Examples;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A set gives back observations equal to those added, whatever they carry: status, source,
 * numerator and denominator, measured level, a year or a day, a value of -0.0.
 */
class ObservationSetColumnsTest {
  private static final AdministrativeLevel[] LEVELS = {null, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE};

  /** Observations of every kind, some as shares, some at a measured level. */
  private static Gen<Observation> varied() {
    return CoreGenerators.observations().zip(integers().between(0, 2), integers().between(0, 3), (o, level, extra) -> {
      Observation.Builder b = Observation.builder().from(o);
      if (LEVELS[level] != null) {
        b.measuredLevel(LEVELS[level]);
      }
      if (extra == 0 && o.indicator().measure().kind() == Measure.Kind.PERCENT) {
        double denominator = 400;
        double numerator = Math.round(o.value() * 4);
        b.value(numerator / denominator * 100).numerator(numerator).denominator(denominator);
      } else if (extra == 1 && o.value() == 0) {
        b.value(-0.0);
      }
      return b.build();
    });
  }

  private static List<Object> key(Observation o) {
    return List.of(o.unitCode(), o.indicator().code(), o.measuredLevel().map(Enum::ordinal).orElse(-1), o.date());
  }

  @Test
  void observationsComeBackEqualToThoseAdded() {
    qt().withExamples(Examples.upTo(300)).forAll(lists().of(varied()).ofSizeBetween(0, 60)).checkAssert(list -> {
      Map<String, Object> definitions = new LinkedHashMap<>();
      Map<List<Object>, Observation> kept = new LinkedHashMap<>();
      for (Observation o : list) {
        if (definitions.putIfAbsent(o.indicator().code(), o.indicator()) == null
            || definitions.get(o.indicator().code()).equals(o.indicator())) {
          kept.putIfAbsent(key(o), o);
        }
      }
      List<Observation> added = new ArrayList<>(kept.values());
      ObservationSet set = ObservationSet.of(added);
      List<Observation> expected = new ArrayList<>(added);
      expected.sort(Comparator.comparing(Observation::unitCode).thenComparing(o -> o.indicator().code())
          .thenComparing(o -> o.measuredLevel().map(Enum::ordinal).orElse(-1)).thenComparing(Observation::date));
      assertThat(set.stream().toList()).containsExactlyElementsOf(expected);
      assertThat(set.size()).isEqualTo(expected.size());
      for (Observation o : expected) {
        List<Observation> got = o.measuredLevel().isPresent()
            ? set.series(o.unitCode(), o.indicator().code(), o.measuredLevel().get())
            : set.series(o.unitCode(), o.indicator().code());
        assertThat(got).contains(o);
        Optional<Observation> latest = o.measuredLevel().isPresent()
            ? set.latest(o.unitCode(), o.indicator().code(), o.measuredLevel().get(), o.date())
            : set.latest(o.unitCode(), o.indicator().code(), o.date());
        assertThat(latest).contains(o);
        Optional<Observation> before = o.measuredLevel().isPresent()
            ? set.latest(o.unitCode(), o.indicator().code(), o.measuredLevel().get(), o.date().minusDays(1))
            : set.latest(o.unitCode(), o.indicator().code(), o.date().minusDays(1));
        int at = got.indexOf(o);
        assertThat(before).isEqualTo(at == 0 ? Optional.empty() : Optional.of(got.get(at - 1)));
      }
      assertThat(set.latest("no-such-unit", "x", LocalDate.MAX)).isEmpty();
      assertThat(ObservationSet.of(set.stream().toList())).isEqualTo(set);
    });
  }
}
