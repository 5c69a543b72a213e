package io.github.cdsvn.core.internal;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of an {@link ObservationSet}, read by position: what the scoring engine reads to
 * score many units without making an object per observation. Not part of the API: the module
 * exports this package to the scoring engine only.
 *
 * <p>Units, series and observations are numbered as the set stores them: units by code, the
 * series of a unit by key (indicator code, then measured level, the unit's own level first),
 * the observations of a series by date. Each distinct key has a number, its <em>key id</em>;
 * ids follow the order of the keys, so the series of a unit have increasing key ids. Immutable
 * and thread-safe: the arrays are the set's own and are never written.
 */
public final class ObservationColumns {
  private static volatile Function<ObservationSet, ObservationColumns> access;

  private final String[] units;
  private final int[] unitFirstSeries;
  private final int[] seriesKeyId;
  private final int[] seriesStart;
  private final int[] periodIndex;
  private final long[] periodDays;
  private final double[] values;
  private final int[] detailIndex;
  private final Observation.Status[] detailStatus;
  private final boolean[] seriesIllustrative;
  /** The period of each series' last observation, or -1 for a series without one. */
  private final int[] seriesLastPeriod;
  /** The value of each series' last observation, or NaN for a series without one. */
  private final double[] seriesLastValue;
  private final String[] keyIndicator;
  private final AdministrativeLevel[] keyLevel;
  private final Function<String, Optional<Indicator>> indicators;

  /**
   * Wraps a set's columns; called by {@link ObservationSet} only.
   *
   * @param units the unit codes, sorted
   * @param unitFirstSeries the first series of each unit, and the number of series
   * @param seriesKeyId the key id of each series
   * @param keyIndicator the indicator code of each key id
   * @param keyLevel the measured level of each key id, {@code null} for the unit's own
   * @param seriesStart the first observation of each series, and the number of observations
   * @param periodIndex each observation's period
   * @param periodDays the end day (epoch day) of each period
   * @param values each observation's value
   * @param detailIndex each observation's details
   * @param detailStatus the status of each details entry
   * @param indicators the indicator of a code, as the set holds it
   */
  public ObservationColumns(String[] units, int[] unitFirstSeries, int[] seriesKeyId, String[] keyIndicator,
      AdministrativeLevel[] keyLevel, int[] seriesStart, int[] periodIndex, long[] periodDays, double[] values,
      int[] detailIndex, Observation.Status[] detailStatus, Function<String, Optional<Indicator>> indicators) {
    this.units = units;
    this.unitFirstSeries = unitFirstSeries;
    this.seriesKeyId = seriesKeyId;
    this.keyIndicator = keyIndicator;
    this.keyLevel = keyLevel;
    this.seriesStart = seriesStart;
    this.periodIndex = periodIndex;
    this.periodDays = periodDays;
    this.values = values;
    this.detailIndex = detailIndex;
    this.detailStatus = detailStatus;
    this.indicators = indicators;
    this.seriesIllustrative = new boolean[seriesKeyId.length];
    this.seriesLastPeriod = new int[seriesKeyId.length];
    this.seriesLastValue = new double[seriesKeyId.length];
    for (int s = 0; s < seriesKeyId.length; s++) {
      boolean any = seriesStart[s + 1] > seriesStart[s];
      seriesLastPeriod[s] = any ? periodIndex[seriesStart[s + 1] - 1] : -1;
      seriesLastValue[s] = any ? values[seriesStart[s + 1] - 1] : Double.NaN;
      for (int i = seriesStart[s]; i < seriesStart[s + 1]; i++) {
        if (detailStatus[detailIndex[i]] == Observation.Status.ILLUSTRATIVE) {
          seriesIllustrative[s] = true;
          break;
        }
      }
    }
  }

  /**
   * Sets how the columns of a set are found; called once, by {@link ObservationSet}.
   *
   * @param columnsOf the set's columns
   * @throws IllegalStateException if already set
   */
  public static synchronized void register(Function<ObservationSet, ObservationColumns> columnsOf) {
    if (access != null) {
      throw new IllegalStateException("the columns of observation sets are already registered");
    }
    access = Objects.requireNonNull(columnsOf, "columnsOf");
  }

  /**
   * Returns the columns of a set.
   *
   * @param set the set
   * @return its columns, made once per set
   */
  public static ObservationColumns of(ObservationSet set) {
    Objects.requireNonNull(set, "set");
    // holding a set means its class, which registers the access, is initialised
    return access.apply(set);
  }

  /**
   * Finds a unit.
   *
   * @param code the unit's code
   * @return its number, or -1 if the set has no observation of it
   */
  public int unit(String code) {
    int u = Arrays.binarySearch(units, code);
    return u >= 0 ? u : -1;
  }

  /**
   * Finds a unit, trying a guess first: for units looked up in code order, the number after the
   * last one found.
   *
   * @param code the unit's code
   * @param guess the number to try first; any int
   * @return its number, or -1 if the set has no observation of it
   */
  public int unit(String code, int guess) {
    if (guess >= 0 && guess < units.length && units[guess].equals(code)) {
      return guess;
    }
    return unit(code);
  }

  /**
   * Returns the number of distinct series keys.
   *
   * @return the number of key ids
   */
  public int keyCount() {
    return keyIndicator.length;
  }

  /**
   * Finds a series key.
   *
   * @param indicatorCode the indicator's code
   * @param level the measured level, or {@code null} for a unit's own level
   * @return its key id, or -1 if no series of the set has it
   */
  public int keyId(String indicatorCode, AdministrativeLevel level) {
    int lo = 0;
    int hi = keyIndicator.length - 1;
    int want = level == null ? -1 : level.ordinal();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = keyIndicator[mid].compareTo(indicatorCode);
      if (c == 0) {
        int l = keyLevel[mid] == null ? -1 : keyLevel[mid].ordinal();
        c = Integer.compare(l, want);
      }
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Returns the indicator of a code as the set's observations define it.
   *
   * @param code the indicator's code
   * @return the indicator, or empty if no observation has it
   */
  public Optional<Indicator> indicator(String code) {
    return indicators.apply(code);
  }

  /**
   * Returns the first series of a unit.
   *
   * @param unit the unit's number
   * @return the number of its first series
   */
  public int firstSeries(int unit) {
    return unitFirstSeries[unit];
  }

  /**
   * Returns the end of a unit's series.
   *
   * @param unit the unit's number
   * @return one more than the number of its last series
   */
  public int endSeries(int unit) {
    return unitFirstSeries[unit + 1];
  }

  /**
   * Tells whether two units have series of the same keys, in the same order: then the series of
   * a key is at the same place among each unit's series.
   *
   * @param unit one unit's number
   * @param other the other's
   * @return whether their series' key ids are equal
   */
  public boolean sameKeys(int unit, int other) {
    return Arrays.equals(seriesKeyId, unitFirstSeries[unit], unitFirstSeries[unit + 1], seriesKeyId,
        unitFirstSeries[other], unitFirstSeries[other + 1]);
  }

  /**
   * Returns the key id of a series.
   *
   * @param series the series' number
   * @return its key id
   */
  public int keyIdOf(int series) {
    return seriesKeyId[series];
  }

  /**
   * Returns the first observation of a series.
   *
   * @param series the series' number
   * @return the position of its first observation
   */
  public int start(int series) {
    return seriesStart[series];
  }

  /**
   * Returns the end of a series.
   *
   * @param series the series' number
   * @return one more than the position of its last observation
   */
  public int end(int series) {
    return seriesStart[series + 1];
  }

  /**
   * Tells whether any observation of a series is illustrative.
   *
   * @param series the series' number
   * @return whether one is
   */
  public boolean hasIllustrative(int series) {
    return seriesIllustrative[series];
  }

  /**
   * Returns the day a series' last observation is dated: the latest day of the series, read
   * without reading its observations.
   *
   * @param series the series' number
   * @return the epoch day, or {@link Long#MIN_VALUE} for a series without observations
   */
  public long lastDay(int series) {
    int p = seriesLastPeriod[series];
    return p >= 0 ? periodDays[p] : Long.MIN_VALUE;
  }

  /**
   * Returns the value of a series' last observation, read without reading its observations.
   *
   * @param series the series' number
   * @return the value, or NaN for a series without observations
   */
  public double lastValue(int series) {
    return seriesLastValue[series];
  }

  /**
   * Returns the day an observation is dated, the end of its period.
   *
   * @param position the observation's position
   * @return the epoch day
   */
  public long day(int position) {
    return periodDays[periodIndex[position]];
  }

  /**
   * Returns the value of an observation.
   *
   * @param position the observation's position
   * @return the value
   */
  public double value(int position) {
    return values[position];
  }

  /**
   * Returns the status of an observation.
   *
   * @param position the observation's position
   * @return the status
   */
  public Observation.Status status(int position) {
    return detailStatus[detailIndex[position]];
  }
}
