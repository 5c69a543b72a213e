package io.github.cdsvn.core.indicator;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Lists;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.DocumentedRules;
import io.github.cdsvn.core.testing.Examples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IndicatorPropertiesTest {
  /** Strings over an alphabet that mixes the characters of codes with ones codes forbid. */
  private static final Gen<String> CODE_LIKE = lists()
      .of(Generate.pick(List.of("a", "z", "0", "9", "g", "o", "v", ".", ".", "-", "-", "A", " ", "_", "é", "\t")))
      .ofSizeBetween(0, 10).map(l -> String.join("", l));

  @Test
  void aCopyFromTheBuilderEqualsTheOriginal() {
    qt().forAll(CoreGenerators.indicators()).checkAssert(i ->
        assertEqualValues(i, Indicator.builder().from(i).build()));
  }

  @Test
  void indicatorsDifferingInOneFieldAreNotEqual() {
    qt().forAll(CoreGenerators.indicators(), integers().between(0, 4)).checkAssert((i, field) -> {
      Indicator.Builder b = Indicator.builder().from(i);
      switch (field) {
        case 0:
          b.code(i.code() + ".v2");
          break;
        case 1:
          b.label(Label.of(i.label().vi() + " (mới)", i.label().en()));
          break;
        case 2:
          b.measure(i.measure().kind() == Measure.Kind.COUNT ? Measure.percent() : Measure.count());
          break;
        case 3:
          if (i.measure().kind() == Measure.Kind.RANK) {
            b.measure(Measure.count());
          }
          b.direction(i.direction() == Direction.HIGHER_IS_BETTER
              ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
          break;
        default:
          b.pillar(i.pillar().equals(Pillar.SMART_CITY) ? Pillar.DIGITAL_SOCIETY : Pillar.SMART_CITY);
          break;
      }
      assertDifferentValues(i, b.build());
    });
  }

  @Test
  void aCodeIsAcceptedExactlyWhenItIsWellFormed() {
    qt().forAll(CODE_LIKE).checkAssert(code -> {
      Indicator.Builder b = Indicator.builder().code(code).label(Label.of("Chỉ tiêu", "Indicator"))
          .measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.OVERALL);
      if (DocumentedRules.isCode(code)) {
        assertThat(b.build().code()).isEqualTo(code);
      } else {
        assertRefused(b::build, "Indicator.code", code);
      }
    });
  }

  @Test
  void aRankIsAcceptedOnlyAsLowerIsBetter() {
    qt().forAll(CoreGenerators.indicators(Measure.Kind.RANK)).checkAssert(rank -> {
      assertThat(rank.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
      assertRefused(() -> Indicator.builder().from(rank).direction(Direction.HIGHER_IS_BETTER).build(),
          "Indicator.direction", Direction.HIGHER_IS_BETTER);
    });
  }

  @Test
  void aCatalogueFindsEveryIndicatorByCodeAndToleratesExactRepeats() {
    qt().withExamples(Examples.upTo(300)).forAll(lists().of(CoreGenerators.indicators()).ofSizeBetween(0, 8)).checkAssert(list -> {
      Map<String, Indicator> firstByCode = new LinkedHashMap<>();
      list.forEach(i -> firstByCode.putIfAbsent(i.code(), i));
      List<Indicator> distinct = List.copyOf(firstByCode.values());
      IndicatorCatalogue catalogue = IndicatorCatalogue.builder().addAll(distinct).addAll(distinct).build();
      assertThat(catalogue.size()).isEqualTo(distinct.size());
      for (Indicator i : distinct) {
        assertThat(catalogue.get(i.code())).isEqualTo(i);
        assertThat(catalogue.contains(i.code())).isTrue();
      }
      assertThat(catalogue.indicators()).extracting(Indicator::code).isSorted();
      assertEqualValues(catalogue, IndicatorCatalogue.of(Lists.reverse(distinct)));
    });
  }

  @Test
  void customPillarsBuiltFromEqualArgumentsAreEqual() {
    qt().forAll(CoreGenerators.codes(), CoreGenerators.texts(), CoreGenerators.texts())
        .assuming((code, vi, en) -> Pillar.builtIn(code).isEmpty())
        .checkAssert((code, vi, en) -> {
          Pillar p = Pillar.of(code, vi, en);
          assertEqualValues(p, Pillar.of(new String(code), vi, en));
          assertDifferentValues(p, Pillar.of(code, vi + " mới", en));
          assertDifferentValues(p, Pillar.of(code + "-2", vi, en));
          assertThat(p.isFoundation()).isFalse();
        });
  }

  @Test
  void builtInPillarsParseFromTheirCodes() {
    qt().forAll(Generate.pick(Pillar.builtIns())).checkAssert(p -> {
      assertThat(Pillar.parse(p.code())).isSameAs(p);
      assertRefused(() -> Pillar.of(p.code(), "x", "y"), "Pillar.code", p.code());
    });
  }
}
