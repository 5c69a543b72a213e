package io.github.cdsvn.core.observation;

import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.Examples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ObservationSetPropertiesTest {
  /** As-of dates from before any generated observation to after the last. */
  private static final Gen<LocalDate> AS_OF = CoreGenerators.dates(LocalDate.of(2013, 1, 1), LocalDate.of(2032, 12, 31));

  private static Optional<Observation> bruteForceLatest(List<Observation> all, String unit, String indicator,
      LocalDate asOf) {
    return all.stream()
        .filter(o -> o.unitCode().equals(unit) && o.indicator().code().equals(indicator) && !o.date().isAfter(asOf))
        .max(Comparator.comparing(Observation::date));
  }

  /** The key under which a set keeps one observation. */
  private static List<Object> key(Observation o) {
    return List.of(o.unitCode(), o.indicator().code(), o.date());
  }

  @Test
  void latestIsTheObservationEndingLastOnOrBeforeTheDate() {
    qt().withExamples(Examples.upTo(300)).forAll(CoreGenerators.consistentObservationLists(40), dateLists(AS_OF))
        .checkAssert((observations, dates) -> {
          ObservationSet set = ObservationSet.of(observations);
          for (String unit : CoreGenerators.OBSERVED_UNITS) {
            for (Indicator indicator : CoreGenerators.OBSERVED_INDICATORS) {
              for (LocalDate asOf : dates) {
                assertThat(set.latest(unit, indicator.code(), asOf)).as("latest %s %s on %s", unit, indicator.code(), asOf)
                    .isEqualTo(bruteForceLatest(observations, unit, indicator.code(), asOf));
              }
              // before any data there is nothing; on the day of each observation, that observation
              assertThat(set.latest(unit, indicator.code(), LocalDate.of(2014, 12, 31))).isEmpty();
              for (Observation o : set.series(unit, indicator.code())) {
                assertThat(set.latest(unit, indicator.code(), o.date())).contains(o);
                assertThat(set.latest(unit, indicator.code(), o.date().minusDays(1)))
                    .isEqualTo(bruteForceLatest(observations, unit, indicator.code(), o.date().minusDays(1)));
              }
            }
          }
          assertThat(set.latest("99", CoreGenerators.WORK_RECORDS.code(), LocalDate.of(2030, 1, 1))).isEmpty();
        });
  }

  private static Gen<List<LocalDate>> dateLists(Gen<LocalDate> dates) {
    return lists().of(dates).ofSizeBetween(1, 8);
  }

  @Test
  void aSetKeepsOneObservationPerKeyInUnitIndicatorDateOrder() {
    qt().withExamples(Examples.upTo(300)).forAll(CoreGenerators.consistentObservationLists(40)).checkAssert(observations -> {
      ObservationSet set = ObservationSet.of(observations);
      Set<List<Object>> keys = new LinkedHashSet<>();
      observations.forEach(o -> keys.add(key(o)));
      assertThat(set.size()).isEqualTo(keys.size());
      assertThat(set.isEmpty()).isEqualTo(keys.isEmpty());
      List<Observation> streamed = set.stream().toList();
      assertThat(streamed).hasSize(keys.size()).containsAll(observations);
      assertThat(streamed).isSortedAccordingTo(Comparator.comparing(Observation::unitCode)
          .thenComparing(o -> o.indicator().code()).thenComparing(Observation::date));
      assertThat(set.unitCodes()).containsExactlyElementsOf(
          observations.stream().map(Observation::unitCode).distinct().sorted().toList());
      for (String unit : CoreGenerators.OBSERVED_UNITS) {
        for (Indicator indicator : CoreGenerators.OBSERVED_INDICATORS) {
          assertThat(set.series(unit, indicator.code())).isSortedAccordingTo(Comparator.comparing(Observation::date))
              .containsExactlyElementsOf(streamed.stream()
                  .filter(o -> o.unitCode().equals(unit) && o.indicator().equals(indicator)).toList());
        }
      }
    });
  }

  @Test
  void shufflingTheInputGivesAnEqualSet() {
    qt().withExamples(Examples.upTo(300)).forAll(CoreGenerators.consistentObservationLists(40), CoreGenerators.seeds())
        .checkAssert((observations, seed) -> {
          List<Observation> shuffled = new ArrayList<>(observations);
          Collections.shuffle(shuffled, new Random(seed));
          ObservationSet set = ObservationSet.of(observations);
          ObservationSet other = ObservationSet.of(shuffled);
          if (set.isEmpty()) {
            assertThat(other).isEqualTo(set).hasSameHashCodeAs(set);
          } else {
            assertEqualValues(set, other);
          }
          assertThat(other.stream().toList()).isEqualTo(set.stream().toList());
        });
  }

  @Test
  void everyDuplicateWithAnotherValueIsListedWithItsLocation() {
    qt().withExamples(Examples.upTo(300)).forAll(CoreGenerators.consistentObservationLists(20), integers().between(0, 1000),
        integers().between(0, 1000), integers().between(1, 3)).checkAssert((observations, pick, at, count) -> {
          if (observations.isEmpty()) {
            return;
          }
          List<Observation> list = new ArrayList<>(observations);
          for (int k = 0; k < count; k++) {
            Observation o = list.get((pick + k) % list.size());
            list.add((at + k) % (list.size() + 1), changed(o, k));
          }
          // the set keeps the first observation of each key; every later one that differs is a problem
          Map<List<Object>, Integer> first = new HashMap<>();
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            Integer j = first.putIfAbsent(key(list.get(i)), i);
            if (j != null && !list.get(i).equals(list.get(j))) {
              expected.add("observations[" + i + "]" + "/observations[" + j + "]");
            }
          }
          InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> ObservationSet.of(list));
          assertThat(e).as("refused: %s", list).isNotNull();
          assertThat(e.problems()).extracting(ObservationSetPropertiesTest::locationAndFirst)
              .containsExactlyElementsOf(expected);
          for (InvalidDataException.Problem p : e.problems()) {
            assertThat(e.getMessage()).contains(p.toString());
          }
        });
  }

  /** A copy of an observation with another value or status, same key. */
  private static Observation changed(Observation o, int k) {
    Observation.Builder b = Observation.builder().from(o);
    return k == 2 || !o.indicator().measure().isValid(o.value() + 1) && !o.indicator().measure().isValid(o.value() - 1)
        ? b.status(Observation.Status.ESTIMATE).build()
        : b.value(o.indicator().measure().isValid(o.value() + 1) ? o.value() + 1 : o.value() - 1).build();
  }

  private static String locationAndFirst(InvalidDataException.Problem p) {
    String at = p.location().substring(0, p.location().indexOf(']') + 1);
    int i = p.message().indexOf("duplicates observations[");
    assertThat(i).as("message names the observation duplicated: %s", p.message()).isNotNegative();
    String first = p.message().substring(i + "duplicates ".length(), p.message().indexOf(']', i) + 1);
    return at + "/" + first;
  }

  @Test
  void anEmptySetFindsNothing() {
    qt().forAll(Generate.pick(CoreGenerators.OBSERVED_UNITS), AS_OF).checkAssert((unit, asOf) -> {
      assertThat(ObservationSet.empty().latest(unit, CoreGenerators.WORK_RECORDS.code(), asOf)).isEmpty();
      assertThat(ObservationSet.of(List.of()).latest(unit, CoreGenerators.WORK_RECORDS.code(), asOf)).isEmpty();
    });
    assertThat(ObservationSet.of(List.of())).isEqualTo(ObservationSet.empty());
  }
}
