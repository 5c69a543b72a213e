package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static io.github.cdsvn.core.unit.AdministrativeLevel.NATION;
import static io.github.cdsvn.core.unit.AdministrativeLevel.PROVINCE;
import static io.github.cdsvn.scoring.PlanComparison.Verdict.EQUALLY_AMBITIOUS;
import static io.github.cdsvn.scoring.PlanComparison.Verdict.LESS_AMBITIOUS;
import static io.github.cdsvn.scoring.PlanComparison.Verdict.MORE_AMBITIOUS;
import static io.github.cdsvn.scoring.PlanComparison.Verdict.NOT_COMPARABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PlanComparisonTest {
  private static final Plan NATIONAL = Plans.national();

  private static Target.Key key(String indicator, AdministrativeLevel level, int year) {
    return new Target.Key(indicator, level, Horizon.of(year), "all");
  }

  @Nested
  class RealPlans {
    private final PlanComparison quangBinh = PlanComparison.of(Plans.quangBinh(), NATIONAL);

    @Test
    void quangBinhWorkRecordsAgainstTheNationalProgramme() {
      PlanComparison.Comparison province = quangBinh.comparison(key("gov.work-records.online", PROVINCE, 2025))
          .orElseThrow();
      assertThat(province.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(province.isMarginal()).isFalse();
      assertThat(province.match()).isEqualTo(PlanComparison.Match.SAME_LEVEL);
      assertThat(province.explanation().vi()).isEqualTo("[cấp tỉnh, 2025] Quảng Bình tối thiểu 95% so với quốc gia"
          + " tối thiểu 90%: tham vọng hơn; ngưỡng cao hơn (95 so với 90)");
      assertThat(province.explanation().en()).isEqualTo("[province level, 2025] Quảng Bình at least 95% against"
          + " national at least 90%: more ambitious; a higher threshold (95 against 90)");
      assertThat(quangBinh.comparison(key("gov.work-records.online", DISTRICT, 2025)).orElseThrow().verdict())
          .isEqualTo(EQUALLY_AMBITIOUS);
      PlanComparison.Comparison commune = quangBinh.comparison(key("gov.work-records.online", COMMUNE, 2025))
          .orElseThrow();
      assertThat(commune.verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      assertThat(commune.reason().en()).isEqualTo("the same threshold (60 against 60)");
      assertThat(commune.higherTarget().bound()).isEqualTo(Bound.atLeast(60));
    }

    @Test
    void theProvincesOwnFigureMeetsTheNationsOwnFigure() {
      PlanComparison.Comparison economy = quangBinh
          .comparison(key("econ.digital-economy.share-of-grdp", PROVINCE, 2025)).orElseThrow();
      assertThat(economy.match()).isEqualTo(PlanComparison.Match.OWN_TERRITORY);
      assertThat(economy.higherTarget().level()).isEqualTo(NATION);
      assertThat(economy.verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      assertThat(economy.explanation().vi()).startsWith("[toàn địa bàn, 2025] Quảng Bình tối thiểu 20% so với quốc gia");
    }

    @Test
    void comparisonsKeepThePlansOrderAndUnmatchedTargetsSayWhy() {
      assertThat(quangBinh.linkDeclared()).isTrue();
      assertThat(quangBinh.link().en()).isEqualTo("quang-binh.kh-698-2022 declares that it carries out vn.qd-749-2020");
      assertThat(quangBinh.comparisons()).extracting(c -> c.target().key().toString()).containsExactly(
          "gov.work-records.online@province/2025", "gov.work-records.online@district/2025",
          "gov.work-records.online@commune/2025", "econ.digital-economy.share-of-grdp@province/2025");
      assertThat(quangBinh.comparisons(MORE_AMBITIOUS)).hasSize(1);
      assertThat(quangBinh.comparisons(EQUALLY_AMBITIOUS)).hasSize(3);
      assertThat(quangBinh.comparisons(LESS_AMBITIOUS)).isEmpty();

      assertThat(quangBinh.onlyInPlan()).extracting(u -> u.target().indicator().code()).containsExactly(
          "gov.applications.submitted-online", "gov.digital-government.rank", "security.cybersecurity.group",
          "infra.fibre.households", "society.e-payment-account");
      assertThat(quangBinh.onlyInPlan().get(0).reason().en()).isEqualTo(
          "the national plan vn.qd-749-2020 has no target for indicator gov.applications.submitted-online");
      PlanComparison.Unmatched fibre = quangBinh.onlyInPlan().get(3);
      assertThat(fibre.reason().en()).contains("more than 80% (horizon 2025, measured at national level)");
      PlanComparison.Unmatched payment = quangBinh.onlyInPlan().get(4);
      assertThat(payment.reason().vi()).contains("trên 80% (đo ở cấp quốc gia, đối tượng toàn bộ)");
      assertThat(payment.reason().en()).contains("population everyone")
          .contains("targets are compared only for the same horizon, population and level");

      assertThat(quangBinh.onlyInHigher()).extracting(u -> u.target().key().toString()).containsExactly(
          "econ.labour-productivity@nation/2025", "infra.fibre.households@nation/2025",
          "society.e-payment-account@nation/2025", "society.e-payment-account@nation/2030");
      assertThat(quangBinh.onlyInHigher().get(1).reason().vi()).startsWith(
          "kế hoạch của Quảng Bình quang-binh.kh-698-2022 có chỉ tiêu cho chỉ số này nhưng khác: trên 95% (mốc 2030,"
              + " đo ở cấp tỉnh)");
    }

    @Test
    void baTriFibreMatchesTheNationalFibreTarget() {
      PlanComparison baTri = PlanComparison.of(Plans.baTri(), NATIONAL);
      assertThat(baTri.linkDeclared()).isFalse();
      assertThat(baTri.link().vi()).contains("không khai báo là thực hiện vn.qd-749-2020");
      PlanComparison.Comparison fibre = baTri.comparison(key("infra.fibre.households", DISTRICT, 2025)).orElseThrow();
      assertThat(fibre.match()).isEqualTo(PlanComparison.Match.OWN_TERRITORY);
      assertThat(fibre.verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      assertThat(fibre.explanation().en()).isEqualTo("[whole territory, 2025] Ba Tri more than 80% against national"
          + " more than 80%: equally ambitious; the same threshold (80 against 80)");
      assertThat(baTri.comparison(key("society.e-payment-account", DISTRICT, 2025)).orElseThrow().verdict())
          .isEqualTo(EQUALLY_AMBITIOUS);
      PlanComparison.Comparison economy = baTri.comparison(key("econ.digital-economy.share-of-grdp", DISTRICT, 2025))
          .orElseThrow();
      assertThat(economy.verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(economy.reason().vi()).isEqualTo("ngưỡng thấp hơn (10 so với 20)");
      PlanComparison.Comparison productivity = baTri.comparison(key("econ.labour-productivity", DISTRICT, 2025))
          .orElseThrow();
      assertThat(productivity.verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(productivity.explanation().vi()).contains("tăng tối thiểu 5%/năm so với quốc gia tăng tối thiểu 7%/năm");
      assertThat(baTri.comparisons()).hasSize(6);
      assertThat(baTri.onlyInPlan()).isEmpty();
      assertThat(baTri.onlyInHigher()).extracting(u -> u.target().key().toString()).containsExactly(
          "gov.work-records.online@province/2025", "society.e-payment-account@nation/2030");
    }

    @Test
    void binhThuanFibreAtLeastAgainstNationalMoreThan() {
      PlanComparison binhThuan = PlanComparison.of(Plans.binhThuan(), NATIONAL);
      PlanComparison.Comparison fibre = binhThuan.comparison(key("infra.fibre.households", PROVINCE, 2025))
          .orElseThrow();
      assertThat(fibre.verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(fibre.isMarginal()).isTrue();
      assertThat(fibre.explanation().vi()).isEqualTo("[toàn địa bàn, 2025] Bình Thuận tối thiểu 80% so với quốc gia"
          + " trên 80%: kém tham vọng hơn một chút; cùng con số, nhưng chỉ tiêu kia là 'trên', không tính chính con số"
          + " đó (80 so với 80)");
      assertThat(fibre.explanation().en()).contains(": marginally less ambitious;");
      assertThat(binhThuan.comparison(key("econ.labour-productivity", PROVINCE, 2025)).orElseThrow().verdict())
          .isEqualTo(EQUALLY_AMBITIOUS);
    }

    @Test
    void binhThuanEPaymentCoversAnotherPopulationAndIsNotCompared() {
      PlanComparison binhThuan = PlanComparison.of(Plans.binhThuan(), NATIONAL);
      assertThat(binhThuan.comparisons()).noneMatch(c -> c.target().indicator().code().equals("society.e-payment-account"));
      List<PlanComparison.Unmatched> payment = binhThuan.onlyInPlan();
      assertThat(payment).extracting(u -> u.target().key().toString()).containsExactly(
          "society.e-payment-account@province/2025/aged-18-plus", "society.e-payment-account@province/2030/aged-18-plus");
      assertThat(payment.get(0).reason().en()).contains(
          "more than 50% (measured at national level, population everyone)");
      assertThat(payment.get(0).reason().vi()).contains("đối tượng toàn bộ");
      assertThat(binhThuan.onlyInHigher()).extracting(u -> u.target().key().toString()).containsExactly(
          "gov.work-records.online@province/2025", "gov.work-records.online@district/2025",
          "gov.work-records.online@commune/2025", "society.e-payment-account@nation/2025",
          "society.e-payment-account@nation/2030");
    }

    @Test
    void strictAgainstNonStrictAtTheSameNumberIsMarginallyMoreAmbitious() {
      // Quảng Bình's real "trên 50% hồ sơ TTHC nộp trực tuyến" against a higher plan written for this
      // comparison that asks for "50%" of the same
      Document doc = Document.builder().kind(Document.Kind.PLAN).issuer("cơ quan cấp trên (giả định)")
          .title("Kế hoạch cấp trên dựng cho phép so sánh").build();
      Plan higher = Plan.builder().id("test.higher").unit(UnitRegistry.standard().unit("VN", LocalDate.of(2022, 1, 1)))
          .title(doc.title()).addDocuments(doc)
          .addTargets(Plans.target("gov.applications.submitted-online", PROVINCE, 2025, Bound.atLeast(50), doc,
              "50% hồ sơ TTHC nộp trực tuyến"))
          .build();
      PlanComparison c = PlanComparison.of(Plans.quangBinh(), higher);
      PlanComparison.Comparison online = c.comparisons().get(0);
      assertThat(online.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(online.isMarginal()).isTrue();
      assertThat(online.explanation().vi()).contains("tham vọng hơn một chút; cùng con số, nhưng 'trên' không tính"
          + " chính con số đó nên cao hơn một chút");
      assertThat(online.explanation().en()).contains("marginally more ambitious");
      assertThat(c.linkDeclared()).isFalse();
    }

    @Test
    void equalsAndToString() {
      assertThat(PlanComparison.of(Plans.quangBinh(), NATIONAL)).isEqualTo(quangBinh);
      assertThat(quangBinh.toString()).isEqualTo(
          "PlanComparison{quang-binh.kh-698-2022 against vn.qd-749-2020, 4 compared, 5 only in the plan,"
              + " 4 only in the higher plan}");
      assertThat(quangBinh.plan().id()).isEqualTo("quang-binh.kh-698-2022");
      assertThat(quangBinh.higher()).isEqualTo(NATIONAL);
    }

    @Test
    void aPlanIsNotComparedWithItself() {
      assertThatThrownBy(() -> PlanComparison.of(NATIONAL, Plans.national()))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("PlanComparison.higher")
          .hasMessageContaining("'vn.qd-749-2020'");
    }
  }

  @Nested
  class BoundKinds {
    private final Document doc = Document.builder().kind(Document.Kind.PLAN).issuer("test").title("test").build();

    private Target target(Indicator indicator, Bound bound, Baseline baseline) {
      Target.Builder b = Target.builder().indicator(indicator).level(PROVINCE).horizon(Horizon.Y2025).bound(bound)
          .source(Source.of(doc, "test"));
      if (baseline != null) {
        b.baseline(baseline);
      }
      return b.build();
    }

    private PlanComparison.Comparison compare(Indicator indicator, Bound local, Bound higher) {
      return compare(target(indicator, local, null), target(indicator, higher, null));
    }

    private PlanComparison.Comparison compare(Target local, Target higher) {
      Plan a = Plan.builder().id("test.local").unit(UnitRegistry.standard().unit("44", LocalDate.of(2022, 1, 1)))
          .title("a").addDocuments(doc).addTargets(local).build();
      Plan b = Plan.builder().id("test.higher").unit(UnitRegistry.standard().unit("VN", LocalDate.of(2022, 1, 1)))
          .title("b").addDocuments(doc).addTargets(higher).build();
      return PlanComparison.of(a, b).comparisons().get(0);
    }

    private final Indicator percent = Plans.CATALOGUE.get("infra.fibre.households");
    private final Indicator procedures = Plans.CATALOGUE.get("gov.procedures.count");
    private final Indicator rank = Plans.CATALOGUE.get("gov.digital-government.rank");

    @Test
    void lowerIsBetterCeilings() {
      PlanComparison.Comparison c = compare(procedures, Bound.atMost(5), Bound.atMost(10));
      assertThat(c.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(c.reason().en()).isEqualTo("a lower ceiling (5 against 10)");
      assertThat(compare(procedures, Bound.atMost(10), Bound.lessThan(10)).verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(compare(procedures, Bound.lessThan(10), Bound.atMost(10)).isMarginal()).isTrue();
      assertThat(compare(procedures, Bound.approximately(8, 1), Bound.atMost(10)).verdict()).isEqualTo(MORE_AMBITIOUS);
    }

    @Test
    void aFloorOnALowerIsBetterIndicatorOrACeilingOnAHigherIsBetterOneStatesNoAmbition() {
      PlanComparison.Comparison floor = compare(procedures, Bound.atLeast(5), Bound.atMost(10));
      assertThat(floor.verdict()).isEqualTo(NOT_COMPARABLE);
      assertThat(floor.reason().en()).contains("a floor ('at least', 'more than') on a lower-is-better indicator");
      PlanComparison.Comparison ceiling = compare(percent, Bound.atMost(90), Bound.atLeast(80));
      assertThat(ceiling.verdict()).isEqualTo(NOT_COMPARABLE);
      assertThat(ceiling.explanation().vi()).contains("không so sánh được; mức trần");
    }

    @Test
    void approximatelyIsReadAsItsLeastGoodValue() {
      PlanComparison.Comparison c = compare(percent, Bound.approximately(25, 2.5), Bound.atLeast(20));
      assertThat(c.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(c.reason().en()).isEqualTo("a higher threshold (22.5 against 20; an approximate target is compared"
          + " by the least good value it accepts)");
      assertThat(compare(percent, Bound.approximately(25, 5), Bound.atLeast(20)).verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      assertThat(compare(percent, Bound.approximately(25, 5), Bound.moreThan(20)).verdict()).isEqualTo(LESS_AMBITIOUS);
    }

    @Test
    void topRanksAmong63And34Provinces() {
      assertThat(compare(rank, Bound.topRank(10, 63), Bound.topRank(30, 63)).verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(compare(rank, Bound.topRank(30, 63), Bound.topRank(30, 63)).verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      PlanComparison.Comparison top10 = compare(rank, Bound.topRank(10, 63), Bound.topRank(10, 34));
      assertThat(top10.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(top10.reason().en()).isEqualTo("a smaller share leading (10 of 63 ≈ 15.9% against 10 of 34 ≈ 29.4%;"
          + " compared as shares N/M because the numbers ranked differ)");
      assertThat(top10.reason().vi()).contains("10/63 ≈ 15,9%");
      // Quảng Bình's "nhóm 30 tỉnh dẫn đầu" of 63 is a larger share than 16 of 34
      assertThat(compare(rank, Bound.topRank(30, 63), Bound.topRank(16, 34)).verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(compare(rank, Bound.topRank(2, 34), Bound.topRank(1, 17)).verdict()).isEqualTo(EQUALLY_AMBITIOUS);
    }

    @Test
    void eachVerdictSaysWhyWithTheNumbersCompared() {
      assertThat(compare(percent, Bound.atLeast(70), Bound.atLeast(80)).reason().en())
          .isEqualTo("a lower threshold (70 against 80)");
      assertThat(compare(percent, Bound.atLeast(80), Bound.atLeast(80)).reason().en())
          .isEqualTo("the same threshold (80 against 80)");
      assertThat(compare(procedures, Bound.atMost(10), Bound.atMost(5)).reason().en())
          .isEqualTo("a higher ceiling (10 against 5)");
      PlanComparison.Comparison more = compare(percent, Bound.moreThan(80), Bound.atLeast(80));
      assertThat(more.isMarginal()).isTrue();
      assertThat(more.reason().en()).isEqualTo("the same number, but 'more than' excludes the number itself:"
          + " marginally more ambitious (80 against 80)");
      PlanComparison.Comparison less = compare(procedures, Bound.atMost(5), Bound.lessThan(5));
      assertThat(less.verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(less.reason().en()).isEqualTo("the same number, but the other target says 'less than', excluding"
          + " the number itself: marginally less ambitious (5 against 5)");
      // lower is better: an approximate target is read at its upper edge
      PlanComparison.Comparison band = compare(procedures, Bound.approximately(10, 2), Bound.atMost(12));
      assertThat(band.verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      assertThat(band.reason().en()).isEqualTo("the same threshold (12 against 12; an approximate target is compared"
          + " by the least good value it accepts)");
      assertThat(compare(procedures, Bound.approximately(10, 2), Bound.atMost(11)).verdict()).isEqualTo(LESS_AMBITIOUS);
      assertThat(compare(rank, Bound.topRank(10, 63), Bound.topRank(10, 63)).reason().en())
          .isEqualTo("the same leading group (10 of 63 against 10 of 63)");
      assertThat(compare(rank, Bound.topRank(20, 63), Bound.topRank(10, 63)).reason().en())
          .isEqualTo("a larger leading group (20 of 63 against 10 of 63)");
      assertThat(compare(rank, Bound.topRank(2, 34), Bound.topRank(1, 17)).reason().en())
          .isEqualTo("the same share leading (2 of 34 ≈ 5.9% against 1 of 17 ≈ 5.9%; compared as shares N/M"
              + " because the numbers ranked differ)");
      assertThat(compare(rank, Bound.topRank(30, 63), Bound.topRank(16, 34)).reason().en())
          .startsWith("a larger share leading (30 of 63 ≈ 47.6% against 16 of 34 ≈ 47.1%;");
      Target minus20 = target(procedures, Bound.relativeChange(-20), Baseline.ofYear(2021));
      assertThat(compare(minus20, minus20).reason().en()).isEqualTo("the same change (-20% against -20%, baseline 2021)");
      assertThat(compare(minus20, target(procedures, Bound.relativeChange(-30), Baseline.ofYear(2021))).reason().en())
          .isEqualTo("a smaller change for the better (-20% against -30%, baseline 2021)");
      assertThat(compare(target(procedures, Bound.relativeChange(-30), Baseline.ofYear(2021)), minus20).reason().en())
          .isEqualTo("a bigger change for the better (-30% against -20%, baseline 2021)");
    }

    @Test
    void relativeChangesNeedTheSameBaselineYear() {
      Target minus30 = target(procedures, Bound.relativeChange(-30), Baseline.ofYear(2021));
      Target minus20 = target(procedures, Bound.relativeChange(-20), Baseline.ofYear(2021));
      Target minus20later = target(procedures, Bound.relativeChange(-20), Baseline.ofYear(2022));
      assertThat(compare(minus30, minus20).verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(compare(minus20, minus30).verdict()).isEqualTo(LESS_AMBITIOUS);
      PlanComparison.Comparison years = compare(minus30, minus20later);
      assertThat(years.verdict()).isEqualTo(NOT_COMPARABLE);
      assertThat(years.reason().en()).isEqualTo("different baseline years (2021 and 2022)");
      Target plus30 = target(percent, Bound.relativeChange(30), Baseline.of(2021, 50));
      Target plus20 = target(percent, Bound.relativeChange(20), Baseline.of(2021, 60));
      assertThat(compare(plus30, plus20).verdict()).isEqualTo(MORE_AMBITIOUS);
    }

    @Test
    void growthRates() {
      Indicator productivity = Plans.CATALOGUE.get("econ.labour-productivity");
      assertThat(compare(productivity, Bound.growthPerYear(12.5, true), Bound.growthPerYear(7, false)).verdict())
          .isEqualTo(MORE_AMBITIOUS);
      PlanComparison.Comparison strict = compare(productivity, Bound.growthPerYear(7, true),
          Bound.growthPerYear(7, false));
      assertThat(strict.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(strict.isMarginal()).isTrue();
    }

    @Test
    void ordinalCategoriesMilestonesAndMaintain() {
      Indicator cyber = Plans.CATALOGUE.get("security.cybersecurity.group");
      PlanComparison.Comparison good = compare(cyber, Bound.ordinalAtLeast("kha"), Bound.ordinalAtLeast("trung-binh-kha"));
      assertThat(good.verdict()).isEqualTo(MORE_AMBITIOUS);
      assertThat(good.reason().vi()).isEqualTo("nhóm cao hơn (khá so với trung bình khá)");
      assertThat(compare(cyber, Bound.ordinalAtLeast("yeu"), Bound.ordinalAtLeast("kha")).verdict())
          .isEqualTo(LESS_AMBITIOUS);
      Indicator universal = Plans.CATALOGUE.get("infra.fibre.universal");
      assertThat(compare(universal, Bound.milestone(), Bound.milestone()).verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      Target keep2020 = target(cyber, Bound.maintain(), Baseline.ofYear(2020));
      Target keep2021 = target(cyber, Bound.maintain(), Baseline.ofYear(2021));
      assertThat(compare(keep2020, target(cyber, Bound.maintain(), Baseline.ofYear(2020))).verdict())
          .isEqualTo(EQUALLY_AMBITIOUS);
      assertThat(compare(keep2020, keep2021).verdict()).isEqualTo(NOT_COMPARABLE);
    }

    @Test
    void differentKindsAreNotComparable() {
      Indicator cyber = Plans.CATALOGUE.get("security.cybersecurity.group");
      PlanComparison.Comparison c = compare(target(cyber, Bound.ordinalAtLeast("kha"), null),
          target(cyber, Bound.maintain(), Baseline.ofYear(2021)));
      assertThat(c.verdict()).isEqualTo(NOT_COMPARABLE);
      assertThat(c.reason().en()).isEqualTo("a target of kind 'in the group' cannot be compared with one of kind 'maintain'");
      Target relative = target(percent, Bound.relativeChange(20), Baseline.of(2021, 60));
      assertThat(compare(relative, target(percent, Bound.atLeast(70), null)).verdict()).isEqualTo(NOT_COMPARABLE);
    }

    @Test
    void differentDefinitionsOfOneIndicatorAreNotComparable() {
      Indicator other = Indicator.builder().code(percent.code()).label(Label.of("khác", "other"))
          .measure(Measure.percent()).direction(Direction.LOWER_IS_BETTER).pillar(Pillar.INFRASTRUCTURE).build();
      PlanComparison.Comparison c = compare(target(percent, Bound.atLeast(80), null), target(other, Bound.atMost(80), null));
      assertThat(c.verdict()).isEqualTo(NOT_COMPARABLE);
      assertThat(c.reason().en()).isEqualTo("the two plans define indicator infra.fibre.households differently");
    }

    // ---- laws ----

    /** Level bounds on a percent indicator: at least, more than, approximately; numbers in steps of 5. */
    private Gen<Bound> levelBounds() {
      return integers().between(0, 2).zip(integers().between(1, 19), integers().between(0, 3), (kind, v, tol) ->
          kind == 0 ? Bound.atLeast(v * 5) : kind == 1 ? Bound.moreThan(v * 5) : Bound.approximately(v * 5, tol * 2.5));
    }

    private int order(PlanComparison.Verdict v) {
      return v == MORE_AMBITIOUS ? 1 : v == EQUALLY_AMBITIOUS ? 0 : v == LESS_AMBITIOUS ? -1 : 99;
    }

    @Test
    void swappingThePlansMirrorsTheVerdict() {
      qt().forAll(levelBounds(), levelBounds()).checkAssert((a, b) -> {
        PlanComparison.Comparison ab = compare(percent, a, b);
        PlanComparison.Comparison ba = compare(percent, b, a);
        assertThat(order(ab.verdict())).isEqualTo(-order(ba.verdict()));
        assertThat(ab.isMarginal()).isEqualTo(ba.isMarginal());
        assertThat(compare(percent, a, a).verdict()).isEqualTo(EQUALLY_AMBITIOUS);
      });
    }

    @Test
    void atLeastAsAmbitiousAgainstAFloorMeansEveryValueMeetingItMeetsTheFloor() {
      Gen<Bound> floors = integers().between(0, 1).zip(integers().between(1, 19),
          (kind, v) -> kind == 0 ? (Bound) Bound.atLeast(v * 5) : Bound.moreThan(v * 5));
      qt().forAll(levelBounds(), floors).checkAssert((a, b) -> {
        PlanComparison.Verdict v = compare(percent, a, b).verdict();
        boolean subset = true;
        for (int i = 0; i <= 400; i++) {
          double x = i / 4.0;
          if (meets(a, x) && !meets(b, x)) {
            subset = false;
          }
        }
        assertThat(v == MORE_AMBITIOUS || v == EQUALLY_AMBITIOUS).as(a + " against " + b).isEqualTo(subset);
      });
    }

    private boolean meets(Bound bound, double x) {
      if (bound instanceof Bound.AtLeast l) {
        return x >= l.value();
      }
      if (bound instanceof Bound.MoreThan m) {
        return x > m.value();
      }
      Bound.Approximately ap = (Bound.Approximately) bound;
      return Math.abs(x - ap.value()) <= ap.tolerance();
    }

    @Test
    void theVerdictIsTransitive() {
      qt().withExamples(Examples.upTo(300)).forAll(levelBounds(), levelBounds(), levelBounds()).checkAssert((a, b, c) -> {
        int ab = order(compare(percent, a, b).verdict());
        int bc = order(compare(percent, b, c).verdict());
        int ac = order(compare(percent, a, c).verdict());
        if (ab >= 0 && bc >= 0 && ab != 99 && bc != 99) {
          assertThat(ac).isBetween(0, 1);
        }
      });
    }
  }
}
