package io.github.cdsvn.core.observation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.internal.ObservationColumns;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
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
 * then date. The observations returned are built when asked for, equal to those added (not the
 * same objects); how the set holds them is told in the
 * {@linkplain io.github.cdsvn.core.observation package documentation}. Immutable and
 * thread-safe.
 */
public final class ObservationSet {
  private static final ObservationSet EMPTY = new ObservationSet(ObservationTable.EMPTY);

  private final ObservationTable table;

  static {
    ObservationColumns.register(set -> set.table.columns());
  }

  private ObservationSet(ObservationTable table) {
    this.table = table;
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
    return latest(table.find(unitCode, indicatorCode, null), asOf);
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
    return latest(table.find(unitCode, indicatorCode, measuredLevel), asOf);
  }

  private Optional<Observation> latest(int series, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (series < 0) {
      return Optional.empty();
    }
    int at = table.latest(series, asOf);
    return at >= 0 ? Optional.of(table.observation(series, at)) : Optional.empty();
  }

  /**
   * Returns every observation of an indicator for a unit's own level, oldest first.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @return the series, possibly empty
   */
  public Series series(String unitCode, String indicatorCode) {
    return series(table.find(unitCode, indicatorCode, null));
  }

  /**
   * Returns every observation of an indicator at a measured level for a unit, oldest first.
   *
   * @param unitCode the unit's code
   * @param indicatorCode the indicator's code
   * @param measuredLevel the level measured
   * @return the series, possibly empty
   */
  public Series series(String unitCode, String indicatorCode, AdministrativeLevel measuredLevel) {
    Objects.requireNonNull(measuredLevel, "measuredLevel");
    return series(table.find(unitCode, indicatorCode, measuredLevel));
  }

  private Series series(int series) {
    return series < 0 ? new Series(table, -1, 0, 0) : new Series(table, series, table.start(series),
        table.end(series));
  }

  /**
   * One series of an {@link ObservationSet} (a unit, an indicator, a measured level), oldest
   * first: an immutable list of its observations, read from the set's columns.
   *
   * <p>The positional accessors read the date, value and status of an observation without
   * making it; {@link #get(int)} makes the observation, equal to the one added, each time it is
   * asked for. Positions run from 0 to {@link #size()} − 1. Equal to any list of the same
   * observations in the same order; {@code toString()} names the unit, the indicator and the
   * number of observations. The methods that would change the list throw
   * {@link UnsupportedOperationException}. Immutable and thread-safe.
   */
  public static final class Series extends AbstractList<Observation> implements RandomAccess {
    private final ObservationTable table;
    private final int series;
    private final int from;
    private final int to;

    private Series(ObservationTable table, int series, int from, int to) {
      this.table = table;
      this.series = series;
      this.from = from;
      this.to = to;
    }

    /**
     * Returns the number of observations.
     *
     * @return the size, 0 for a series the set does not have
     */
    @Override
    public int size() {
      return to - from;
    }

    /**
     * Tells whether the series has no observation.
     *
     * @return {@code true} if empty
     */
    @Override
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
      return table.indicator(series);
    }

    /**
     * Returns the period of an observation.
     *
     * @param i the position, from 0
     * @return the period
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public ObservationPeriod period(int i) {
      return table.period(at(i));
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
      return table.value(at(i));
    }

    /**
     * Returns the status of an observation.
     *
     * @param i the position, from 0
     * @return the status
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    public Observation.Status status(int i) {
      return table.status(at(i));
    }

    /**
     * Makes an observation of the series.
     *
     * @param i the position, from 0
     * @return the observation, equal to the one added
     * @throws IndexOutOfBoundsException if {@code i} is not a position
     */
    @Override
    public Observation get(int i) {
      return table.observation(series, at(i));
    }

    /**
     * Makes every observation of the series, once.
     *
     * @return the observations, oldest first
     */
    public ImmutableList<Observation> toList() {
      return series < 0 ? ImmutableList.of() : table.list(series);
    }

    @Override
    public String toString() {
      return isEmpty() ? "Series[]" : "Series[" + table.unitCode(series) + ", "
          + table.indicatorCode(series) + ", " + size() + " observations]";
    }
  }

  /**
   * Returns the codes of the units observed, sorted.
   *
   * @return the unit codes
   */
  public ImmutableSortedSet<String> unitCodes() {
    return ImmutableSortedSet.copyOf(table.units());
  }

  /**
   * Returns the codes of the indicators observed, sorted.
   *
   * @return the indicator codes
   */
  public ImmutableSortedSet<String> indicatorCodes() {
    return IntStream.range(0, table.seriesCount()).mapToObj(table::indicatorCode)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns every observation, by unit code, indicator code, measured level and date.
   *
   * @return the observations
   */
  public Stream<Observation> stream() {
    return IntStream.range(0, table.seriesCount()).boxed()
        .flatMap(s -> IntStream.range(table.start(s), table.end(s)).mapToObj(i -> table.observation(s, i)));
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return table.size();
  }

  /**
   * Tells whether the set is empty.
   *
   * @return {@code true} if it holds no observation
   */
  public boolean isEmpty() {
    return table.size() == 0;
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
    return "ObservationSet{" + size() + " observations, " + table.units().length + " units}";
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
      ObservationTable table = ObservationTableBuilder.build(observations);
      return table == ObservationTable.EMPTY ? EMPTY : new ObservationSet(table);
    }
  }
}
