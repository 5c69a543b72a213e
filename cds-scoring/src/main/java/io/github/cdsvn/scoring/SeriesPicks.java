package io.github.cdsvn.scoring;

import io.github.cdsvn.core.internal.ObservationColumns;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of a unit's series of a set each target of a plan reads: the series of its indicator at
 * the level it is read at ({@link Subject#levelRead}), and, where that level is the unit's own,
 * the unit's own-level series too. Worked out once per own level, then for each unit by merging
 * the sorted key ids the targets ask for with the unit's. Immutable once made and thread-safe;
 * the scratch space is one thread's.
 */
final class SeriesPicks {
  /** A target reads no series of the unit. */
  static final int NO_SERIES = -1;
  /** A target reads two series of the unit, to be merged. */
  static final int TWO_SERIES = -2;

  private final ObservationColumns columns;
  private final Target[] targets;
  private final AdministrativeLevel[] mapped;
  private final boolean[] inForce;
  private final AdministrativeLevel planLevel;
  private final Map<AdministrativeLevel, Levels> byLevel = new ConcurrentHashMap<>();

  SeriesPicks(ObservationColumns columns, Target[] targets, AdministrativeLevel[] mapped, boolean[] inForce,
      AdministrativeLevel planLevel) {
    this.columns = columns;
    this.targets = targets;
    this.mapped = mapped;
    this.inForce = inForce;
    this.planLevel = planLevel;
  }

  /** Which series keys the units of one own level read. */
  static final class Levels {
    /** The level each target's result is at: the level read, or the mapped one where not in force. */
    final AdministrativeLevel[] level;
    /** Key ids asked for, ascending; for each, the target and whether it is the own-level key. */
    final int[] queryKey;
    final int[] queryTarget;
    final boolean[] queryOwn;
    /** Whether a target reads the own-level series as well as the one at its level. */
    final boolean[] both;

    Levels(AdministrativeLevel[] level, int[] queryKey, int[] queryTarget, boolean[] queryOwn, boolean[] both) {
      this.level = level;
      this.queryKey = queryKey;
      this.queryTarget = queryTarget;
      this.queryOwn = queryOwn;
      this.both = both;
    }
  }

  /** Scratch space for one thread scoring units one after another. */
  static final class Scratch {
    final int[] explicit;
    final int[] own;
    /** Each target's series: its place among the unit's series, {@link #NO_SERIES} or {@link #TWO_SERIES}. */
    final int[] pick;
    final ScorecardNumbers.Scratch cards;
    /** The series keys read by units of the last own level scored, and that level. */
    AdministrativeLevel levelsOf;
    Levels levels;
    /** The number of the last unit found in the set, or -1. */
    int unit = -1;
    /** The unit and the series keys {@link #pick} was worked out for; -1 and null for none. */
    int pickUnit = -1;
    Levels pickLevels;
    /** Whether a target reads two series of the unit. */
    boolean pickTwo;

    Scratch(int targets, PlanLayout layout) {
      explicit = new int[targets];
      own = new int[targets];
      pick = new int[targets];
      cards = new ScorecardNumbers.Scratch(layout);
    }

    /** Forgets the picks: the unit has no series. */
    void none() {
      Arrays.fill(pick, NO_SERIES);
      pickUnit = -1;
      pickLevels = null;
      pickTwo = false;
    }
  }

  /** The series keys units of an own level read, worked out once. */
  Levels levels(AdministrativeLevel own) {
    return byLevel.computeIfAbsent(own, o -> {
      int n = targets.length;
      AdministrativeLevel[] level = new AdministrativeLevel[n];
      List<long[]> queries = new ArrayList<>();
      boolean[] both = new boolean[n];
      for (int t = 0; t < n; t++) {
        if (!inForce[t]) {
          level[t] = mapped[t];
          continue;
        }
        AdministrativeLevel l = Subject.levelRead(mapped[t], planLevel, o);
        level[t] = l;
        String code = targets[t].indicator().code();
        int explicit = columns.keyId(code, l);
        if (explicit >= 0) {
          queries.add(new long[] {explicit, t, 0});
        }
        if (l == o) {
          int ownKey = columns.keyId(code, null);
          if (ownKey >= 0) {
            queries.add(new long[] {ownKey, t, 1});
          }
          both[t] = true;
        }
      }
      queries.sort((a, b) -> Long.compare(a[0], b[0]));
      int q = queries.size();
      int[] key = new int[q];
      int[] target = new int[q];
      boolean[] isOwn = new boolean[q];
      for (int i = 0; i < q; i++) {
        key[i] = (int) queries.get(i)[0];
        target[i] = (int) queries.get(i)[1];
        isOwn[i] = queries.get(i)[2] == 1;
      }
      return new Levels(level, key, target, isOwn, both);
    });
  }

  /** Works out which of a unit's series each target reads. */
  void pick(Levels lv, int unit, Scratch scratch) {
    int[] explicit = scratch.explicit;
    int[] own = scratch.own;
    Arrays.fill(explicit, -1);
    Arrays.fill(own, -1);
    int first = columns.firstSeries(unit);
    int s = first;
    int end = columns.endSeries(unit);
    int[] queryKey = lv.queryKey;
    for (int q = 0; q < queryKey.length && s < end; q++) {
      int want = queryKey[q];
      while (s < end && columns.keyIdOf(s) < want) {
        s++;
      }
      if (s < end && columns.keyIdOf(s) == want) {
        if (lv.queryOwn[q]) {
          own[lv.queryTarget[q]] = s;
        } else {
          explicit[lv.queryTarget[q]] = s;
        }
      }
    }
    int[] pick = scratch.pick;
    boolean two = false;
    for (int t = 0; t < pick.length; t++) {
      if (lv.both[t] && explicit[t] >= 0 && own[t] >= 0) {
        pick[t] = TWO_SERIES;
        two = true;
        continue;
      }
      int series = lv.both[t] ? Math.max(explicit[t], own[t]) : explicit[t];
      pick[t] = series < 0 ? NO_SERIES : series - first;
    }
    scratch.pickUnit = unit;
    scratch.pickLevels = lv;
    scratch.pickTwo = two;
  }
}
