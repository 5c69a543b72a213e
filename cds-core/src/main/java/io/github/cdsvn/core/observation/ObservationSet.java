package io.github.cdsvn.core.observation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.Problem;
import io.github.cdsvn.core.indicator.Indicator;
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
 * A set of observations indexed by unit, indicator and time.
 *
 * <p>{@link #latest(String, String, LocalDate)} answers "what was the value on this date" with
 * the observation whose period ends last on or before the date, by binary search within the
 * unit's series. Each series holds at most one observation per end date: adding the same
 * observation twice keeps one, two different values for one unit, indicator and end date are a
 * problem. The builder checks everything and either builds or throws one
 * {@link InvalidDataException} listing every problem.
 *
 * <p>Iteration order is stable: by unit code, indicator code, then date. Immutable and
 * thread-safe.
 */
public final class ObservationSet {
  private static final ObservationSet EMPTY = new ObservationSet(new TreeMap<>(), 0);

  /** unit code → indicator code → series, both maps sorted by code. */
  private final TreeMap<String, TreeMap<String, Series>> byUnit;
  private final int size;

  private ObservationSet(TreeMap<String, TreeMap<String, Series>> byUnit, int size) {
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
   * Returns the latest observation on or before a date.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param asOf the date; observations whose period ends after it are ignored
   * @return the observation whose period ends last on or before {@code asOf}, or empty if there
   *     is none
   */
  public Optional<Observation> latest(String unitCode, String indicatorCode, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Series s = series0(unitCode, indicatorCode);
    if (s == null) {
      return Optional.empty();
    }
    int i = Arrays.binarySearch(s.days, asOf.toEpochDay());
    int at = i >= 0 ? i : -i - 2;
    return at >= 0 ? Optional.of(s.observations[at]) : Optional.empty();
  }

  /**
   * Returns every observation of an indicator for a unit, oldest first.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @return the series, possibly empty
   */
  public ImmutableList<Observation> series(String unitCode, String indicatorCode) {
    Series s = series0(unitCode, indicatorCode);
    return s == null ? ImmutableList.of() : ImmutableList.copyOf(s.observations);
  }

  /**
   * Returns the observations of an indicator for a unit between two dates, oldest first.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the observations whose period ends between the two days
   */
  public ImmutableList<Observation> series(String unitCode, String indicatorCode, LocalDate from,
      LocalDate to) {
    return series(unitCode, indicatorCode).stream()
        .filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to))
        .collect(ImmutableList.toImmutableList());
  }

  private Series series0(String unitCode, String indicatorCode) {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    TreeMap<String, Series> byIndicator = byUnit.get(unitCode);
    return byIndicator == null ? null : byIndicator.get(indicatorCode);
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
    return byUnit.values().stream().flatMap(m -> m.keySet().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns every observation, by unit code, indicator code and date.
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

  /** One unit's observations of one indicator, sorted by end date. */
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
     * <p>Problems: two different values for one unit, indicator and end date; one indicator
     * code carrying two different definitions.
     *
     * @return the set
     * @throws InvalidDataException listing every problem found
     */
    public ObservationSet build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, Indicator> indicators = new HashMap<>();
      Map<String, Map<String, List<Integer>>> grouped = new HashMap<>();
      for (int i = 0; i < observations.size(); i++) {
        Observation o = observations.get(i);
        Indicator known = indicators.putIfAbsent(o.indicator().code(), o.indicator());
        if (known != null && !known.equals(o.indicator())) {
          problems.add(Problem.of(where(i, o), "indicator " + o.indicator().code()
              + " is defined differently from earlier observations: " + o.indicator() + " vs " + known));
        }
        grouped.computeIfAbsent(o.unitCode(), k -> new HashMap<>())
            .computeIfAbsent(o.indicator().code(), k -> new ArrayList<>()).add(i);
      }
      TreeMap<String, TreeMap<String, Series>> byUnit = new TreeMap<>();
      int size = 0;
      for (Map.Entry<String, Map<String, List<Integer>>> unit : grouped.entrySet()) {
        TreeMap<String, Series> byIndicator = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> series : unit.getValue().entrySet()) {
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
              }
              continue;
            }
            kept.add(o);
            keptIndex = i;
          }
          byIndicator.put(series.getKey(), new Series(kept));
          size += kept.size();
        }
        byUnit.put(unit.getKey(), byIndicator);
      }
      if (!problems.isEmpty()) {
        problems.sort(Comparator.comparingInt(p -> index(p.location())));
        throw new InvalidDataException("observation set", problems);
      }
      return new ObservationSet(byUnit, size);
    }

    private static int index(String location) {
      return Integer.parseInt(location.substring("observations[".length(), location.indexOf(']')));
    }

    private static String where(int i, Observation o) {
      return "observations[" + i + "] (unit " + o.unitCode() + ", " + o.indicator().code() + ", "
          + o.period() + ")";
    }
  }
}
