package io.github.cdsvn.core.observation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.Problem;
import io.github.cdsvn.core.indicator.Indicator;
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
import java.util.TreeMap;
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
 */
public final class ObservationSet {
  private static final ObservationSet EMPTY = new ObservationSet(new TreeMap<>(), 0);

  /** unit code → series key → series, both sorted. */
  private final TreeMap<String, TreeMap<SeriesKey, Series>> byUnit;
  private final int size;

  private ObservationSet(TreeMap<String, TreeMap<SeriesKey, Series>> byUnit, int size) {
    this.byUnit = byUnit;
    this.size = size;
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

  private static Optional<Observation> latest(Series s, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (s == null) {
      return Optional.empty();
    }
    int i = Arrays.binarySearch(s.days, asOf.toEpochDay());
    int at = i >= 0 ? i : -i - 2;
    return at >= 0 ? Optional.of(s.observations[at]) : Optional.empty();
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

  private static ImmutableList<Observation> list(Series s) {
    return s == null ? ImmutableList.of() : ImmutableList.copyOf(s.observations);
  }

  private Series find(String unitCode, SeriesKey key) {
    Objects.requireNonNull(unitCode, "unitCode");
    TreeMap<SeriesKey, Series> byKey = byUnit.get(unitCode);
    return byKey == null ? null : byKey.get(key);
  }

  /**
   * Returns the codes of the units observed, sorted.
   *
   * @return the unit codes
   */
  public ImmutableSortedSet<String> unitCodes() {
    return ImmutableSortedSet.copyOf(byUnit.keySet());
  }

  /**
   * Returns the codes of the indicators observed, sorted.
   *
   * @return the indicator codes
   */
  public ImmutableSortedSet<String> indicatorCodes() {
    return byUnit.values().stream().flatMap(m -> m.keySet().stream()).map(SeriesKey::indicatorCode)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns every observation, by unit code, indicator code, measured level and date.
   *
   * @return the observations
   */
  public Stream<Observation> stream() {
    return byUnit.values().stream().flatMap(m -> m.values().stream())
        .flatMap(s -> Arrays.stream(s.observations));
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the set is empty.
   *
   * @return {@code true} if it holds no observation
   */
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObservationSet other && size == other.size
        && stream().toList().equals(other.stream().toList());
  }

  @Override
  public int hashCode() {
    return stream().toList().hashCode();
  }

  @Override
  public String toString() {
    return "ObservationSet{" + size + " observations, " + byUnit.size() + " units}";
  }

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

  /** One series, sorted by end date. */
  private static final class Series {
    final long[] days;
    final Observation[] observations;

    Series(List<Observation> sorted) {
      this.observations = sorted.toArray(new Observation[0]);
      this.days = new long[observations.length];
      for (int i = 0; i < observations.length; i++) {
        days[i] = observations[i].date().toEpochDay();
      }
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
      Map<String, Map<SeriesKey, List<Integer>>> grouped = new HashMap<>();
      for (int i = 0; i < observations.size(); i++) {
        Observation o = observations.get(i);
        Indicator known = indicators.putIfAbsent(o.indicator().code(), o.indicator());
        if (known != null && !known.equals(o.indicator())) {
          problems.add(Problem.of(where(i, o), "indicator " + o.indicator().code()
              + " is defined differently from earlier observations: " + o.indicator() + " vs " + known));
          problemIndex.add(i);
        }
        grouped.computeIfAbsent(o.unitCode(), k -> new HashMap<>())
            .computeIfAbsent(SeriesKey.of(o), k -> new ArrayList<>()).add(i);
      }
      TreeMap<String, TreeMap<SeriesKey, Series>> byUnit = new TreeMap<>();
      int size = 0;
      for (Map.Entry<String, Map<SeriesKey, List<Integer>>> unit : grouped.entrySet()) {
        TreeMap<SeriesKey, Series> byKey = new TreeMap<>();
        for (Map.Entry<SeriesKey, List<Integer>> series : unit.getValue().entrySet()) {
          List<Integer> idx = series.getValue();
          idx.sort(Comparator.comparing((Integer i) -> observations.get(i).date()).thenComparing(i -> i));
          List<Observation> kept = new ArrayList<>();
          int keptIndex = -1;
          for (int i : idx) {
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
          byKey.put(series.getKey(), new Series(kept));
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
      return new ObservationSet(byUnit, size);
    }

    private static String where(int i, Observation o) {
      return "observations[" + i + "] (unit " + o.unitCode() + ", " + o.indicator().code()
          + o.measuredLevel().map(l -> " at " + l.label().en()).orElse("") + ", " + o.period() + ")";
    }
  }
}
