package io.github.cdsvn.core.observation;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.observation.ObservationTable.Detail;
import io.github.cdsvn.core.observation.ObservationTable.SeriesKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the observations given to an {@link ObservationSet.Builder} and lays them out as an
 * {@link ObservationTable}: grouped by unit and series key, sorted by date, one observation kept
 * of each that was added twice, and every conflict reported.
 */
final class ObservationTableBuilder {
  private ObservationTableBuilder() {}

  /**
   * Checks every observation and lays them out.
   *
   * <p>Problems: two different observations for one unit, indicator, measured level and end
   * date; one indicator code carrying two different definitions.
   *
   * @throws InvalidDataException listing every problem found, in input order
   */
  static ObservationTable build(List<Observation> observations) {
    List<InvalidDataException.Problem> problems = new ArrayList<>();
    List<Integer> problemIndex = new ArrayList<>();
    Map<String, Indicator> indicators = new HashMap<>();
    Map<String, Map<SeriesKey, Positions>> grouped = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      Indicator known = indicators.putIfAbsent(o.indicator().code(), o.indicator());
      if (known != null && !known.equals(o.indicator())) {
        problems.add(InvalidDataException.Problem.of(where(i, o), "indicator " + o.indicator().code()
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
              problems.add(InvalidDataException.Problem.of(where(i, o), "duplicates observations[" + keptIndex + "] ("
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
      List<InvalidDataException.Problem> sorted = new ArrayList<>();
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

  private static ObservationTable columns(TreeMap<String, TreeMap<SeriesKey, List<Observation>>> byUnit, int size,
      Map<String, Indicator> indicators) {
    if (size == 0) {
      return ObservationTable.EMPTY;
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
    return new ObservationTable(units, unitFirstSeries, seriesKeys, seriesStart, periodIndex, values, detailIndex,
        List.copyOf(periodList), List.copyOf(detailList), Map.copyOf(used));
  }

  private static String where(int i, Observation o) {
    return "observations[" + i + "] (unit " + o.unitCode() + ", " + o.indicator().code()
        + o.measuredLevel().map(l -> " at " + l.label().en()).orElse("") + ", " + o.period() + ")";
  }
}
