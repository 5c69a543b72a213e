package io.github.cdsvn.core.indicator;

import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented refusal of the indicator package. */
class IndicatorErrorsTest {
  /** The five-group scale of national assessments, as the standard catalogue ships it. */
  private static final Measure GROUPS =
      IndicatorCatalogue.standard().get("security.cybersecurity.group").measure();

  private static Indicator.Builder percent(String code) {
    return Indicator.builder().code(code).label(Label.of("Tỷ lệ", "Share")).measure(Measure.percent())
        .direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.DIGITAL_GOVERNMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
  void aBlankIndicatorCodeIsRefused(String code) {
    assertThatThrownBy(() -> percent(code).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator.code").hasMessageContaining("must not be blank");
    assertRefused(() -> percent(code).build(), "Indicator.code", code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gov.work-records", "gov..online", ".gov", "gov.", "gov_online", "gov online",
      "-gov", "gov-", "gov.-online", "gov--online", "chính-quyền", "gov/online", " gov.online"})
  void aMalformedIndicatorCodeIsRefused(String code) {
    assertThatThrownBy(() -> percent(code).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator.code").hasMessageContaining("'" + code + "'")
        .hasMessageContaining("lower-case letters and digits");
    assertRefused(() -> percent(code).build(), "Indicator.code", code);
  }

  @Test
  void aHigherIsBetterRankIsRefused() {
    assertThatThrownBy(() -> percent("overall.dti.rank").measure(Measure.rank()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Indicator.direction")
        .hasMessageContaining("HIGHER_IS_BETTER").hasMessageContaining("overall.dti.rank");
  }

  @Test
  void anIndicatorCodeDefinedTwoWaysInOneCatalogueIsRefused() {
    Indicator one = percent("gov.work-records.online").build();
    Indicator other = percent("gov.work-records.online").direction(Direction.LOWER_IS_BETTER).build();
    IndicatorCatalogue.Builder builder = IndicatorCatalogue.builder().add(one).add(one);
    assertThatThrownBy(() -> builder.add(other)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator.code").hasMessageContaining("gov.work-records.online")
        .hasMessageContaining("already defined differently");
    assertRefused(() -> IndicatorCatalogue.of(List.of(one, other)), "Indicator.code", "gov.work-records.online");
    assertRefused(() -> IndicatorCatalogue.builder().addAll(IndicatorCatalogue.standard().indicators())
        .add(percent("infra.fibre.universal").build()), "Indicator.code", "infra.fibre.universal");
  }

  @Test
  void anUnknownCodeIsRefusedByGet() {
    assertRefused(() -> IndicatorCatalogue.standard().get("gov.unknown"), "Indicator.code", "gov.unknown");
    assertThat(IndicatorCatalogue.standard().find("gov.unknown")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankPillarCodeIsRefused(String code) {
    assertRefused(() -> Pillar.of(code, "Du lịch số", "Digital tourism"), "Pillar.code", code);
  }

  @Test
  void pillarsRefuseMalformedCodesBuiltInCodesAndUnknownNames() {
    assertRefused(() -> Pillar.of("Tourism", "Du lịch số", "Digital tourism"), "Pillar.code", "Tourism");
    assertThatThrownBy(() -> Pillar.of("economy", "Kinh tế", "Economy")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pillar.code").hasMessageContaining("'economy'").hasMessageContaining("built-in");
    assertThatThrownBy(() -> Pillar.parse("tourism")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Pillar.code").hasMessageContaining("'tourism'")
        .hasMessageContaining("government, economy, society");
    assertRefused(() -> Pillar.of("tourism", " ", "Digital tourism"), "Label.vi", " ");
  }

  @Test
  void measureFactoriesRefuseBadArguments() {
    assertRefused(() -> Measure.index(Double.NaN, 1), "Measure.min", Double.NaN);
    assertRefused(() -> Measure.index(0, Double.POSITIVE_INFINITY), "Measure.max", Double.POSITIVE_INFINITY);
    assertRefused(() -> Measure.index(1, 1), "Measure.max", 1.0);
    assertRefused(() -> Measure.index(1, 0.5), "Measure.max", 0.5);
    assertRefused(() -> Measure.amount(" "), "Measure.unit", " ");
    assertRefused(() -> Measure.ordinal(List.of(Measure.Category.of("kha", "khá", "good"))),
        "Measure.categories", 1);
    assertRefused(() -> Measure.ordinal(List.of(Measure.Category.of("kha", "khá", "good"),
        Measure.Category.of("kha", "khá", "good"))), "Measure.categories", "kha");
    assertRefused(() -> Measure.Category.of("Khá", "khá", "good"), "OrdinalCategory.code", "Khá");
  }

  @Test
  void nanAndInfinitiesAreRefusedByEveryMeasure() {
    for (Measure m : List.of(Measure.percent(), Measure.count(), Measure.amount("km"), Measure.ratePerYear(),
        Measure.rank(), Measure.index(0, 1), Measure.yesNo(), GROUPS)) {
      for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        assertThat(m.isValid(v)).as("%s refuses %s", m, v).isFalse();
        assertThatThrownBy(() -> m.validate("Observation.value", v)).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("Observation.value").hasMessageContaining(String.valueOf(v));
      }
    }
  }

  @Test
  void outOfRangeValuesAreRefusedWithTheRule() {
    assertThatThrownBy(() -> Measure.percent().validate("Target.bound.value", 120))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Target.bound.value").hasMessageContaining("valid values 0 - 100")
        .hasMessageContaining("120");
    assertThatThrownBy(() -> Measure.percent().validate("Observation.value", -0.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("-0.5");
    assertThatThrownBy(() -> Measure.count().validate("Observation.value", -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("valid values 0 or more")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Measure.rank().validate("Observation.value", 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("whole numbers from 1");
    assertThatThrownBy(() -> Measure.rank().validate("Observation.value", 2.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("2.5");
    assertThatThrownBy(() -> Measure.ratePerYear().validate("Bound.percent", -100))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("above -100");
    assertThatThrownBy(() -> Measure.yesNo().validate("Observation.value", 0.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("0 (no) or 1 (yes)");
    assertThatThrownBy(() -> GROUPS.validate("Observation.value", 5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("category positions 0 - 4");
  }
}
