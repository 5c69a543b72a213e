package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Units ranked by a score, such as provinces by their composite index or by one pillar.
 *
 * <p>Standard competition ranking ("1, 2, 2, 4"): a unit's rank is 1 plus the number of units
 * with a strictly better score, so tied units share a rank and the next rank is skipped. The
 * direction says which scores are better. Units without a score are listed after the ranked
 * ones and have no rank; they never count as 0. Ties are exact equality of scores ({@code -0.0}
 * and {@code 0.0} are equal).
 *
 * <p>{@link #entries()} lists ranked units by rank, tied units by unit code, then the unranked
 * units by unit code; the order of the input changes nothing. Scores must be finite; NaN and the
 * infinities are refused.
 *
 * <pre>{@code
 * Ranking r = Ranking.of(Map.of("44", OptionalDouble.of(0.52), "24", OptionalDouble.of(0.61),
 *     "60", OptionalDouble.of(0.52), "40", OptionalDouble.empty()), Direction.HIGHER_IS_BETTER);
 * r.rank("60");   // OptionalInt[2], tied with 44
 * r.entries();    // 24 (1), 44 (2), 60 (2), 40 (no rank)
 * }</pre>
 *
 * <p>Two rankings are equal when their directions and entries are. Immutable and thread-safe.
 */
@Value.Immutable
@Value.Enclosing
// Immutables annotations are compile-time only; Ranking.Builder ranks scores, it does not extend
// the generated builder
@SuppressWarnings({"exports", "immutables:incompat"})
@ValueStyle
public abstract class Ranking {
  private static final Comparator<Entry> ORDER = Comparator
      .comparing((Entry e) -> e.rank().isPresent() ? e.rank().getAsInt() : Integer.MAX_VALUE)
      .thenComparing(Entry::unitCode);

  Ranking() {}

  /**
   * Ranks units by a score where higher is better.
   *
   * @param scores the score of each unit by code; empty for a unit without a score
   * @return the ranking
   * @throws InvalidValueException if a code is blank or a score is NaN or infinite
   */
  public static Ranking of(Map<String, OptionalDouble> scores) {
    return of(scores, Direction.HIGHER_IS_BETTER);
  }

  /**
   * Ranks units by a score.
   *
   * @param scores the score of each unit by code; empty for a unit without a score
   * @param direction whether higher or lower scores are better
   * @return the ranking
   * @throws InvalidValueException if a code is blank or a score is NaN or infinite
   */
  public static Ranking of(Map<String, OptionalDouble> scores, Direction direction) {
    Objects.requireNonNull(scores, "scores");
    Builder b = builder(direction);
    for (Map.Entry<String, OptionalDouble> e : scores.entrySet()) {
      b.put(e.getKey(), Objects.requireNonNull(e.getValue(), "Ranking.scores[" + e.getKey() + "]"));
    }
    return b.build();
  }

  /**
   * Ranks scorecards by their composite index, higher first: the ranking of many units scored
   * with {@link Scorer#scoreAll}.
   *
   * @param cards the scorecards, one per unit
   * @return the ranking by unit code; a unit whose composite has no score is listed unranked
   * @throws InvalidValueException if two scorecards are for the same unit
   */
  public static Ranking byComposite(Collection<Scorecard> cards) {
    return byIndex(cards, Scorecard::composite);
  }

  /**
   * Ranks scorecards by one pillar's index, higher first.
   *
   * @param cards the scorecards, one per unit
   * @param pillar the pillar
   * @return the ranking by unit code; a unit without a score for the pillar is listed unranked
   * @throws InvalidValueException if two scorecards are for the same unit
   */
  public static Ranking byPillar(Collection<Scorecard> cards, Pillar pillar) {
    Objects.requireNonNull(pillar, "pillar");
    return byIndex(cards, c -> c.pillar(pillar).orElse(null));
  }

  private static Ranking byIndex(Collection<Scorecard> cards, Function<Scorecard, IndexScore> index) {
    Objects.requireNonNull(cards, "cards");
    Builder b = builder(Direction.HIGHER_IS_BETTER);
    Set<String> units = new HashSet<>();
    for (Scorecard c : cards) {
      if (!units.add(c.unitCode())) {
        throw new InvalidValueException("Ranking.cards", c.unitCode(), "one scorecard per unit");
      }
      IndexScore score = index.apply(c);
      b.put(c.unitCode(), score == null ? OptionalDouble.empty() : score.score());
    }
    return b.build();
  }

  /**
   * Returns a builder for a ranking.
   *
   * @param direction whether higher or lower scores are better
   * @return an empty builder
   */
  public static Builder builder(Direction direction) {
    return new Builder(Objects.requireNonNull(direction, "direction"));
  }

  /**
   * Returns whether higher or lower scores rank first.
   *
   * @return the direction
   */
  @Value.Parameter
  public abstract Direction direction();

  /**
   * Returns every unit: ranked units by rank then unit code, then unranked units by unit code.
   *
   * @return the entries
   */
  @Value.Parameter
  public abstract ImmutableList<Entry> entries();

  /** The entries by unit code, for look-ups. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Entry> byUnit() {
    return entries().stream().collect(ImmutableMap.toImmutableMap(Entry::unitCode, e -> e));
  }

  /** The number of ranked entries, which come first. */
  @Value.Derived
  @Value.Auxiliary
  int rankedCount() {
    return (int) entries().stream().filter(Entry::isRanked).count();
  }

  /**
   * Returns the units with a rank, by rank then unit code.
   *
   * @return the ranked entries
   */
  public ImmutableList<Entry> ranked() {
    return entries().subList(0, rankedCount());
  }

  /**
   * Returns the units without a score, by unit code.
   *
   * @return the unranked entries
   */
  public ImmutableList<Entry> unranked() {
    return entries().subList(rankedCount(), entries().size());
  }

  /**
   * Finds the entry of a unit.
   *
   * @param unitCode the unit's code
   * @return the entry, or empty if the unit was not given
   */
  public Optional<Entry> entry(String unitCode) {
    return Optional.ofNullable(byUnit().get(Objects.requireNonNull(unitCode, "unitCode")));
  }

  /**
   * Returns the rank of a unit.
   *
   * @param unitCode the unit's code
   * @return the rank, or empty if the unit has no score or was not given
   */
  public OptionalInt rank(String unitCode) {
    Entry e = byUnit().get(Objects.requireNonNull(unitCode, "unitCode"));
    return e == null ? OptionalInt.empty() : e.rank();
  }

  /**
   * Returns the number of units, ranked or not.
   *
   * @return the size
   */
  public int size() {
    return entries().size();
  }

  /**
   * One unit of a ranking: its rank where it has a score, its code and its score.
   *
   * <p>Two entries are equal when every part is. Immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Entry {
    Entry() {}

    /**
     * Returns the rank: 1 plus the number of units with a strictly better score.
     *
     * @return the rank, or empty for a unit without a score
     */
    @Value.Parameter
    public abstract OptionalInt rank();

    /**
     * Returns the unit's code.
     *
     * @return the code
     */
    @Value.Parameter
    public abstract String unitCode();

    /**
     * Returns the score the unit was ranked by.
     *
     * @return the score, or empty for a unit without one
     */
    @Value.Parameter
    public abstract OptionalDouble score();

    /**
     * Tells whether the unit has a rank.
     *
     * @return {@code true} if it has a score
     */
    public boolean isRanked() {
      return rank().isPresent();
    }

    /**
     * Tells whether another unit shares this unit's rank.
     *
     * @return {@code true} for a tie
     */
    @Value.Parameter
    public abstract boolean isTied();

    /**
     * Describes the rank for people: "hạng 2 / rank 2", "đồng hạng 2 / joint rank 2", or "chưa
     * xếp hạng: không có điểm / not ranked: no score".
     *
     * @return the description
     */
    public Label describe() {
      if (rank().isEmpty()) {
        return Label.of("chưa xếp hạng: không có điểm", "not ranked: no score");
      }
      int r = rank().getAsInt();
      return isTied() ? Label.of("đồng hạng " + r, "joint rank " + r) : Label.of("hạng " + r, "rank " + r);
    }

    @Override
    public String toString() {
      return (rank().isPresent() ? (isTied() ? "=" : "") + rank().getAsInt() : "-") + " " + unitCode()
          + (score().isPresent() ? " " + Label.number(score().getAsDouble()).en() : "");
    }
  }

  /**
   * Collects the units of a ranking; each unit once. Not thread-safe: use from one thread.
   */
  public static final class Builder {
    private final Direction direction;
    private final Map<String, OptionalDouble> scores = new LinkedHashMap<>();

    private Builder(Direction direction) {
      this.direction = direction;
    }

    /**
     * Adds a unit with a score.
     *
     * @param unitCode the unit's code, not blank, not added before
     * @param score the score, finite
     * @return this builder
     * @throws InvalidValueException if the code is blank or repeated, or the score not finite
     */
    public Builder add(String unitCode, double score) {
      return put(unitCode, OptionalDouble.of(score));
    }

    /**
     * Adds a unit that has no score: it is listed, unranked.
     *
     * @param unitCode the unit's code, not blank, not added before
     * @return this builder
     * @throws InvalidValueException if the code is blank or repeated
     */
    public Builder addUnscored(String unitCode) {
      return put(unitCode, OptionalDouble.empty());
    }

    /** Adds a unit whose score may be missing. */
    Builder put(String unitCode, OptionalDouble score) {
      String code = InvalidValueException.requireNonBlank("Ranking.unitCode", unitCode);
      Objects.requireNonNull(score, "Ranking.score");
      // -0.0 is read as 0.0, so that tied units hold equal scores
      OptionalDouble checked = score.isPresent()
          ? OptionalDouble.of(InvalidValueException.requireFinite("Ranking.score (unit " + code + ")",
              score.getAsDouble()) + 0.0)
          : score;
      if (scores.putIfAbsent(code, checked) != null) {
        throw new InvalidValueException("Ranking.unitCode", code, "each unit is ranked once");
      }
      return this;
    }

    /**
     * Ranks the units added.
     *
     * @return the ranking
     */
    public Ranking build() {
      List<Double> scored = new ArrayList<>();
      for (OptionalDouble s : scores.values()) {
        if (s.isPresent()) {
          scored.add(direction.sign() * s.getAsDouble() + 0.0);
        }
      }
      double[] sorted = scored.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      List<Entry> entries = new ArrayList<>(scores.size());
      for (Map.Entry<String, OptionalDouble> e : scores.entrySet()) {
        OptionalDouble s = e.getValue();
        if (s.isEmpty()) {
          entries.add(ImmutableRanking.Entry.of(OptionalInt.empty(), e.getKey(), s, false));
          continue;
        }
        double g = direction.sign() * s.getAsDouble() + 0.0;
        int notWorse = upperBound(sorted, g);
        int worse = lowerBound(sorted, g);
        int better = sorted.length - notWorse;
        boolean tied = notWorse - worse > 1;
        entries.add(ImmutableRanking.Entry.of(OptionalInt.of(better + 1), e.getKey(), s, tied));
      }
      entries.sort(ORDER);
      return ImmutableRanking.of(direction, entries);
    }

    private static int lowerBound(double[] a, double v) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private static int upperBound(double[] a, double v) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] <= v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
