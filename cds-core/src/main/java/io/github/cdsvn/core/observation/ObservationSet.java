package io.github.cdsvn.core.observation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.Problem;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.internal.ObservationColumns;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A set of observations indexed by unit, indicator, measured level and time.
 *
 * <p>{@link #latest(String, String, LocalDate)} answers "what was the value on this date" with
 * the observation whose period ends last on or before the date, by binary search within the
 * unit's series. A series is one unit's observations of one indicator at one measured level
 * ({@link Observation#measuredLevel()}; the unit's own level unless stated). Each series holds
 * at most one observation per end date: adding the same observation twice keeps one, two
 * different values for one series and end date are a problem. The builder checks everything and
 * either builds or throws one {@link InvalidDataException} listing every problem.
 *
 * <p>Iteration order is stable: by unit code, indicator code, measured level (own level first),
 * then date. Immutable and thread-safe.
 *
 * <p>Observations are held in columns, not as objects: per observation a period and a set of
 * details (status, source, numerator and denominator), each as an index into a table of the
 * distinct ones, and the value; unit code, indicator and measured level once per series. A
 * national data set of yearly observations takes about 21 bytes per observation. The
 * observations returned are built when asked for, equal to those added (not the same objects).
 */
public final class ObservationSet {
  private static final ObservationSet EMPTY = new ObservationSet(new String[0], new int[] {0}, new SeriesKey[0],
      new int[] {0}, new int[0], new double[0], new int[0], List.of(), List.of(), Map.of());

  // The observations are held in columns, in iteration order (unit, series key, date): each
  // observation is its period (an index into the shared table of distinct periods), its value,
  // and its details (status, source, numerator and denominator, an index into the shared table
  // of distinct details). Unit code, indicator and measured level belong to the series.
  // Observations are materialised, equal to those added, when asked for.

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
  /** The unit found last, shared by the threads that read the set: an immutable pair, or null. */
  private volatile UnitFound lastUnit;
  /** The columns as the scoring engine reads them, with a number for each series key. */
  private final ObservationColumns columns;

  static {
    ObservationColumns.register(ObservationSet::columns);
  }

  private ObservationSet(String[] units, int[] unitFirstSeries, SeriesKey[] seriesKeys, int[] seriesStart,
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

  /**
   * Returns the empty set.
   *
   * @return a set with no observations
   */
  public static ObservationSet empty() {
    return EMPTY;
  }

  /**
   * Returns a set of the given observations.
   *
   * @param observations the observations
   * @return the set
   * @throws InvalidDataException listing every problem
   */
  public static ObservationSet of(Iterable<Observation> observations) {
    return builder().addAll(observations).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the latest observation of a unit's own level on or before a date.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param asOf the date; observations whose period ends after it are ignored
   * @return the observation whose period ends last on or before {@code asOf}, or empty if there
   *     is none
   */
  public Optional<Observation> latest(String unitCode, String indicatorCode, LocalDate asOf) {
    return latest(find(unitCode, new SeriesKey(indicatorCode, null)), asOf);
  }

  /**
   * Returns the latest observation of a measured level on or before a date, such as the share
   * of district-level work records in a province.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param measuredLevel the level measured, as in {@link Observation#measuredLevel()}
   * @param asOf the date; observations whose period ends after it are ignored
   * @return the observation whose period ends last on or before {@code asOf}, or empty
   */
  public Optional<Observation> latest(String unitCode, String indicatorCode,
      AdministrativeLevel measuredLevel, LocalDate asOf) {
    Objects.requireNonNull(measuredLevel, "measuredLevel");
    return latest(find(unitCode, new SeriesKey(indicatorCode, measuredLevel)), asOf);
  }

  private Optional<Observation> latest(int series, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (series < 0) {
      return Optional.empty();
    }
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
    return at >= 0 ? Optional.of(observation(series, at)) : Optional.empty();
  }

  /**
   * Returns every observation of an indicator for a unit's own level, oldest first.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @return the series, possibly empty
   */
  public ImmutableList<Observation> series(String unitCode, String indicatorCode) {
    return list(find(unitCode, new SeriesKey(indicatorCode, null)));
  }

  /**
   * Returns every observation of an indicator at a measured level for a unit, oldest first.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param measuredLevel the level measured
   * @return the series, possibly empty
   */
  public ImmutableList<Observation> series(String unitCode, String indicatorCode,
      AdministrativeLevel measuredLevel) {
    Objects.requireNonNull(measuredLevel, "measuredLevel");
    return list(find(unitCode, new SeriesKey(indicatorCode, measuredLevel)));
  }

  /**
   * Returns the series of an indicator for a unit's own level as a view of the set's columns,
   * oldest first: the same observations as {@link #series(String, String)}, read one field at a
   * time without making an {@link Observation} for each.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @return the series, possibly empty
   */
  public Series seriesView(String unitCode, String indicatorCode) {
    return view(find(unitCode, new SeriesKey(indicatorCode, null)));
  }

  /**
   * Returns the series of an indicator at a measured level for a unit as a view of the set's
   * columns, oldest first: the same observations as
   * {@link #series(String, String, AdministrativeLevel)}, read one field at a time.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param measuredLevel the level measured
   * @return the series, possibly empty
   */
  public Series seriesView(String unitCode, String indicatorCode, AdministrativeLevel measuredLevel) {
    Objects.requireNonNull(measuredLevel, "measuredLevel");
    return view(find(unitCode, new SeriesKey(indicatorCode, measuredLevel)));
  }

  private Series view(int series) {
    return series < 0 ? new Series(this, -1, 0, 0) : new Series(this, series, seriesStart[series],
        seriesStart[series + 1]);
  }

  /**
   * One series of an {@link ObservationSet} (a unit, an indicator, a measured level), oldest
   * first, read from the set's columns: the date, value and status of each observation without
   * making the observation, which {@link #get(int)} makes when it is needed. Positions run from
   * 0 to {@link #size()} − 1 in the order of {@link ObservationSet#series(String, String)}.
   * Immutable and thread-safe.
   */
  public static final class Series {
    private final ObservationSet set;
    private final int series;
    private final int from;
    private final int to;

    private Series(ObservationSet set, int series, int from, int to) {
      this.set = set;
      this.series = series;
      this.from = from;
      this.to = to;
    }

    /**
     * Returns the number of observations.
     *
     * @return the size, 0 for a series the set does not have
     */
    public int size() {
      return to - from;
    }

    /**
     * Tells whether the series has no observation.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
      return to == from;
    }

    private int at(int i) {
      Objects.checkIndex(i, to - from);
      return from + i;
    }

    /**
     * Returns the indicator observed.
     *
     * @return the indicator
     * @throws IndexOutOfBoundsException if the series is empty
     */
    public Indicator indicator() {
      at(0);
      return set.indicators.get(set.seriesKeys[series].indicatorCode());
    }

    /**
     * Returns the period of an observation.
     *
     * @param i the position, from 0
     * @return the period
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public ObservationPeriod period(int i) {
      return set.periods.get(set.periodIndex[at(i)]);
    }

    /**
     * Returns the date of an observation, as {@link Observation#date()}: its period's end date.
     *
     * @param i the position, from 0
     * @return the date
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public LocalDate date(int i) {
      return period(i).endDate();
    }

    /**
     * Returns the value of an observation.
     *
     * @param i the position, from 0
     * @return the value
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public double value(int i) {
      return set.values[at(i)];
    }

    /**
     * Returns the status of an observation.
     *
     * @param i the position, from 0
     * @return the status
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public ObservationStatus status(int i) {
      return set.details.get(set.detailIndex[at(i)]).status();
    }

    /**
     * Makes an observation of the series.
     *
     * @param i the position, from 0
     * @return the observation, equal to the one {@link ObservationSet#series(String, String)}
     *     returns at that position
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public Observation get(int i) {
      return set.observation(series, at(i));
    }

    /**
     * Makes every observation of the series.
     *
     * @return the observations, oldest first
     */
    public ImmutableList<Observation> toList() {
      return series < 0 ? ImmutableList.of() : set.list(series);
    }

    @Override
    public String toString() {
      return isEmpty() ? "Series[]" : "Series[" + set.units[set.unitOf(series)] + ", "
          + set.seriesKeys[series].indicatorCode() + ", " + size() + " observations]";
    }
  }

  private ImmutableList<Observation> list(int series) {
    if (series < 0) {
      return ImmutableList.of();
    }
    int from = seriesStart[series];
    int to = seriesStart[series + 1];
    Observation[] out = new Observation[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = observation(series, i);
    }
    return ImmutableList.copyOf(out);
  }

  /** Materialises observation {@code i} of a series. */
  private Observation observation(int series, int i) {
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

  /** The series of a unit with a key, or -1. */
  private int find(String unitCode, SeriesKey key) {
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

  /**
   * Returns the codes of the units observed, sorted.
   *
   * @return the unit codes
   */
  public ImmutableSortedSet<String> unitCodes() {
    return ImmutableSortedSet.copyOf(units);
  }

  /**
   * Returns the codes of the indicators observed, sorted.
   *
   * @return the indicator codes
   */
  public ImmutableSortedSet<String> indicatorCodes() {
    return Arrays.stream(seriesKeys).map(SeriesKey::indicatorCode)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns every observation, by unit code, indicator code, measured level and date.
   *
   * @return the observations
   */
  public Stream<Observation> stream() {
    return IntStream.range(0, seriesKeys.length).boxed().flatMap(s -> IntStream.range(seriesStart[s], seriesStart[s + 1])
        .mapToObj(i -> observation(s, i)));
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return values.length;
  }

  /**
   * Tells whether the set is empty.
   *
   * @return {@code true} if it holds no observation
   */
  public boolean isEmpty() {
    return values.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObservationSet other && size() == other.size()
        && stream().toList().equals(other.stream().toList());
  }

  @Override
  public int hashCode() {
    return stream().toList().hashCode();
  }

  @Override
  public String toString() {
    return "ObservationSet{" + size() + " observations, " + units.length + " units}";
  }

  /** The columns by position, with a number for each distinct series key. */
  private ObservationColumns columns() {
    return columns;
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
    ObservationStatus[] statuses = new ObservationStatus[details.size()];
    for (int d = 0; d < statuses.length; d++) {
      statuses[d] = details.get(d).status();
    }
    return new ObservationColumns(units, unitFirstSeries, seriesKeyId, keyIndicator, keyLevel, seriesStart,
        periodIndex, periodDays, values, detailIndex, statuses, code -> Optional.ofNullable(indicators.get(code)));
  }

  /** A unit's code and its position in {@code units}. */
  private record UnitFound(String code, int index) {}

  /** An indicator and a measured level ({@code null} for the unit's own level). */
  private record SeriesKey(String indicatorCode, AdministrativeLevel level)
      implements Comparable<SeriesKey> {
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
  private record Detail(ObservationStatus status, Optional<String> source, OptionalDouble numerator,
      OptionalDouble denominator) {
    static Detail of(Observation o) {
      return new Detail(o.status(), o.source(), o.numerator(), o.denominator());
    }
  }

  /**
   * Collects observations for a set and checks them all when built. Not thread-safe: use from
   * one thread.
   */
  public static final class Builder {
    private final List<Observation> observations = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an observation.
     *
     * @param observation the observation
     * @return this builder
     */
    public Builder add(Observation observation) {
      observations.add(Objects.requireNonNull(observation, "observation"));
      return this;
    }

    /**
     * Adds observations.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder addAll(Iterable<Observation> observations) {
      observations.forEach(this::add);
      return this;
    }

    /**
     * Checks everything and builds the set.
     *
     * <p>Problems: two different observations for one unit, indicator, measured level and end
     * date; one indicator code carrying two different definitions.
     *
     * @return the set
     * @throws InvalidDataException listing every problem found, in input order
     */
    public ObservationSet build() {
      List<Problem> problems = new ArrayList<>();
      List<Integer> problemIndex = new ArrayList<>();
      Map<String, Indicator> indicators = new HashMap<>();
      Map<String, Map<SeriesKey, Positions>> grouped = new HashMap<>();
      for (int i = 0; i < observations.size(); i++) {
        Observation o = observations.get(i);
        Indicator known = indicators.putIfAbsent(o.indicator().code(), o.indicator());
        if (known != null && !known.equals(o.indicator())) {
          problems.add(Problem.of(where(i, o), "indicator " + o.indicator().code()
              + " is defined differently from earlier observations: " + o.indicator() + " vs " + known));
          problemIndex.add(i);
        }
        grouped.computeIfAbsent(o.unitCode(), k -> new HashMap<>())
            .computeIfAbsent(SeriesKey.of(o), k -> new Positions()).add(i);
      }
      TreeMap<String, TreeMap<SeriesKey, List<Observation>>> byUnit = new TreeMap<>();
      int size = 0;
      for (Map.Entry<String, Map<SeriesKey, Positions>> unit : grouped.entrySet()) {
        TreeMap<SeriesKey, List<Observation>> byKey = new TreeMap<>();
        for (Map.Entry<SeriesKey, Positions> series : unit.getValue().entrySet()) {
          Positions idx = series.getValue();
          // by date, then by position: the epoch day (within ±2^31) above the position (below 2^31)
          long[] order = new long[idx.size];
          for (int k = 0; k < idx.size; k++) {
            int i = idx.at[k];
            order[k] = (observations.get(i).date().toEpochDay() << 32) | i;
          }
          Arrays.sort(order);
          List<Observation> kept = new ArrayList<>(order.length);
          int keptIndex = -1;
          for (long key : order) {
            int i = (int) key;
            Observation o = observations.get(i);
            Observation last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.date().equals(o.date())) {
              if (!last.equals(o)) {
                problems.add(Problem.of(where(i, o), "duplicates observations[" + keptIndex + "] ("
                    + last + ") with a different value or details"));
                problemIndex.add(i);
              }
              continue;
            }
            kept.add(o);
            keptIndex = i;
          }
          byKey.put(series.getKey(), kept);
          size += kept.size();
        }
        byUnit.put(unit.getKey(), byKey);
      }
      if (!problems.isEmpty()) {
        Integer[] order = new Integer[problems.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingInt(problemIndex::get));
        List<Problem> sorted = new ArrayList<>();
        for (int k : order) {
          sorted.add(problems.get(k));
        }
        throw new InvalidDataException("observation set", sorted);
      }
      return columns(byUnit, size, indicators);
    }

    /** The positions of a series' observations in the order added: a growable array of ints. */
    private static final class Positions {
      int[] at = new int[4];
      int size;

      void add(int i) {
        if (size == at.length) {
          at = Arrays.copyOf(at, size * 2);
        }
        at[size++] = i;
      }
    }

    private static ObservationSet columns(TreeMap<String, TreeMap<SeriesKey, List<Observation>>> byUnit, int size,
        Map<String, Indicator> indicators) {
      if (size == 0) {
        return EMPTY;
      }
      int seriesCount = byUnit.values().stream().mapToInt(Map::size).sum();
      String[] units = new String[byUnit.size()];
      int[] unitFirstSeries = new int[units.length + 1];
      SeriesKey[] seriesKeys = new SeriesKey[seriesCount];
      int[] seriesStart = new int[seriesCount + 1];
      int[] periodIndex = new int[size];
      double[] values = new double[size];
      int[] detailIndex = new int[size];
      Map<SeriesKey, SeriesKey> keys = new HashMap<>();
      Map<ObservationPeriod, Integer> periods = new HashMap<>();
      List<ObservationPeriod> periodList = new ArrayList<>();
      Map<Detail, Integer> details = new HashMap<>();
      List<Detail> detailList = new ArrayList<>();
      int u = 0;
      int s = 0;
      int i = 0;
      for (Map.Entry<String, TreeMap<SeriesKey, List<Observation>>> unit : byUnit.entrySet()) {
        units[u] = unit.getKey();
        unitFirstSeries[u++] = s;
        for (Map.Entry<SeriesKey, List<Observation>> series : unit.getValue().entrySet()) {
          seriesKeys[s] = keys.computeIfAbsent(series.getKey(), k -> k);
          seriesStart[s++] = i;
          for (Observation o : series.getValue()) {
            periodIndex[i] = periods.computeIfAbsent(o.period(), p -> {
              periodList.add(p);
              return periodList.size() - 1;
            });
            values[i] = o.value();
            detailIndex[i] = details.computeIfAbsent(Detail.of(o), d -> {
              detailList.add(d);
              return detailList.size() - 1;
            });
            i++;
          }
        }
      }
      unitFirstSeries[u] = s;
      seriesStart[s] = i;
      Map<String, Indicator> used = new HashMap<>();
      for (SeriesKey k : keys.keySet()) {
        used.put(k.indicatorCode(), indicators.get(k.indicatorCode()));
      }
      return new ObservationSet(units, unitFirstSeries, seriesKeys, seriesStart, periodIndex, values, detailIndex,
          List.copyOf(periodList), List.copyOf(detailList), Map.copyOf(used));
    }

    private static String where(int i, Observation o) {
      return "observations[" + i + "] (unit " + o.unitCode() + ", " + o.indicator().code()
          + o.measuredLevel().map(l -> " at " + l.label().en()).orElse("") + ", " + o.period() + ")";
    }
  }
}
