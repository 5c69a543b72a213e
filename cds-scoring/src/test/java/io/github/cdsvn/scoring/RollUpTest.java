package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static io.github.cdsvn.core.unit.AdministrativeLevel.NATION;
import static io.github.cdsvn.core.unit.AdministrativeLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollUpTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  private static final Indicator WORK_RECORDS = CATALOGUE.get("gov.work-records.online");
  private static final Indicator ENTERPRISES = CATALOGUE.get("econ.digital-enterprises.count");
  private static final Indicator REVENUE = CATALOGUE.get("econ.e-commerce.revenue");
  private static final ObservationPeriod Y2024 = ObservationPeriod.ofYear(2024);
  private static final UnitRegistry BEN_TRE = BenTreUnits.registry();
  private static final List<String> BA_TRI = codes(BenTreUnits.BA_TRI_COMMUNES);
  private static final List<String> MO_CAY_BAC = codes(BenTreUnits.MO_CAY_BAC_COMMUNES);

  private static List<String> codes(String[][] rows) {
    List<String> codes = new ArrayList<>();
    for (String[] row : rows) {
      codes.add(row[0]);
    }
    return codes;
  }

  /** Work records of commune {@code i}: {@code 40 + i} of {@code 50 + 2i} processed online. */
  private static Observation share(String code, int i) {
    return Observation.ofShare(code, WORK_RECORDS, Y2024, 40 + i, 50 + 2 * i);
  }

  private static Observation count(Indicator indicator, String code, double value, Observation.Status status) {
    return Observation.builder().unitCode(code).indicator(indicator).period(Y2024).value(value).status(status)
        .build();
  }

  @Nested
  class UpTheHierarchy {
    @Test
    void sharesFromSummedNumeratorsAndDenominators() {
      List<Observation> obs = new ArrayList<>();
      double num = 0;
      double den = 0;
      for (int i = 0; i < BA_TRI.size(); i++) {
        obs.add(share(BA_TRI.get(i), i));
        num += 40 + i;
        den += 50 + 2 * i;
      }
      RollUp.Result r = RollUp.over(BEN_TRE).toLevel(ObservationSet.of(obs), WORK_RECORDS, COMMUNE, DISTRICT);
      assertThat(r.entries()).hasSize(1);
      RollUp.Entry e = r.entries().get(0);
      assertThat(e.unit().code()).isEqualTo("836");
      assertThat(e.isExact()).isTrue();
      assertThat(e.isComplete()).isTrue();
      assertThat(e.covered()).isEqualTo(22);
      assertThat(e.coverage()).isEqualTo(1.0);
      assertThat(e.method()).hasValue(RollUp.Method.RATIO_OF_SUMS);
      // Σ numerators = 40·22 + 231 = 1111, Σ denominators = 50·22 + 2·231 = 1562
      assertThat(num).isEqualTo(1111);
      assertThat(den).isEqualTo(1562);
      Observation o = e.observation().orElseThrow();
      assertThat(o.numerator()).hasValue(1111);
      assertThat(o.denominator()).hasValue(1562);
      assertThat(o.value()).isCloseTo(100 * 1111 / 1562.0, within(1e-12));
      // the mean of the 22 shares would differ: percentages are not averaged
      double mean = obs.stream().mapToDouble(Observation::value).average().orElseThrow();
      assertThat(Math.abs(mean - o.value())).isGreaterThan(0.01);
      assertThat(o.unitCode()).isEqualTo("836");
      assertThat(o.measuredLevel()).hasValue(COMMUNE);
      assertThat(o.status()).isEqualTo(Observation.Status.FINAL);
      assertThat(o.source().orElseThrow())
          .isEqualTo("cds: tổng hợp từ 22/22 đơn vị cấp xã (tổng tử số chia tổng mẫu số) / rolled up from 22 of 22"
              + " commune-level units (summed numerators over summed denominators)");
      assertThat(e.explanation().en()).startsWith("Huyện Ba Tri (836), 2024: rolled up from 22 of 22");
      assertThat(r.observations().latest("836", WORK_RECORDS.code(), COMMUNE, LocalDate.of(2025, 1, 1)))
          .contains(o);
      assertThat(r.leftOut()).isEmpty();
      assertThat(r.kind()).isEqualTo(RollUp.Kind.HIERARCHY);
    }

    @Test
    void countsAndAmountsBySumming() {
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < MO_CAY_BAC.size(); i++) {
        obs.add(count(ENTERPRISES, MO_CAY_BAC.get(i), 3 + i, Observation.Status.FINAL));
        obs.add(count(REVENUE, MO_CAY_BAC.get(i), 1.5 * (i + 1), Observation.Status.FINAL));
      }
      ObservationSet set = ObservationSet.of(obs);
      RollUp.Entry enterprises = RollUp.over(BEN_TRE).toLevel(set, ENTERPRISES, COMMUNE, DISTRICT).entries().get(0);
      assertThat(enterprises.value()).hasValue(3 + 4 + 5 + 6);
      assertThat(enterprises.method()).hasValue(RollUp.Method.SUM);
      RollUp.Entry revenue = RollUp.over(BEN_TRE).toLevel(set, REVENUE, COMMUNE, DISTRICT).entries().get(0);
      assertThat(revenue.value()).hasValue(1.5 + 3 + 4.5 + 6);
      assertThat(revenue.observation().orElseThrow().measuredLevel()).hasValue(COMMUNE);
    }

    @Test
    void communesStraightToTheProvinceAcrossDistricts() {
      List<Observation> obs = new ArrayList<>();
      List<String> all = new ArrayList<>(BA_TRI);
      all.addAll(MO_CAY_BAC);
      for (String code : all) {
        obs.add(count(ENTERPRISES, code, 2, Observation.Status.FINAL));
      }
      RollUp.Result r = RollUp.over(BEN_TRE).toLevel(ObservationSet.of(obs), ENTERPRISES, COMMUNE, PROVINCE);
      assertThat(r.entries()).singleElement().satisfies(e -> {
        assertThat(e.unit().name()).isEqualTo("Bến Tre");
        assertThat(e.value()).hasValue(52);
        assertThat(e.expected()).hasSize(26);
        assertThat(e.isExact()).isTrue();
      });
    }

    @Test
    void anIncompleteGroupIsReportedWithItsCoverage() {
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < BA_TRI.size(); i++) {
        if (!BA_TRI.get(i).equals("29116")) {
          obs.add(share(BA_TRI.get(i), i));
        }
      }
      ObservationSet set = ObservationSet.of(obs);
      RollUp.Entry e = RollUp.over(BEN_TRE).toLevel(set, WORK_RECORDS, COMMUNE, DISTRICT).entries().get(0);
      assertThat(e.isRolledUp()).isFalse();
      assertThat(e.value()).isEmpty();
      assertThat(e.flags()).containsExactly(RollUp.Flag.INCOMPLETE);
      assertThat(e.missing()).extracting(AdministrativeUnit::code).containsExactly("29116");
      assertThat(e.covered()).isEqualTo(21);
      assertThat(e.coverage()).isEqualTo(21 / 22.0);
      assertThat(e.explanation().vi()).isEqualTo("Huyện Ba Tri (836), 2024: không tổng hợp được; tổng hợp từ 21/22"
          + " đơn vị cấp xã; thiếu số liệu của Xã Mỹ Hòa (29116)");
      assertThat(e.explanation().en()).contains("not rolled up").contains("no data for Xã Mỹ Hòa (29116)");

      RollUp.Result included = RollUp.over(BEN_TRE).includingIncomplete(true)
          .toLevel(set, WORK_RECORDS, COMMUNE, DISTRICT);
      RollUp.Entry partial = included.entries().get(0);
      assertThat(partial.isRolledUp()).isTrue();
      assertThat(partial.isExact()).isFalse();
      assertThat(partial.flags()).containsExactly(RollUp.Flag.INCOMPLETE);
      assertThat(partial.observation().orElseThrow().numerator()).hasValue(1111 - 41);
      assertThat(partial.observation().orElseThrow().status()).isEqualTo(Observation.Status.ESTIMATE);
      assertThat(included.notRolledUp()).isEmpty();
      assertThat(included.rolledUp()).containsExactly(partial);
    }

    @Test
    void aShareWithoutCountsIsReportedNotAveraged() {
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < MO_CAY_BAC.size(); i++) {
        obs.add(share(MO_CAY_BAC.get(i), i));
      }
      obs.set(2, Observation.of("28924", WORK_RECORDS, Y2024, 70));
      ObservationSet set = ObservationSet.of(obs);
      RollUp.Entry e = RollUp.over(BEN_TRE).toLevel(set, WORK_RECORDS, COMMUNE, DISTRICT).entries().get(0);
      assertThat(e.isRolledUp()).isFalse();
      assertThat(e.method()).isEmpty();
      assertThat(e.flags()).containsExactly(RollUp.Flag.SHARE_WITHOUT_COUNTS);
      assertThat(e.sharesWithoutCounts()).containsExactly("28924");
      assertThat(e.explanation().en()).contains("shares without numerator and denominator: 28924");

      RollUp.Entry mean = RollUp.over(BEN_TRE).withShareRule(RollUp.ShareRule.MEAN_WHEN_COUNTS_MISSING)
          .toLevel(set, WORK_RECORDS, COMMUNE, DISTRICT).entries().get(0);
      assertThat(mean.method()).hasValue(RollUp.Method.MEAN_OF_SHARES);
      assertThat(mean.flags()).containsExactly(RollUp.Flag.SHARE_WITHOUT_COUNTS, RollUp.Flag.MEAN_OF_SHARES);
      double expected = (100 * 40 / 50.0 + 100 * 41 / 52.0 + 70 + 100 * 43 / 56.0) / 4;
      assertThat(mean.value().getAsDouble()).isCloseTo(expected, within(1e-12));
      Observation o = mean.observation().orElseThrow();
      assertThat(o.numerator()).isEmpty();
      assertThat(o.status()).isEqualTo(Observation.Status.ESTIMATE);
      assertThat(o.source().orElseThrow()).contains("unweighted mean of the shares, not exact");
    }

    @Test
    void theWeakestStatusWinsAndIllustrativeStaysIllustrative() {
      List<Observation> obs = new ArrayList<>();
      obs.add(count(ENTERPRISES, "28918", 1, Observation.Status.FINAL));
      obs.add(count(ENTERPRISES, "28921", 1, Observation.Status.PROVISIONAL));
      obs.add(count(ENTERPRISES, "28924", 1, Observation.Status.FINAL));
      obs.add(count(ENTERPRISES, "28933", 1, Observation.Status.FINAL));
      RollUp.Entry e = RollUp.over(BEN_TRE).toLevel(ObservationSet.of(obs), ENTERPRISES, COMMUNE, DISTRICT)
          .entries().get(0);
      assertThat(e.observation().orElseThrow().status()).isEqualTo(Observation.Status.PROVISIONAL);

      obs.set(3, count(ENTERPRISES, "28933", 1, Observation.Status.ILLUSTRATIVE));
      RollUp.Entry illustrative = RollUp.over(BEN_TRE).includingIncomplete(true)
          .toLevel(ObservationSet.of(obs.subList(1, 4)), ENTERPRISES, COMMUNE, DISTRICT).entries().get(0);
      assertThat(illustrative.flags()).contains(RollUp.Flag.INCOMPLETE);
      assertThat(illustrative.observation().orElseThrow().status()).isEqualTo(Observation.Status.ILLUSTRATIVE);
    }

    @Test
    void inputsMeasuredAtAnotherLevelKeepThatLevel() {
      // the share of commune-level work records in each district, rolled up to the province
      List<Observation> obs = List.of(
          Observation.builder().unitCode("836").indicator(WORK_RECORDS).period(Y2024).value(60)
              .numerator(300).denominator(500).measuredLevel(COMMUNE).build(),
          Observation.builder().unitCode("838").indicator(WORK_RECORDS).period(Y2024).value(75)
              .numerator(150).denominator(200).measuredLevel(COMMUNE).build(),
          // the districts' own work records are another series and are not inputs
          Observation.ofShare("836", WORK_RECORDS, Y2024, 9, 10));
      RollUp.Result r = RollUp.over(BEN_TRE).withInputsMeasuredAt(COMMUNE)
          .toLevel(ObservationSet.of(obs), WORK_RECORDS, DISTRICT, PROVINCE);
      Observation o = r.entries().get(0).observation().orElseThrow();
      assertThat(o.unitCode()).isEqualTo("83");
      assertThat(o.measuredLevel()).hasValue(COMMUNE);
      assertThat(o.numerator()).hasValue(450);
      assertThat(o.denominator()).hasValue(700);
      assertThat(r.entries().get(0).inputs()).hasSize(2);
    }

    @Test
    void observationsTheRegistryCannotPlaceAreLeftOutAndListed() {
      List<Observation> obs = new ArrayList<>();
      for (String code : MO_CAY_BAC) {
        obs.add(count(ENTERPRISES, code, 1, Observation.Status.FINAL));
      }
      obs.add(count(ENTERPRISES, "99999", 5, Observation.Status.FINAL));
      // 28918 does not exist on 31 December 2025: the old commune ended on 30 June 2025
      obs.add(Observation.of("28918", ENTERPRISES, ObservationPeriod.ofYear(2025), 4));
      RollUp.Result r = RollUp.over(BEN_TRE).toLevel(ObservationSet.of(obs), ENTERPRISES, COMMUNE, DISTRICT);
      assertThat(r.entries()).singleElement().satisfies(e -> assertThat(e.value()).hasValue(4));
      assertThat(r.leftOut()).extracting(p -> p.location()).containsExactly(
          "observation (unit 28918, econ.digital-enterprises.count, 2025)",
          "observation (unit 99999, econ.digital-enterprises.count, 2024)");
      assertThat(r.leftOut().get(1).message()).contains("names no unit of the registry on 2024-12-31");
    }

    @Test
    void aUnitWithoutAncestorAtTheLevelIsLeftOut() {
      UnitRegistry r = UnitRegistry.builder()
          .add(BenTreUnits.unit("836", "Ba Tri", io.github.cdsvn.core.unit.UnitKind.RURAL_DISTRICT, null,
              BenTreUnits.OLD))
          .build();
      RollUp.Result result = RollUp.over(r).toLevel(
          ObservationSet.of(List.of(Observation.of("836", ENTERPRISES, Y2024, 3))), ENTERPRISES, DISTRICT, PROVINCE);
      assertThat(result.entries()).isEmpty();
      assertThat(result.leftOut()).singleElement().satisfies(p -> assertThat(p.message())
          .contains("has no province level unit above it"));
    }

    @Test
    void provincesToTheNationWithTheStandardRegistry() {
      UnitRegistry standard = UnitRegistry.standard();
      List<Observation> obs = new ArrayList<>();
      double total = 0;
      List<AdministrativeUnit> provinces = standard.units(PROVINCE, LocalDate.of(2024, 12, 31));
      assertThat(provinces).hasSize(63);
      for (int i = 0; i < provinces.size(); i++) {
        obs.add(count(ENTERPRISES, provinces.get(i).code(), 100 + i, Observation.Status.ILLUSTRATIVE));
        total += 100 + i;
      }
      RollUp.Entry e = RollUp.over(standard).toLevel(ObservationSet.of(obs), ENTERPRISES, PROVINCE, NATION)
          .entries().get(0);
      assertThat(e.unit().code()).isEqualTo("VN");
      assertThat(e.value()).hasValue(total);
      assertThat(e.expected()).hasSize(63);
      assertThat(e.observation().orElseThrow().status()).isEqualTo(Observation.Status.ILLUSTRATIVE);
      assertThat(e.observation().orElseThrow().measuredLevel()).hasValue(PROVINCE);
    }
  }

  @Nested
  class IntoNewUnits {
    private final UnitRegistry standard = UnitRegistry.standard();

    @Test
    void bacGiangAndBacNinhIntoTheNewBacNinh() {
      ObservationSet set = ObservationSet.of(List.of(
          count(ENTERPRISES, "24", 412, Observation.Status.ILLUSTRATIVE),
          count(ENTERPRISES, "27", 655, Observation.Status.ILLUSTRATIVE),
          // the new Bắc Ninh's own 2025 figure is not a predecessor's
          Observation.of("24", ENTERPRISES, ObservationPeriod.ofYear(2025), 1500)));
      RollUp.Result r = RollUp.over(standard).toSuccessors(set, ENTERPRISES, PROVINCE, BenTreUnits.REFORM);
      assertThat(r.kind()).isEqualTo(RollUp.Kind.LINEAGE);
      assertThat(r.entries()).singleElement().satisfies(e -> {
        assertThat(e.unit()).isEqualTo(standard.unit("24", BenTreUnits.REFORM));
        assertThat(e.unit().name()).isEqualTo("Bắc Ninh");
        assertThat(e.period()).isEqualTo(Y2024);
        assertThat(e.value()).hasValue(412 + 655);
        assertThat(e.expected()).extracting(u -> u.name()).containsExactly("Bắc Giang", "Bắc Ninh");
        assertThat(e.isExact()).isTrue();
        Observation o = e.observation().orElseThrow();
        assertThat(o.unitCode()).isEqualTo("24");
        assertThat(o.measuredLevel()).isEmpty();
        assertThat(o.status()).isEqualTo(Observation.Status.ILLUSTRATIVE);
        assertThat(o.source().orElseThrow()).contains("restated for Tỉnh Bắc Ninh (24) from 2 of 2 predecessor units");
      });
    }

    @Test
    void binhThuanDakNongAndLamDongIntoLamDong() {
      ObservationSet set = ObservationSet.of(List.of(
          Observation.ofShare("60", WORK_RECORDS, Y2024, 8_000, 10_000),
          Observation.ofShare("67", WORK_RECORDS, Y2024, 3_000, 5_000),
          Observation.ofShare("68", WORK_RECORDS, Y2024, 6_000, 7_500)));
      RollUp.Entry e = RollUp.over(standard).toSuccessors(set, WORK_RECORDS, PROVINCE, BenTreUnits.REFORM)
          .entry("68", Y2024).orElseThrow();
      assertThat(e.unit().validity().from()).hasValue(BenTreUnits.REFORM);
      assertThat(e.inputs()).extracting(Observation::unitCode).containsExactly("60", "67", "68");
      Observation o = e.observation().orElseThrow();
      assertThat(o.numerator()).hasValue(17_000);
      assertThat(o.denominator()).hasValue(22_500);
      assertThat(o.value()).isCloseTo(100 * 17_000 / 22_500.0, within(1e-12));
    }

    @Test
    void aMissingPredecessorMakesTheNewUnitIncomplete() {
      ObservationSet set = ObservationSet.of(List.of(
          Observation.ofShare("60", WORK_RECORDS, Y2024, 8_000, 10_000),
          Observation.ofShare("68", WORK_RECORDS, Y2024, 6_000, 7_500)));
      RollUp.Entry e = RollUp.over(standard).toSuccessors(set, WORK_RECORDS, PROVINCE, BenTreUnits.REFORM)
          .entry("68", Y2024).orElseThrow();
      assertThat(e.isRolledUp()).isFalse();
      assertThat(e.missing()).extracting(AdministrativeUnit::name).containsExactly("Đắk Nông");
      assertThat(e.explanation().en()).contains("no data for Tỉnh Đắk Nông (67)");
    }

    @Test
    void theCommunesOfBaTriIntoTheSevenNewCommunes() {
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < BA_TRI.size(); i++) {
        obs.add(count(ENTERPRISES, BA_TRI.get(i), i + 1, Observation.Status.FINAL));
      }
      RollUp.Result r = RollUp.over(BEN_TRE).toSuccessors(ObservationSet.of(obs), ENTERPRISES, COMMUNE,
          BenTreUnits.REFORM);
      AdministrativeUnit baTri = BEN_TRE.unit("836", BenTreUnits.BEFORE);
      List<AdministrativeUnit> seven = BEN_TRE.successorsOf(baTri).stream().map(Succession::successor)
          .collect(Collectors.toList());
      assertThat(seven).extracting(AdministrativeUnit::code)
          .containsExactly("29110", "29122", "29125", "29137", "29143", "29158", "29167");
      assertThat(r.entries()).extracting(RollUp.Entry::unit).containsExactlyElementsOf(seven);
      // Xã Ba Tri = Thị trấn Ba Tri (1) + An Bình Tây (12) + Vĩnh Hòa (17) + Vĩnh An (19) + An Đức (20)
      RollUp.Entry xaBaTri = r.entry("29110", Y2024).orElseThrow();
      assertThat(xaBaTri.value()).hasValue(1 + 12 + 17 + 19 + 20);
      assertThat(xaBaTri.unit().fullName()).isEqualTo("Xã Ba Tri");
      assertThat(xaBaTri.inputs()).extracting(Observation::unitCode)
          .containsExactly("29110", "29149", "29164", "29170", "29173");
      assertThat(r.entry("29125", Y2024).orElseThrow().value()).hasValue(5 + 13);
      double sum = r.entries().stream().mapToDouble(e -> e.value().getAsDouble()).sum();
      assertThat(sum).isEqualTo(22 * 23 / 2.0);
      assertThat(r.notRolledUp()).isEmpty();
      assertThat(r.observations().size()).isEqualTo(7);
    }

    @Test
    void aPartialPredecessorCannotBeSplit() {
      List<Observation> obs = new ArrayList<>();
      for (String code : MO_CAY_BAC) {
        obs.add(count(ENTERPRISES, code, 10, Observation.Status.FINAL));
      }
      ObservationSet set = ObservationSet.of(obs);
      RollUp.Entry e = RollUp.over(BEN_TRE).toSuccessors(set, ENTERPRISES, COMMUNE, BenTreUnits.REFORM)
          .entry("28921", Y2024).orElseThrow();
      assertThat(e.unit().name()).isEqualTo("Tân Thành Bình");
      assertThat(e.isRolledUp()).isFalse();
      assertThat(e.flags()).containsExactly(RollUp.Flag.PARTIAL_PREDECESSOR);
      assertThat(e.partialPredecessors()).extracting(AdministrativeUnit::name).containsExactly("Hòa Lộc");
      assertThat(e.expected()).extracting(AdministrativeUnit::code).containsExactly("28918", "28921", "28933");
      assertThat(e.explanation().en()).contains("figures of units merged only in part cannot be split: Xã Hòa Lộc (28924)");

      RollUp.Entry whole = RollUp.over(BEN_TRE).includingPartialPredecessors(true)
          .toSuccessors(set, ENTERPRISES, COMMUNE, BenTreUnits.REFORM).entry("28921", Y2024).orElseThrow();
      assertThat(whole.value()).hasValue(40);
      assertThat(whole.flags()).containsExactly(RollUp.Flag.PARTIAL_PREDECESSOR, RollUp.Flag.PARTIAL_COUNTED_WHOLE);
      assertThat(whole.observation().orElseThrow().status()).isEqualTo(Observation.Status.ESTIMATE);
      assertThat(whole.explanation().vi()).contains("tính trọn đơn vị chỉ nhập một phần: Xã Hòa Lộc (28924)");
    }

    @Test
    void theOtherSuccessorOfTheSplitCommune() {
      // Hòa Hiệp (29734) got part of Hòa Lộc (28924) and all of three Tam Bình communes, which have no data
      ObservationSet set = ObservationSet.of(List.of(count(ENTERPRISES, "28924", 10, Observation.Status.FINAL)));
      RollUp.Entry e = RollUp.over(BEN_TRE).toSuccessors(set, ENTERPRISES, COMMUNE, BenTreUnits.REFORM)
          .entry("29734", Y2024).orElseThrow();
      assertThat(e.inputs()).isEmpty();
      assertThat(e.missing()).hasSize(3);
      assertThat(e.flags()).containsExactly(RollUp.Flag.INCOMPLETE, RollUp.Flag.PARTIAL_PREDECESSOR);
      assertThat(e.isRolledUp()).isFalse();
    }
  }

  @Nested
  class Refusals {
    private Indicator custom(String code, Measure measure, Direction direction) {
      return Indicator.builder().code(code).label(Label.of("chỉ số thử", "test indicator")).measure(measure)
          .direction(direction).pillar(Pillar.DIGITAL_GOVERNMENT).build();
    }

    @Test
    void indicatorsThatCannotBeSummed() {
      RollUp r = RollUp.over(BEN_TRE);
      ObservationSet none = ObservationSet.empty();
      for (Indicator i : List.of(CATALOGUE.get("dti.rank"), CATALOGUE.get("econ.innovation.group"),
          CATALOGUE.get("infra.fibre.universal"), custom("test.index", Measure.index(0, 1), Direction.HIGHER_IS_BETTER),
          custom("test.growth", Measure.ratePerYear(), Direction.HIGHER_IS_BETTER))) {
        assertThatThrownBy(() -> r.toLevel(none, i, COMMUNE, DISTRICT)).as(i.code())
            .isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("RollUp.indicator").hasMessageContaining(i.code())
            .hasMessageContaining(i.measure().kind().label().en() + " cannot be summed")
            .hasMessageContaining("measures " + i.measure());
        assertThatThrownBy(() -> r.toSuccessors(none, i, COMMUNE, BenTreUnits.REFORM))
            .isInstanceOf(InvalidValueException.class).hasMessageContaining(i.code());
      }
    }

    @Test
    void anAmountPerSomethingIsARatio() {
      Indicator productivity = CATALOGUE.get("econ.labour-productivity");
      assertThatThrownBy(() -> RollUp.over(BEN_TRE).toLevel(ObservationSet.empty(), productivity, DISTRICT, PROVINCE))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("econ.labour-productivity")
          .hasMessageContaining("an amount per something (triệu đồng/lao động) is a ratio");
    }

    @Test
    void theTargetLevelMustBeAbove() {
      assertThatThrownBy(() -> RollUp.over(BEN_TRE).toLevel(ObservationSet.empty(), ENTERPRISES, PROVINCE, DISTRICT))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("RollUp.to")
          .hasMessageContaining("DISTRICT").hasMessageContaining("province level");
      assertThatThrownBy(() -> RollUp.over(BEN_TRE).toLevel(ObservationSet.empty(), ENTERPRISES, PROVINCE, PROVINCE))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anIndicatorDefinedDifferentlyFromTheObservations() {
      Indicator other = custom(ENTERPRISES.code(), Measure.count(), Direction.LOWER_IS_BETTER);
      ObservationSet set = ObservationSet.of(List.of(Observation.of("28918", ENTERPRISES, Y2024, 1)));
      assertThatThrownBy(() -> RollUp.over(BEN_TRE).toLevel(set, other, COMMUNE, DISTRICT))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("define it differently");
    }

    @Test
    void optionsAreKeptAndShown() {
      RollUp r = RollUp.over(BEN_TRE).withShareRule(RollUp.ShareRule.MEAN_WHEN_COUNTS_MISSING)
          .includingIncomplete(true).includingPartialPredecessors(true).withInputsMeasuredAt(COMMUNE);
      assertThat(r.shareRule()).isEqualTo(RollUp.ShareRule.MEAN_WHEN_COUNTS_MISSING);
      assertThat(r.includesIncomplete()).isTrue();
      assertThat(r.includesPartialPredecessors()).isTrue();
      assertThat(r.inputsMeasuredAt()).hasValue(COMMUNE);
      assertThat(r.registry()).isSameAs(BEN_TRE);
      assertThat(r.toString()).contains("including incomplete", "counted whole", "commune level");
      RollUp defaults = RollUp.over(BEN_TRE);
      assertThat(defaults.shareRule()).isEqualTo(RollUp.ShareRule.EXACT_ONLY);
      assertThat(defaults.includesIncomplete()).isFalse();
      assertThat(defaults.inputsMeasuredAt()).isEmpty();
    }
  }

  // ---- laws ----

  private static final List<String> ALL_OLD = BenTreUnits.oldCommuneCodes();

  /** One share per old commune: denominator 1..5000 and numerator a fraction of it. */
  private static List<Observation> shares(List<Integer> dens, List<Integer> permille) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < ALL_OLD.size(); i++) {
      int den = dens.get(i);
      obs.add(Observation.ofShare(ALL_OLD.get(i), WORK_RECORDS, Y2024, den * permille.get(i) / 1000, den));
    }
    return obs;
  }

  @Test
  void aShareIsTheSumOfNumeratorsOverTheSumOfDenominators() {
    int n = ALL_OLD.size();
    qt().forAll(lists().of(integers().between(1, 5000)).ofSize(n), lists().of(integers().between(0, 1000)).ofSize(n))
        .checkAssert((dens, permille) -> {
          List<Observation> obs = shares(dens, permille);
          RollUp.Result r = RollUp.over(BEN_TRE).toLevel(ObservationSet.of(obs), WORK_RECORDS, COMMUNE, DISTRICT);
          for (RollUp.Entry e : r.entries()) {
            double num = e.inputs().stream().mapToDouble(o -> o.numerator().getAsDouble()).sum();
            double den = e.inputs().stream().mapToDouble(o -> o.denominator().getAsDouble()).sum();
            assertThat(e.observation().orElseThrow().numerator()).hasValue(num);
            assertThat(e.observation().orElseThrow().denominator()).hasValue(den);
            assertThat(e.value().getAsDouble()).isEqualTo(100 * num / den);
          }
          assertThat(r.entries()).extracting(e -> e.unit().code()).containsExactly("836", "838", "860");
        });
  }

  @Test
  void countsAreTheSumOfTheirParts() {
    int n = ALL_OLD.size();
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSize(n)).checkAssert(values -> {
      List<Observation> obs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        obs.add(Observation.of(ALL_OLD.get(i), ENTERPRISES, Y2024, values.get(i)));
      }
      ObservationSet set = ObservationSet.of(obs);
      double total = values.stream().mapToDouble(Integer::doubleValue).sum();
      RollUp.Result districts = RollUp.over(BEN_TRE).toLevel(set, ENTERPRISES, COMMUNE, DISTRICT);
      assertThat(districts.entries().stream().mapToDouble(e -> e.value().getAsDouble()).sum()).isEqualTo(total);
      RollUp.Result provinces = RollUp.over(BEN_TRE).toLevel(set, ENTERPRISES, COMMUNE, PROVINCE);
      double baTri = 0;
      for (int i = 0; i < BA_TRI.size(); i++) {
        baTri += values.get(i);
      }
      assertThat(districts.entry("836", Y2024).orElseThrow().value()).hasValue(baTri);
      assertThat(provinces.entries().stream().mapToDouble(e -> e.value().getAsDouble()).sum()).isEqualTo(total);
      // the seven new communes hold exactly what Ba Tri's 22 communes held
      RollUp.Result seven = RollUp.over(BEN_TRE).toSuccessors(set, ENTERPRISES, COMMUNE, BenTreUnits.REFORM);
      double sevenTotal = seven.entries().stream().filter(e -> BenTreUnits.NEW_NAMES.containsKey(e.unit().code()))
          .mapToDouble(e -> e.value().getAsDouble()).sum();
      assertThat(sevenTotal).isEqualTo(baTri);
    });
  }

  @Test
  void rollingUpTwiceEqualsRollingUpOnce() {
    int n = ALL_OLD.size();
    qt().forAll(lists().of(integers().between(1, 5000)).ofSize(n), lists().of(integers().between(0, 1000)).ofSize(n))
        .checkAssert((dens, permille) -> {
          ObservationSet communes = ObservationSet.of(shares(dens, permille));
          ObservationSet districts = RollUp.over(BEN_TRE).toLevel(communes, WORK_RECORDS, COMMUNE, DISTRICT)
              .observations();
          RollUp.Result twice = RollUp.over(BEN_TRE).withInputsMeasuredAt(COMMUNE)
              .toLevel(districts, WORK_RECORDS, DISTRICT, PROVINCE);
          RollUp.Result once = RollUp.over(BEN_TRE).toLevel(communes, WORK_RECORDS, COMMUNE, PROVINCE);
          assertThat(twice.entries()).hasSameSizeAs(once.entries());
          for (int i = 0; i < once.entries().size(); i++) {
            Observation a = twice.entries().get(i).observation().orElseThrow();
            Observation b = once.entries().get(i).observation().orElseThrow();
            assertThat(a.unitCode()).isEqualTo(b.unitCode());
            assertThat(a.measuredLevel()).isEqualTo(b.measuredLevel()).hasValue(COMMUNE);
            // whole-number counts: every partial sum is exact, so the order of summing cannot matter
            assertThat(a.numerator()).isEqualTo(b.numerator());
            assertThat(a.denominator()).isEqualTo(b.denominator());
            assertThat(a.value()).isEqualTo(b.value());
          }
        });
  }

  @Test
  void theOrderOfUnitsAndObservationsChangesNothing() {
    int n = ALL_OLD.size();
    qt().withExamples(50).forAll(lists().of(integers().between(1, 5000)).ofSize(n),
        lists().of(integers().between(0, 1000)).ofSize(n), longs().all())
        .checkAssert((dens, permille, seed) -> {
          List<Observation> obs = shares(dens, permille);
          List<Observation> shuffled = new ArrayList<>(obs);
          Collections.shuffle(shuffled, new Random(seed));
          UnitRegistry reordered = BenTreUnits.registry(seed);
          for (RollUp rollUp : List.of(RollUp.over(BEN_TRE), RollUp.over(BEN_TRE).includingPartialPredecessors(true))) {
            RollUp other = RollUp.over(reordered).includingPartialPredecessors(rollUp.includesPartialPredecessors());
            assertThat(other.toLevel(ObservationSet.of(shuffled), WORK_RECORDS, COMMUNE, DISTRICT))
                .isEqualTo(rollUp.toLevel(ObservationSet.of(obs), WORK_RECORDS, COMMUNE, DISTRICT));
            assertThat(other.toSuccessors(ObservationSet.of(shuffled), WORK_RECORDS, COMMUNE, BenTreUnits.REFORM))
                .isEqualTo(rollUp.toSuccessors(ObservationSet.of(obs), WORK_RECORDS, COMMUNE, BenTreUnits.REFORM));
          }
        });
  }
}
