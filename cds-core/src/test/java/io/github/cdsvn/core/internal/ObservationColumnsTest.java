package io.github.cdsvn.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.Examples;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The columns of a set number units by code, series keys by indicator code then measured level
 * (a unit's own level first), series by unit then key, observations by date; read by position,
 * they give back what the set's observations hold.
 */
class ObservationColumnsTest {
  private static final Indicator SHARE = CoreGenerators.WORK_RECORDS;
  private static final Indicator COUNT = CoreGenerators.DIGITAL_ENTERPRISES;
  private static final AdministrativeLevel[] LEVELS = {null, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE};

  private static Observation observation(String unit, Indicator indicator, AdministrativeLevel level, int year,
      double value, Observation.Status status) {
    Observation.Builder b = Observation.builder().unitCode(unit).indicator(indicator)
        .period(ObservationPeriod.ofYear(year)).value(value).status(status);
    if (level != null) {
      b.measuredLevel(level);
    }
    return b.build();
  }

  /** Two provinces; Hà Nội with its own share, its districts' share and a count; Quảng Bình with a count. */
  private static ObservationSet example() {
    return ObservationSet.of(List.of(
        observation("44", COUNT, null, 2024, 120, Observation.Status.FINAL),
        observation("01", SHARE, AdministrativeLevel.DISTRICT, 2023, 61.5, Observation.Status.ILLUSTRATIVE),
        observation("01", SHARE, null, 2024, 80, Observation.Status.PROVISIONAL),
        observation("01", SHARE, null, 2022, 70, Observation.Status.FINAL),
        observation("01", COUNT, null, 2023, 3400, Observation.Status.ESTIMATE),
        observation("44", COUNT, null, 2022, 95, Observation.Status.FINAL)));
  }

  @Test
  void unitsAreNumberedByCode() {
    ObservationColumns columns = ObservationColumns.of(example());
    assertThat(columns.unit("01")).isZero();
    assertThat(columns.unit("44")).isEqualTo(1);
    // before the first, between the two, after the last
    assertThat(columns.unit("00")).isEqualTo(-1);
    assertThat(columns.unit("24")).isEqualTo(-1);
    assertThat(columns.unit("836")).isEqualTo(-1);
    assertThat(ObservationColumns.of(ObservationSet.empty()).unit("01")).isEqualTo(-1);
  }

  @Test
  void aGuessedUnitIsTakenOnlyIfItIsTheOne() {
    ObservationColumns columns = ObservationColumns.of(example());
    assertThat(columns.unit("44", 1)).isEqualTo(1);
    assertThat(columns.unit("01", 0)).isZero();
    // a wrong guess, a guess out of range either side: found by code all the same
    assertThat(columns.unit("44", 0)).isEqualTo(1);
    assertThat(columns.unit("01", 1)).isZero();
    assertThat(columns.unit("01", 2)).isZero();
    assertThat(columns.unit("44", -1)).isEqualTo(1);
    assertThat(columns.unit("24", 1)).isEqualTo(-1);
    assertThat(columns.unit("24", 2)).isEqualTo(-1);
    assertThat(ObservationColumns.of(ObservationSet.empty()).unit("01", 0)).isEqualTo(-1);
  }

  @Test
  void theLastDayOfASeriesIsTheDayOfItsLastObservation() {
    ObservationColumns columns = ObservationColumns.of(example());
    // Hà Nội's count (2023), own share (2022, 2024), districts' share (2023); Quảng Bình's count (2022, 2024)
    assertThat(List.of(columns.lastDay(0), columns.lastDay(1), columns.lastDay(2), columns.lastDay(3)))
        .containsExactly(day(2023), day(2024), day(2023), day(2024));
  }

  @Test
  void theLastValueOfASeriesIsTheValueOfItsLastObservation() {
    ObservationColumns columns = ObservationColumns.of(example());
    // Hà Nội's count (2023), own share (2024), districts' share (2023); Quảng Bình's count (2024)
    assertThat(List.of(columns.lastValue(0), columns.lastValue(1), columns.lastValue(2), columns.lastValue(3)))
        .containsExactly(3400.0, 80.0, 61.5, 120.0);
  }

  @Test
  void unitsHaveTheSameKeysIfTheirSeriesAreOfTheSameKeysInOrder() {
    ObservationColumns columns = ObservationColumns.of(ObservationSet.of(List.of(
        observation("01", COUNT, null, 2024, 1, Observation.Status.FINAL),
        observation("01", SHARE, null, 2024, 1, Observation.Status.FINAL),
        observation("24", COUNT, null, 2023, 2, Observation.Status.FINAL),
        observation("24", SHARE, null, 2022, 2, Observation.Status.FINAL),
        observation("24", SHARE, null, 2023, 3, Observation.Status.FINAL),
        observation("44", COUNT, null, 2024, 1, Observation.Status.FINAL),
        observation("44", SHARE, AdministrativeLevel.DISTRICT, 2024, 1, Observation.Status.FINAL),
        observation("60", COUNT, null, 2024, 1, Observation.Status.FINAL))));
    // 01 and 24: a count and an own share, whatever their observations; 44: a count and its
    // districts' share; 60: a count only
    assertThat(columns.sameKeys(0, 1)).isTrue();
    assertThat(columns.sameKeys(1, 0)).isTrue();
    assertThat(columns.sameKeys(0, 0)).isTrue();
    assertThat(columns.sameKeys(1, 2)).isFalse();
    assertThat(columns.sameKeys(0, 3)).isFalse();
    assertThat(columns.sameKeys(3, 2)).isFalse();
  }

  @Test
  void keysAreNumberedByIndicatorCodeThenLevelWithTheUnitsOwnLevelFirst() {
    ObservationColumns columns = ObservationColumns.of(example());
    // "econ.digital-enterprises.count" sorts before "gov.work-records.online"
    assertThat(columns.keyCount()).isEqualTo(3);
    assertThat(columns.keyId(COUNT.code(), null)).isZero();
    assertThat(columns.keyId(SHARE.code(), null)).isEqualTo(1);
    assertThat(columns.keyId(SHARE.code(), AdministrativeLevel.DISTRICT)).isEqualTo(2);
    assertThat(columns.keyId(SHARE.code(), AdministrativeLevel.COMMUNE)).isEqualTo(-1);
    assertThat(columns.keyId(COUNT.code(), AdministrativeLevel.DISTRICT)).isEqualTo(-1);
    assertThat(columns.keyId("aaa", null)).isEqualTo(-1);
    assertThat(columns.keyId("fff", null)).isEqualTo(-1);
    assertThat(columns.keyId("zzz", null)).isEqualTo(-1);
    assertThat(ObservationColumns.of(ObservationSet.empty()).keyCount()).isZero();
    assertThat(ObservationColumns.of(ObservationSet.empty()).keyId(SHARE.code(), null)).isEqualTo(-1);
  }

  @Test
  void seriesAndObservationsAreReadByPosition() {
    ObservationColumns columns = ObservationColumns.of(example());
    // Hà Nội: the count (key 0), its own share (key 1), its districts' share (key 2)
    assertThat(columns.firstSeries(0)).isZero();
    assertThat(columns.endSeries(0)).isEqualTo(3);
    assertThat(List.of(columns.keyIdOf(0), columns.keyIdOf(1), columns.keyIdOf(2))).containsExactly(0, 1, 2);
    // Quảng Bình: the count only
    assertThat(columns.firstSeries(1)).isEqualTo(3);
    assertThat(columns.endSeries(1)).isEqualTo(4);
    assertThat(columns.keyIdOf(3)).isZero();

    assertThat(List.of(columns.start(0), columns.end(0))).containsExactly(0, 1);
    assertThat(List.of(columns.start(1), columns.end(1))).containsExactly(1, 3);
    assertThat(List.of(columns.start(2), columns.end(2))).containsExactly(3, 4);
    assertThat(List.of(columns.start(3), columns.end(3))).containsExactly(4, 6);

    long[] days = new long[6];
    double[] values = new double[6];
    Observation.Status[] statuses = new Observation.Status[6];
    for (int p = 0; p < 6; p++) {
      days[p] = columns.day(p);
      values[p] = columns.value(p);
      statuses[p] = columns.status(p);
    }
    assertThat(days).containsExactly(day(2023), day(2022), day(2024), day(2023), day(2022), day(2024));
    assertThat(values).containsExactly(3400, 70, 80, 61.5, 95, 120);
    assertThat(statuses).containsExactly(Observation.Status.ESTIMATE, Observation.Status.FINAL,
        Observation.Status.PROVISIONAL, Observation.Status.ILLUSTRATIVE, Observation.Status.FINAL,
        Observation.Status.FINAL);
  }

  @Test
  void aSeriesIsIllustrativeIfAnyOfItsObservationsIs() {
    ObservationColumns columns = ObservationColumns.of(example());
    assertThat(List.of(columns.hasIllustrative(0), columns.hasIllustrative(1), columns.hasIllustrative(2),
        columns.hasIllustrative(3))).containsExactly(false, false, true, false);

    // the illustrative observation first, in the middle, last in a series of three
    for (int at = 0; at < 3; at++) {
      List<Observation> series = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        series.add(observation("01", SHARE, null, 2020 + i, 50 + i,
            i == at ? Observation.Status.ILLUSTRATIVE : Observation.Status.FINAL));
      }
      series.add(observation("01", COUNT, null, 2020, 7, Observation.Status.PROVISIONAL));
      ObservationColumns c = ObservationColumns.of(ObservationSet.of(series));
      // series 0 is the count, series 1 the share
      assertThat(c.hasIllustrative(0)).isFalse();
      assertThat(c.hasIllustrative(1)).isTrue();
    }
  }

  @Test
  void theIndicatorOfACodeIsTheOneTheObservationsDefine() {
    ObservationColumns columns = ObservationColumns.of(example());
    assertThat(columns.indicator(SHARE.code())).contains(SHARE);
    assertThat(columns.indicator(COUNT.code())).contains(COUNT);
    assertThat(columns.indicator(CoreGenerators.DTI_RANK.code())).isEmpty();
  }

  @Test
  void theColumnsOfASetAreMadeOnce() {
    ObservationSet set = example();
    assertThat(ObservationColumns.of(set)).isSameAs(ObservationColumns.of(set));
  }

  @Test
  void theAccessIsRegisteredOnlyOnce() {
    ObservationSet.empty(); // the set's class registers the access as it is initialised
    assertThatThrownBy(() -> ObservationColumns.register(set -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the columns of observation sets are already registered");
    assertThatThrownBy(() -> ObservationColumns.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("set");
  }

  /** Observations of four units and four indicators at three levels, any status, first of each key kept. */
  private static Gen<List<Observation>> observationLists() {
    Gen<Observation> one = Generate.pick(CoreGenerators.OBSERVED_INDICATORS).flatMap(indicator ->
        CoreGenerators.validValues(indicator.measure()).zip(Generate.pick(CoreGenerators.OBSERVED_UNITS),
            integers().between(0, 2), CoreGenerators.distinctEndPeriods(),
            Generate.enumValues(Observation.Status.class), (value, unit, level, period, status) -> {
              Observation.Builder b = Observation.builder().unitCode(unit).indicator(indicator).period(period)
                  .value(value).status(status);
              if (LEVELS[level] != null) {
                b.measuredLevel(LEVELS[level]);
              }
              return b.build();
            }));
    return lists().of(one).ofSizeBetween(0, 40).map(list -> {
      Map<List<Object>, Observation> kept = new LinkedHashMap<>();
      for (Observation o : list) {
        kept.putIfAbsent(List.of(o.unitCode(), o.indicator().code(), level(o), o.date()), o);
      }
      return new ArrayList<>(kept.values());
    });
  }

  /** A series key: an indicator code and a level's ordinal, -1 for a unit's own level. */
  private record Key(String code, int level) {}

  private static int level(Observation o) {
    return o.measuredLevel().map(Enum::ordinal).orElse(-1);
  }

  private static List<Integer> keyIds(ObservationColumns columns, int unit) {
    List<Integer> ids = new ArrayList<>();
    for (int s = columns.firstSeries(unit); s < columns.endSeries(unit); s++) {
      ids.add(columns.keyIdOf(s));
    }
    return ids;
  }

  private static long day(int year) {
    return LocalDate.of(year, 12, 31).toEpochDay();
  }

  @Test
  void readByPositionTheColumnsGiveBackTheSetsObservationsInOrder() {
    qt().withExamples(Examples.upTo(200)).forAll(observationLists()).checkAssert(list -> {
      ObservationSet set = ObservationSet.of(list);
      ObservationColumns columns = ObservationColumns.of(set);
      // the distinct keys, by indicator code then level, a unit's own level (-1) first
      TreeSet<Key> keys = new TreeSet<>(Comparator.comparing(Key::code).thenComparingInt(Key::level));
      list.forEach(o -> keys.add(new Key(o.indicator().code(), level(o))));
      assertThat(columns.keyCount()).isEqualTo(keys.size());
      int rank = 0;
      for (Key k : keys) {
        assertThat(columns.keyId(k.code(), k.level() < 0 ? null : AdministrativeLevel.values()[k.level()]))
            .isEqualTo(rank++);
      }

      List<Observation> all = set.stream().toList();
      int read = 0;
      List<String> units = set.unitCodes().asList();
      assertThat(columns.firstSeries(0)).isZero();
      for (int u = 0; u < units.size(); u++) {
        assertThat(columns.unit(units.get(u))).isEqualTo(u);
        assertThat(columns.unit(units.get(u), u)).isEqualTo(u);
        assertThat(columns.unit(units.get(u), u + 1)).isEqualTo(u);
        int previousKey = -1;
        for (int s = columns.firstSeries(u); s < columns.endSeries(u); s++) {
          assertThat(columns.keyIdOf(s)).isGreaterThan(previousKey);
          previousKey = columns.keyIdOf(s);
          assertThat(columns.end(s)).isGreaterThan(columns.start(s));
          boolean illustrative = false;
          long lastDay = Long.MIN_VALUE;
          for (int p = columns.start(s); p < columns.end(s); p++) {
            assertThat(p).isEqualTo(read);
            Observation o = all.get(read++);
            assertThat(o.unitCode()).isEqualTo(units.get(u));
            assertThat(columns.keyId(o.indicator().code(), o.measuredLevel().orElse(null))).isEqualTo(previousKey);
            assertThat(columns.day(p)).isEqualTo(o.date().toEpochDay()).isGreaterThan(lastDay);
            lastDay = columns.day(p);
            assertThat(Double.doubleToRawLongBits(columns.value(p))).isEqualTo(Double.doubleToRawLongBits(o.value()));
            assertThat(columns.status(p)).isEqualTo(o.status());
            assertThat(columns.indicator(o.indicator().code())).contains(o.indicator());
            illustrative |= o.status() == Observation.Status.ILLUSTRATIVE;
          }
          assertThat(columns.hasIllustrative(s)).isEqualTo(illustrative);
          assertThat(columns.lastDay(s)).isEqualTo(lastDay);
          assertThat(Double.doubleToRawLongBits(columns.lastValue(s)))
              .isEqualTo(Double.doubleToRawLongBits(all.get(read - 1).value()));
        }
        if (u + 1 < units.size()) {
          assertThat(columns.firstSeries(u + 1)).isEqualTo(columns.endSeries(u));
        }
        for (int other = 0; other < units.size(); other++) {
          assertThat(columns.sameKeys(u, other)).isEqualTo(keyIds(columns, u).equals(keyIds(columns, other)));
        }
      }
      assertThat(read).isEqualTo(set.size());
    });
  }
}
