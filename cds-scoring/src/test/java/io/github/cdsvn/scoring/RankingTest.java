package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.indicator.Direction.HIGHER_IS_BETTER;
import static io.github.cdsvn.core.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RankingTest {

  private static Map<String, OptionalDouble> scores(Object... codeAndScore) {
    Map<String, OptionalDouble> m = new LinkedHashMap<>();
    for (int i = 0; i < codeAndScore.length; i += 2) {
      Object s = codeAndScore[i + 1];
      m.put((String) codeAndScore[i], s == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) s).doubleValue()));
    }
    return m;
  }

  @Test
  void competitionRankingSharesTiesAndSkips() {
    // DTI-style scores on 0–1 of four provinces and one without a score
    Ranking r = Ranking.of(scores("44", 0.52, "24", 0.61, "40", null, "60", 0.52, "01", 0.47));
    assertThat(r.entries()).extracting(Ranking.Entry::unitCode).containsExactly("24", "44", "60", "01", "40");
    assertThat(r.entries()).extracting(Ranking.Entry::rank).containsExactly(OptionalInt.of(1), OptionalInt.of(2),
        OptionalInt.of(2), OptionalInt.of(4), OptionalInt.empty());
    assertThat(r.rank("60")).hasValue(2);
    assertThat(r.entry("44").orElseThrow().isTied()).isTrue();
    assertThat(r.entry("24").orElseThrow().isTied()).isFalse();
    assertThat(r.ranked()).hasSize(4);
    assertThat(r.unranked()).extracting(Ranking.Entry::unitCode).containsExactly("40");
    assertThat(r.rank("40")).isEmpty();
    assertThat(r.rank("99")).isEmpty();
    assertThat(r.entry("99")).isEmpty();
    assertThat(r.size()).isEqualTo(5);
    assertThat(r.direction()).isEqualTo(HIGHER_IS_BETTER);
  }

  @Test
  void unitsWithoutScoreAreNeverRankedAsZero() {
    Ranking r = Ranking.of(scores("01", 0.0, "02", null, "03", -1.0));
    assertThat(r.rank("01")).hasValue(1);
    assertThat(r.rank("03")).hasValue(2);
    assertThat(r.entry("02").orElseThrow().score()).isEmpty();
    assertThat(r.entry("02").orElseThrow().describe().en()).isEqualTo("not ranked: no score");
  }

  @Test
  void lowerIsBetter() {
    Ranking r = Ranking.of(scores("a", 3, "b", 1, "c", 3, "d", 7), LOWER_IS_BETTER);
    assertThat(r.entries()).extracting(Ranking.Entry::toString).containsExactly("1 b 1", "=2 a 3", "=2 c 3", "4 d 7");
  }

  @Test
  void describesRanksInBothLanguages() {
    Ranking r = Ranking.builder(HIGHER_IS_BETTER).add("44", 2).add("45", 2).add("46", 1).addUnscored("47").build();
    assertThat(r.entry("44").orElseThrow().describe().vi()).isEqualTo("đồng hạng 1");
    assertThat(r.entry("44").orElseThrow().describe().en()).isEqualTo("joint rank 1");
    assertThat(r.entry("46").orElseThrow().describe().vi()).isEqualTo("hạng 3");
    assertThat(r.entry("47").orElseThrow().describe().vi()).isEqualTo("chưa xếp hạng: không có điểm");
  }

  @Test
  void minusZeroTiesWithZero() {
    Ranking r = Ranking.builder(HIGHER_IS_BETTER).add("a", -0.0).add("b", 0.0).build();
    assertThat(r.rank("a")).hasValue(1);
    assertThat(r.rank("b")).hasValue(1);
    assertThat(r.entry("a").orElseThrow().score()).isEqualTo(OptionalDouble.of(0.0));
  }

  @Test
  void badInputIsRefusedNamingFieldAndValue() {
    assertThatThrownBy(() -> Ranking.of(scores("44", Double.NaN)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Ranking.score (unit 44)")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Ranking.builder(HIGHER_IS_BETTER).add("44", Double.NEGATIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("-Infinity");
    assertThatThrownBy(() -> Ranking.builder(HIGHER_IS_BETTER).add(" ", 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Ranking.unitCode");
    assertThatThrownBy(() -> Ranking.builder(HIGHER_IS_BETTER).add("44", 1).addUnscored("44"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'44'")
        .hasMessageContaining("each unit is ranked once");
  }

  @Test
  void emptyRanking() {
    Ranking r = Ranking.of(Map.of());
    assertThat(r.entries()).isEmpty();
    assertThat(r.ranked()).isEmpty();
    assertThat(r.unranked()).isEmpty();
  }

  // ---- laws ----

  /** Unit codes 00..n-1 with scores from a small range (ties common) or none. */
  private static Gen<List<OptionalDouble>> scoreLists() {
    return lists().of(integers().between(0, 12)
        .map(i -> i > 9 ? OptionalDouble.empty() : OptionalDouble.of(i / 4.0))).ofSizeBetween(0, 30);
  }

  private static Gen<Direction> directions() {
    return booleans().all().map(b -> b ? HIGHER_IS_BETTER : LOWER_IS_BETTER);
  }

  private static Map<String, OptionalDouble> byCode(List<OptionalDouble> scores) {
    Map<String, OptionalDouble> m = new LinkedHashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      m.put(String.format("%02d", i), scores.get(i));
    }
    return m;
  }

  @Test
  void theOrderOfTheInputChangesNothing() {
    qt().forAll(scoreLists(), directions(), longs().all()).checkAssert((s, d, seed) -> {
      Map<String, OptionalDouble> m = byCode(s);
      List<String> codes = new ArrayList<>(m.keySet());
      Collections.shuffle(codes, new Random(seed));
      Map<String, OptionalDouble> shuffled = new LinkedHashMap<>();
      codes.forEach(c -> shuffled.put(c, m.get(c)));
      assertThat(Ranking.of(shuffled, d)).isEqualTo(Ranking.of(m, d));
      assertThat(Ranking.of(shuffled, d).entries()).isEqualTo(Ranking.of(m, d).entries());
    });
  }

  @Test
  void rankIsOnePlusTheNumberOfStrictlyBetterUnits() {
    qt().forAll(scoreLists(), directions()).checkAssert((s, d) -> {
      Ranking r = Ranking.of(byCode(s), d);
      for (Ranking.Entry e : r.entries()) {
        if (e.score().isEmpty()) {
          assertThat(e.rank()).isEmpty();
          continue;
        }
        double x = e.score().getAsDouble();
        long better = s.stream().filter(OptionalDouble::isPresent).filter(v -> d.isBetter(v.getAsDouble(), x)).count();
        assertThat(e.rank()).hasValue((int) better + 1);
      }
    });
  }

  @Test
  void tiesShareARankAndTheListIsSortedByRankThenCode() {
    qt().forAll(scoreLists(), directions()).checkAssert((s, d) -> {
      Ranking r = Ranking.of(byCode(s), d);
      List<Ranking.Entry> ranked = r.ranked();
      for (int i = 0; i < ranked.size(); i++) {
        for (int j = 0; j < ranked.size(); j++) {
          boolean sameScore = ranked.get(i).score().getAsDouble() == ranked.get(j).score().getAsDouble();
          assertThat(ranked.get(i).rank().equals(ranked.get(j).rank())).isEqualTo(sameScore);
          if (i != j && sameScore) {
            assertThat(ranked.get(i).isTied()).isTrue();
          }
        }
        if (i > 0) {
          Ranking.Entry prev = ranked.get(i - 1);
          Ranking.Entry cur = ranked.get(i);
          assertThat(prev.rank().getAsInt() < cur.rank().getAsInt()
              || (prev.rank().equals(cur.rank()) && prev.unitCode().compareTo(cur.unitCode()) < 0)).isTrue();
        }
      }
      List<String> unranked = r.unranked().stream().map(Ranking.Entry::unitCode).collect(Collectors.toList());
      assertThat(unranked).isSorted();
      assertThat(unranked).hasSize((int) s.stream().filter(OptionalDouble::isEmpty).count());
    });
  }
}
