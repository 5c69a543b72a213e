package io.github.cdsvn.core.indicator;

import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.DocumentedRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.generators.Generate;

class MeasurePropertiesTest {

  @Test
  void validateAcceptsExactlyTheDocumentedValuesAndRefusesTheRestNamingFieldAndValue() {
    qt().forAll(CoreGenerators.measures(), CoreGenerators.awkwardDoubles()).checkAssert((measure, v) -> {
      if (DocumentedRules.isValid(measure, v)) {
        assertThat(measure.isValid(v)).as("%s accepts %s", measure, v).isTrue();
        assertThat(measure.validate("Some.field", v)).isEqualTo(v);
      } else {
        assertThat(measure.isValid(v)).as("%s refuses %s", measure, v).isFalse();
        assertRefused(() -> measure.validate("Some.field", v), "Some.field", v);
      }
    });
  }

  @Test
  void percentValidateFollowsTheZeroToHundredRule() {
    qt().forAll(CoreGenerators.awkwardDoubles()).checkAssert(v -> {
      boolean valid = Double.isFinite(v) && v >= 0 && v <= 100;
      if (valid) {
        assertThat(Measure.percent().validate("Target.bound.value", v)).isEqualTo(v);
      } else {
        assertThat(assertRefused(() -> Measure.percent().validate("Target.bound.value", v),
            "Target.bound.value", v)).hasMessageContaining("(percent, valid values 0 - 100)");
      }
    });
  }

  @Test
  void everyValueGeneratedAsValidIsValid() {
    qt().forAll(CoreGenerators.measures().flatMap(m -> CoreGenerators.validValues(m).map(v -> Pair.of(m, v))))
        .checkAssert(pair -> {
          Measure m = pair._1;
          double v = pair._2;
          assertThat(DocumentedRules.isValid(m, v)).as("generator yields valid %s for %s", v, m).isTrue();
          assertThat(m.isValid(v)).isTrue();
        });
  }

  @Test
  void measuresBuiltFromEqualArgumentsAreEqual() {
    qt().forAll(Generate.pick(List.of("triệu đồng/lao động", "tỷ đồng", "km"))).checkAssert(unit ->
        assertEqualValues(Measure.amount(unit), Measure.amount(new String(unit))));
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(1e-3, 1e6)).checkAssert((min, width) ->
        assertEqualValues(Measure.index(min, min + width), Measure.index(min, min + width)));
    qt().forAll(CoreGenerators.measures(Measure.Kind.ORDINAL)).checkAssert(m ->
        assertEqualValues(m, Measure.ordinal(new ArrayList<>(m.categories()))));
  }

  @Test
  void twoMeasuresAreEqualExactlyWhenKindRangeUnitAndScaleAgree() {
    qt().forAll(CoreGenerators.measures(), CoreGenerators.measures()).checkAssert((a, b) -> {
      boolean same = a.kind() == b.kind() && a.unit().equals(b.unit()) && a.min() == b.min()
          && a.max() == b.max() && a.categories().equals(b.categories());
      assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(same);
      assertThat(b.equals(a)).isEqualTo(same);
      if (same) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void ordinalPositionsAndCategoriesAgree() {
    qt().forAll(CoreGenerators.measures(Measure.Kind.ORDINAL)).checkAssert(m -> {
      for (int i = 0; i < m.categories().size(); i++) {
        Measure.Category c = m.categories().get(i);
        assertThat(m.positionOf(c.code())).hasValue(i);
        assertThat(m.categoryAt(i)).contains(c);
      }
      assertThat(m.categoryAt(-1)).isEmpty();
      assertThat(m.categoryAt(m.categories().size())).isEmpty();
      assertThat(m.positionOf("khong-co")).isEmpty();
      assertThat(m.max()).isEqualTo(m.categories().size() - 1);
    });
  }
}
