package io.github.cdsvn.scoring;

import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The observations a target may use for a unit, oldest first: those of the series it reads that
 * fall within the unit's window and on or before the as-of date. Read field by field, so that a
 * series of the set is read without making an observation per value.
 */
interface Usable {
  int size();

  LocalDate date(int i);

  double value(int i);

  Observation.Status status(int i);

  ObservationPeriod period(int i);

  /** Makes the observation. */
  Observation get(int i);

  /** The observations on or before a day. */
  Usable until(LocalDate end);

  /**
   * Tells whether an observation dated {@code day} is one a result uses: every usable one,
   * unless the target has a baseline value dated before the latest value, and then those from
   * the baseline on: after the end of a stated baseline year, from an observed baseline itself.
   * The one rule for both the numbers and the explanation.
   *
   * @param day the observation's day, as an epoch day
   * @param lastDay the latest usable observation's day
   * @param baseDay the baseline value's day, or {@link Long#MIN_VALUE} where there is none
   * @param baseObserved whether the baseline value is an observation (else the plan states it)
   */
  static boolean used(long day, long lastDay, long baseDay, boolean baseObserved) {
    if (baseDay == Long.MIN_VALUE || baseDay >= lastDay) {
      return true;
    }
    return baseObserved ? day >= baseDay : day > baseDay;
  }

  /**
   * The usable observations of one series of a set, or {@code null} where none of its
   * observations falls between two days (epoch days, both included).
   */
  static Usable of(ObservationSet.Series series, long firstDay, long lastDay) {
    int n = series.size();
    int from = 0;
    while (from < n && series.date(from).toEpochDay() < firstDay) {
      from++;
    }
    int to = from;
    while (to < n && series.date(to).toEpochDay() <= lastDay) {
      to++;
    }
    return to == from ? null : new Range(series, from, to);
  }

  /** Usable observations already made. */
  final class Listed implements Usable {
    private final List<Observation> list;

    Listed(List<Observation> list) {
      this.list = list;
    }

    @Override
    public int size() {
      return list.size();
    }

    @Override
    public LocalDate date(int i) {
      return list.get(i).date();
    }

    @Override
    public double value(int i) {
      return list.get(i).value();
    }

    @Override
    public Observation.Status status(int i) {
      return list.get(i).status();
    }

    @Override
    public ObservationPeriod period(int i) {
      return list.get(i).period();
    }

    @Override
    public Observation get(int i) {
      return list.get(i);
    }

    @Override
    public Usable until(LocalDate end) {
      return new Listed(list.stream().filter(o -> !o.date().isAfter(end)).collect(Collectors.toList()));
    }
  }

  /** The observations of one series of the set from one position to another (excluded). */
  final class Range implements Usable {
    private final ObservationSet.Series series;
    private final int from;
    private final int size;

    Range(ObservationSet.Series series, int from, int to) {
      this.series = series;
      this.from = from;
      this.size = to - from;
    }

    @Override
    public int size() {
      return size;
    }

    private int at(int i) {
      return from + Objects.checkIndex(i, size);
    }

    @Override
    public LocalDate date(int i) {
      return series.date(at(i));
    }

    @Override
    public double value(int i) {
      return series.value(at(i));
    }

    @Override
    public Observation.Status status(int i) {
      return series.status(at(i));
    }

    @Override
    public ObservationPeriod period(int i) {
      return series.period(at(i));
    }

    @Override
    public Observation get(int i) {
      return series.get(at(i));
    }

    @Override
    public Usable until(LocalDate end) {
      int to = size;
      while (to > 0 && date(to - 1).isAfter(end)) {
        to--;
      }
      return new Range(series, from, from + to);
    }
  }
}
