package io.github.cdsvn.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cdsvn.core.Label;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a direction says about two values, and the order, groups and look-ups of pillars. */
class DirectionAndPillarTest {
  @Test
  void higherIsBetterPrefersTheGreaterValueStrictly() {
    assertThat(Direction.HIGHER_IS_BETTER.isBetter(95, 80)).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.isBetter(80, 95)).isFalse();
    assertThat(Direction.HIGHER_IS_BETTER.isBetter(95, 95)).isFalse();
    assertThat(Direction.HIGHER_IS_BETTER.sign()).isEqualTo(1);
  }

  @Test
  void lowerIsBetterPrefersTheSmallerValueStrictly() {
    // a rank: 5th is better than 10th
    assertThat(Direction.LOWER_IS_BETTER.isBetter(5, 10)).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.isBetter(10, 5)).isFalse();
    assertThat(Direction.LOWER_IS_BETTER.isBetter(5, 5)).isFalse();
    assertThat(Direction.LOWER_IS_BETTER.sign()).isEqualTo(-1);
  }

  @Test
  void theSignTurnsEveryComparisonIntoGreaterIsBetter() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6)).checkAssert((a, b) -> {
      for (Direction d : Direction.values()) {
        assertThat(d.isBetter(a, b)).isEqualTo(d.sign() * (a - b) > 0);
      }
    });
  }

  @Test
  void directionsHaveVietnameseAndEnglishLabels() {
    assertThat(Direction.HIGHER_IS_BETTER.label()).isEqualTo(Label.of("càng cao càng tốt", "higher is better"));
    assertThat(Direction.LOWER_IS_BETTER.label()).isEqualTo(Label.of("càng thấp càng tốt", "lower is better"));
  }

  @Test
  void theFoundationGroupsAreTheFiveOfTheIndex() {
    assertThat(Pillar.builtIns()).filteredOn(Pillar::isFoundation).containsExactly(Pillar.AWARENESS,
        Pillar.INSTITUTIONS, Pillar.INFRASTRUCTURE, Pillar.HUMAN_RESOURCES, Pillar.CYBERSECURITY);
    assertThat(Pillar.of("tourism", "Du lịch số", "Digital tourism").isFoundation()).isFalse();
  }

  @Test
  void builtInPillarsSortInTheirDocumentedOrderBeforeUserPillarsByCode() {
    Pillar tourism = Pillar.of("tourism", "Du lịch số", "Digital tourism");
    Pillar agriculture = Pillar.of("agriculture", "Nông nghiệp số", "Digital agriculture");
    List<Pillar> shuffled = new ArrayList<>(Pillar.builtIns());
    shuffled.add(tourism);
    shuffled.add(agriculture);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    List<Pillar> expected = new ArrayList<>(Pillar.builtIns());
    expected.add(agriculture);
    expected.add(tourism);
    assertThat(shuffled).containsExactlyElementsOf(expected);
    assertThat(Pillar.SMART_CITY.compareTo(tourism)).isNegative();
    assertThat(tourism.compareTo(Pillar.DIGITAL_GOVERNMENT)).isPositive();
    assertThat(Pillar.DIGITAL_ECONOMY.compareTo(Pillar.DIGITAL_ECONOMY)).isZero();
  }

  @Test
  void userPillarsWithOneCodeSortByTheirLabelsSoThatTheOrderAgreesWithEquals() {
    Pillar a = Pillar.of("tourism", "Du lịch số", "Digital tourism");
    Pillar b = Pillar.of("tourism", "Du lịch thông minh", "Digital tourism");
    Pillar c = Pillar.of("tourism", "Du lịch số", "Smart tourism");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(c)).isNegative();
    assertThat(c.compareTo(a)).isPositive();
    assertThat(a.compareTo(Pillar.of("tourism", "Du lịch số", "Digital tourism"))).isZero();
    assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void aPillarReadsAsItsCodeAndEqualPillarsHashAlike() {
    assertThat(Pillar.DIGITAL_GOVERNMENT).hasToString("government");
    Pillar tourism = Pillar.of("tourism", "Du lịch số", "Digital tourism");
    assertThat(tourism).hasToString("tourism");
    assertThat(tourism.hashCode()).isEqualTo(Pillar.of("tourism", "Du lịch số", "Digital tourism").hashCode());
    assertThat(Pillar.parse("economy")).isSameAs(Pillar.DIGITAL_ECONOMY);
  }

  @Test
  void theCatalogueFindsIndicatorsByCodeAndByPillar() {
    IndicatorCatalogue standard = IndicatorCatalogue.standard();
    assertThat(standard.contains("gov.work-records.online")).isTrue();
    assertThat(standard.contains("gov.no-such-indicator")).isFalse();
    for (Pillar pillar : Pillar.builtIns()) {
      List<Indicator> ofPillar = standard.indicators(pillar);
      assertThat(ofPillar).allMatch(i -> i.pillar().equals(pillar));
      assertThat(ofPillar).isSortedAccordingTo((x, y) -> x.code().compareTo(y.code()));
      assertThat(ofPillar).containsExactlyElementsOf(
          standard.indicators().stream().filter(i -> i.pillar().equals(pillar)).toList());
    }
    assertThat(standard.indicators(Pillar.DIGITAL_GOVERNMENT)).extracting(Indicator::code)
        .contains("gov.work-records.online");
    assertThat(standard.indicators(Pillar.of("tourism", "Du lịch số", "Digital tourism"))).isEmpty();
  }
}
