package io.github.cdsvn.core.observation;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.internal.ObservationColumns;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The observations of an {@link ObservationSet} held in columns, in iteration order (unit, series
 * key, date), and read by position.
 *
 * <p>Each observation is its period (an index into the table of distinct periods), its value,
 * and its details (status, source, numerator and denominator, an index into the table of
 * distinct details). Unit code, indicator and measured level belong to the series. Observations
 * are materialised, equal to those added, when asked for. Immutable and thread-safe.
 */
final class ObservationTable {
  static final ObservationTable EMPTY = new ObservationTable(new String[0], new int[] {0}, new SeriesKey[0],
      new int[] {0}, new int[0], new double[0], new int[0], List.of(), List.of(), Map.of());

  /** The codes of the units, sorted. */
  private final String[] units;
  /** The first series of each unit; one more entry, the number of series. */
  private final int[] unitFirstSeries;
  /** Each series' key, in order within its unit; keys are shared between units. */
  private final SeriesKey[] seriesKeys;
  /** The first observation of each series; one more entry, the number of observations. */
  private final int[] seriesStart;
  private final int[] periodIndex;
  private final double[] values;
  private final int[] detailIndex;
  private final List<ObservationPeriod> periods;
  /** The end day of each period in {@link #periods}. */
  private final long[] periodDays;
  private final List<Detail> details;
  private final Map<String, Indicator> indicators;
  /** The unit found last, shared by the threads that read the table: an immutable pair, or null. */
  private volatile UnitFound lastUnit;
  /** The columns as the scoring engine reads them, with a number for each series key. */
  private final ObservationColumns columns;

  ObservationTable(String[] units, int[] unitFirstSeries, SeriesKey[] seriesKeys, int[] seriesStart,
      int[] periodIndex, double[] values, int[] detailIndex, List<ObservationPeriod> periods,
      List<Detail> details, Map<String, Indicator> indicators) {
    this.units = units;
    this.unitFirstSeries = unitFirstSeries;
    this.seriesKeys = seriesKeys;
    this.seriesStart = seriesStart;
    this.periodIndex = periodIndex;
    this.values = values;
    this.detailIndex = detailIndex;
    this.periods = periods;
    this.periodDays = new long[periods.size()];
    for (int i = 0; i < periodDays.length; i++) {
      periodDays[i] = periods.get(i).endDate().toEpochDay();
    }
    this.details = details;
    this.indicators = indicators;
    this.columns = makeColumns();
  }

  /** The number of observations. */
  int size() {
    return values.length;
  }

  /** The number of series. */
  int seriesCount() {
    return seriesKeys.length;
  }

  /** The codes of the units, sorted; the caller must not write the array. */
  String[] units() {
    return units;
  }

  /** The code of the indicator a series observes. */
  String indicatorCode(int series) {
    return seriesKeys[series].indicatorCode();
  }

  /** The indicator a series observes. */
  Indicator indicator(int series) {
    return indicators.get(seriesKeys[series].indicatorCode());
  }

  /** The code of the unit a series belongs to. */
  String unitCode(int series) {
    return units[unitOf(series)];
  }

  /** The first observation of a series. */
  int start(int series) {
    return seriesStart[series];
  }

  /** One more than the last observation of a series. */
  int end(int series) {
    return seriesStart[series + 1];
  }

  ObservationPeriod period(int position) {
    return periods.get(periodIndex[position]);
  }

  double value(int position) {
    return values[position];
  }

  Observation.Status status(int position) {
    return details.get(detailIndex[position]).status();
  }

  /** The columns by position, with a number for each distinct series key. */
  ObservationColumns columns() {
    return columns;
  }

  /** The position of a series' last observation dated on or before a day, or -1. */
  int latest(int series, LocalDate asOf) {
    long day = asOf.toEpochDay();
    int lo = seriesStart[series];
    int hi = seriesStart[series + 1] - 1;
    int at = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (periodDays[periodIndex[mid]] <= day) {
        at = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return at;
  }

  /** Every observation of a series, materialised, oldest first. */
  ImmutableList<Observation> list(int series) {
    int from = seriesStart[series];
    int to = seriesStart[series + 1];
    Observation[] out = new Observation[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = observation(series, i);
    }
    return ImmutableList.copyOf(out);
  }

  /** Materialises observation {@code i} of a series. */
  Observation observation(int series, int i) {
    SeriesKey key = seriesKeys[series];
    Detail d = details.get(detailIndex[i]);
    Observation.Builder b = Observation.builder();
    b.unitCode(units[unitOf(series)]).indicator(indicators.get(key.indicatorCode()))
        .period(periods.get(periodIndex[i])).value(values[i]).status(d.status()).source(d.source())
        .numerator(d.numerator()).denominator(d.denominator());
    if (key.level() != null) {
      b.measuredLevel(key.level());
    }
    return b.build();
  }

  /** The unit a series belongs to. */
  private int unitOf(int series) {
    // every unit has at least one series, so the first series are strictly increasing
    int i = Arrays.binarySearch(unitFirstSeries, 0, units.length, series);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * Finds the series of a unit with an indicator and a measured level ({@code null} for the
   * unit's own level).
   *
   * @return the series, or -1 if the table has none
   */
  int find(String unitCode, String indicatorCode, AdministrativeLevel level) {
    SeriesKey key = new SeriesKey(indicatorCode, level);
    Objects.requireNonNull(unitCode, "unitCode");
    // a scorer asks for many series of one unit in a row: the last unit found is kept
    UnitFound last = lastUnit;
    int u;
    if (last != null && last.code.equals(unitCode)) {
      u = last.index;
    } else {
      u = Arrays.binarySearch(units, unitCode);
      if (u < 0) {
        return -1;
      }
      lastUnit = new UnitFound(unitCode, u);
    }
    int at = Arrays.binarySearch(seriesKeys, unitFirstSeries[u], unitFirstSeries[u + 1], key);
    return at >= 0 ? at : -1;
  }

  /** Numbers the distinct series keys in their order and wraps the columns. */
  private ObservationColumns makeColumns() {
    TreeMap<SeriesKey, Integer> ids = new TreeMap<>();
    for (SeriesKey k : seriesKeys) {
      ids.put(k, 0);
    }
    String[] keyIndicator = new String[ids.size()];
    AdministrativeLevel[] keyLevel = new AdministrativeLevel[ids.size()];
    int id = 0;
    for (Map.Entry<SeriesKey, Integer> e : ids.entrySet()) {
      e.setValue(id);
      keyIndicator[id] = e.getKey().indicatorCode();
      keyLevel[id] = e.getKey().level();
      id++;
    }
    Map<SeriesKey, Integer> byKey = new HashMap<>(ids);
    int[] seriesKeyId = new int[seriesKeys.length];
    for (int s = 0; s < seriesKeys.length; s++) {
      seriesKeyId[s] = byKey.get(seriesKeys[s]);
    }
    Observation.Status[] statuses = new Observation.Status[details.size()];
    for (int d = 0; d < statuses.length; d++) {
      statuses[d] = details.get(d).status();
    }
    return new ObservationColumns(units, unitFirstSeries, seriesKeyId, keyIndicator, keyLevel, seriesStart,
        periodIndex, periodDays, values, detailIndex, statuses, code -> Optional.ofNullable(indicators.get(code)));
  }

  /** A unit's code and its position in {@code units}. */
  private record UnitFound(String code, int index) {}

  /** An indicator and a measured level ({@code null} for the unit's own level). */
  record SeriesKey(String indicatorCode, AdministrativeLevel level) implements Comparable<SeriesKey> {
    SeriesKey {
      Objects.requireNonNull(indicatorCode, "indicatorCode");
    }

    static SeriesKey of(Observation o) {
      return new SeriesKey(o.indicator().code(), o.measuredLevel().orElse(null));
    }

    @Override
    public int compareTo(SeriesKey other) {
      int c = indicatorCode.compareTo(other.indicatorCode);
      if (c != 0) {
        return c;
      }
      int a = level == null ? -1 : level.ordinal();
      int b = other.level == null ? -1 : other.level.ordinal();
      return Integer.compare(a, b);
    }
  }

  /** What observations share beyond their series, period and value: one entry per distinct combination. */
  record Detail(Observation.Status status, Optional<String> source, OptionalDouble numerator,
      OptionalDouble denominator) {
    static Detail of(Observation o) {
      return new Detail(o.status(), o.source(), o.numerator(), o.denominator());
    }
  }
}
