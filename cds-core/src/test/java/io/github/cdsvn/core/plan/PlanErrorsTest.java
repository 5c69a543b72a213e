package io.github.cdsvn.core.plan;

import static io.github.cdsvn.core.testing.CoreGenerators.ADULTS;
import static io.github.cdsvn.core.testing.CoreGenerators.BA_TRI;
import static io.github.cdsvn.core.testing.CoreGenerators.BA_TRI_PLAN;
import static io.github.cdsvn.core.testing.CoreGenerators.DIGITAL_ENTERPRISES;
import static io.github.cdsvn.core.testing.CoreGenerators.DTI_RANK;
import static io.github.cdsvn.core.testing.CoreGenerators.FIBRE_UNIVERSAL;
import static io.github.cdsvn.core.testing.CoreGenerators.KH_698;
import static io.github.cdsvn.core.testing.CoreGenerators.NQ_07;
import static io.github.cdsvn.core.testing.CoreGenerators.QUANG_BINH;
import static io.github.cdsvn.core.testing.CoreGenerators.WORK_RECORDS;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented refusal of horizons, bounds, baselines, targets, documents and plans. */
class PlanErrorsTest {
  private static final Indicator GROUP =
      IndicatorCatalogue.standard().get("security.cybersecurity.group");

  private static Target.Builder target(Indicator indicator, Bound bound) {
    return Target.builder().indicator(indicator).level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2025)
        .bound(bound).source(Source.of(KH_698, "phấn đấu đạt 95% hồ sơ công việc cấp tỉnh"));
  }

  private static Plan.Builder plan() {
    return Plan.builder().id("quang-binh.kh-698-2022").unit(QUANG_BINH)
        .title("Kế hoạch chuyển đổi số tỉnh Quảng Bình").addDocuments(KH_698, NQ_07);
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void nanAndInfinitiesAreRefusedByBoundsAndBaselines() {
    assertThatThrownBy(() -> Bound.atLeast(Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Bound.value").hasMessageContaining("NaN").hasMessageContaining("finite");
    assertThatThrownBy(() -> Bound.moreThan(Double.POSITIVE_INFINITY)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Bound.value").hasMessageContaining("Infinity");
    assertThatThrownBy(() -> Bound.atMost(Double.NEGATIVE_INFINITY)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Bound.value").hasMessageContaining("-Infinity");
    assertRefused(() -> Bound.lessThan(Double.NaN), "Bound.value", Double.NaN);
    assertRefused(() -> Bound.approximately(25, Double.NaN), "Bound.tolerance", Double.NaN);
    assertRefused(() -> Bound.approximately(25, Double.POSITIVE_INFINITY), "Bound.tolerance", Double.POSITIVE_INFINITY);
    assertRefused(() -> Bound.relativeChange(Double.NaN), "Bound.percent", Double.NaN);
    assertRefused(() -> Bound.growthPerYear(Double.POSITIVE_INFINITY, true), "Bound.percent", Double.POSITIVE_INFINITY);
    assertRefused(() -> Baseline.of(2020, Double.NaN), "Baseline.value", Double.NaN);
    assertRefused(() -> Baseline.of(2020, Double.NEGATIVE_INFINITY), "Baseline.value", Double.NEGATIVE_INFINITY);
  }

  @Test
  void percentagesOutsideZeroToHundredAreRefusedInTargets() {
    assertThatThrownBy(() -> target(WORK_RECORDS, Bound.atLeast(120)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound.value")
        .hasMessageContaining("percent, valid values 0 - 100").hasMessageContaining("120");
    assertRefused(() -> target(WORK_RECORDS, Bound.atMost(-0.5)).build(), "Target.bound.value", -0.5);
    assertRefused(() -> target(WORK_RECORDS, Bound.approximately(100.5, 1)).build(), "Target.bound.value", 100.5);
    assertRefused(() -> target(WORK_RECORDS, Bound.maintain()).baseline(Baseline.of(2020, 101)).build(),
        "Target.baseline.value", 101.0);
  }

  @Test
  void moreThanAHundredPercentIsRefused() {
    assertThatThrownBy(() -> target(WORK_RECORDS, Bound.moreThan(100)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound.value")
        .hasMessageContaining("'more than' must leave room below the maximum 100").hasMessageContaining("100");
    assertRefused(() -> target(WORK_RECORDS, Bound.moreThan(100)).build(), "Target.bound.value", 100.0);
    assertRefused(() -> target(WORK_RECORDS, Bound.lessThan(0)).build(), "Target.bound.value", 0.0);
    assertThat(target(WORK_RECORDS, Bound.moreThan(99.9)).build().bound()).isEqualTo(Bound.moreThan(99.9));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> target(DIGITAL_ENTERPRISES, Bound.atLeast(-3)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound.value")
        .hasMessageContaining("count, valid values 0 or more").hasMessageContaining("-3");
  }

  @Test
  void ranksOutsideOneToMAreRefused() {
    assertThatThrownBy(() -> Bound.topRank(0, 63)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Bound.n").hasMessageContaining("valid values 1 - 63").hasMessageContaining("0");
    assertRefused(() -> Bound.topRank(64, 63), "Bound.n", 64);
    assertRefused(() -> Bound.topRank(-1, 34), "Bound.n", -1);
    assertThatThrownBy(() -> Bound.topRank(1, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Bound.of").hasMessageContaining("at least 1");
    assertThat(Bound.topRank(63, 63).n()).isEqualTo(63);
  }

  @Test
  void negativeTolerancesAreRefused() {
    assertThatThrownBy(() -> Bound.approximately(25, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Bound.tolerance").hasMessageContaining("must not be negative")
        .hasMessageContaining("-1");
    assertRefused(() -> Bound.approximately(25, -Double.MIN_VALUE), "Bound.tolerance", -Double.MIN_VALUE);
    assertThat(Bound.approximately(25, 0).tolerance()).isZero();
  }

  @Test
  void relativeChangesOfZeroOrDownToMinusHundredAreRefused() {
    assertRefused(() -> Bound.relativeChange(0), "Bound.percent", 0.0);
    assertRefused(() -> Bound.relativeChange(-100), "Bound.percent", -100.0);
    assertRefused(() -> Bound.growthPerYear(-100, false), "Bound.percent", -100.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026, 2030})
  void aBaselineYearOnOrAfterTheHorizonIsRefused(int year) {
    assertThatThrownBy(() -> target(WORK_RECORDS, Bound.atLeast(90)).baseline(Baseline.of(year, 70)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.baseline.year")
        .hasMessageContaining(Integer.toString(year)).hasMessageContaining("must be before the horizon 2025");
    assertRefused(() -> target(WORK_RECORDS, Bound.atLeast(90)).baseline(Baseline.ofYear(year)).build(),
        "Target.baseline.year", year);
  }

  @Test
  void horizonsAndBaselinesOutsideTheYearsAreRefused() {
    assertThatThrownBy(() -> Horizon.of(1944)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Horizon.year").hasMessageContaining("valid values 1945 - 2100")
        .hasMessageContaining("1944");
    assertRefused(() -> Horizon.of(2101), "Horizon.year", 2101);
    assertRefused(() -> Baseline.ofYear(1900), "Baseline.year", 1900);
  }

  // ---------------------------------------------------------------- bounds that do not suit the measure

  @Test
  void aTopRankOnAPercentIndicatorIsRefused() {
    assertThatThrownBy(() -> target(WORK_RECORDS, Bound.topRank(10, 63)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound")
        .hasMessageContaining("within the top bound needs an indicator measured as one of [RANK], not PERCENT");
    assertRefused(() -> target(WORK_RECORDS, Bound.topRank(10, 63)).build(), "Target.bound", Bound.topRank(10, 63));
    assertThat(target(DTI_RANK, Bound.topRank(10, 63)).build().bound()).isEqualTo(Bound.topRank(10, 63));
  }

  @Test
  void aMilestoneOnAPercentIndicatorIsRefused() {
    assertThatThrownBy(() -> target(WORK_RECORDS, Bound.milestone()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound")
        .hasMessageContaining("[YES_NO], not PERCENT");
    assertRefused(() -> target(WORK_RECORDS, Bound.milestone()).build(), "Target.bound", Bound.milestone());
    assertRefused(() -> target(FIBRE_UNIVERSAL, Bound.atLeast(1)).build(), "Target.bound", Bound.atLeast(1));
    assertRefused(() -> target(FIBRE_UNIVERSAL, Bound.maintain()).baseline(Baseline.of(2020, 0)).build(),
        "Target.bound", Bound.maintain());
  }

  @Test
  void anOrdinalCategoryNotOnTheScaleIsRefused() {
    assertThatThrownBy(() -> target(GROUP, Bound.ordinalAtLeast("xuat-sac")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound.category")
        .hasMessageContaining("'xuat-sac'").hasMessageContaining("[yeu, trung-binh, trung-binh-kha, kha, tot]");
    assertRefused(() -> target(GROUP, Bound.ordinalAtLeast("xuat-sac")).build(), "Target.bound.category", "xuat-sac");
    assertRefused(() -> target(WORK_RECORDS, Bound.ordinalAtLeast("kha")).build(), "Target.bound",
        Bound.ordinalAtLeast("kha"));
    assertRefused(() -> Bound.ordinalAtLeast("Khá"), "Bound.category", "Khá");
    assertThat(target(GROUP, Bound.ordinalAtLeast("kha")).build().describeBound().vi()).contains("khá");
  }

  @Test
  void aRelativeChangeOrMaintainWithoutBaselineIsRefused() {
    assertThatThrownBy(() -> target(DIGITAL_ENTERPRISES, Bound.relativeChange(-30)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.baseline")
        .hasMessageContaining("needs a baseline year").hasMessageContaining("none");
    assertRefused(() -> target(DIGITAL_ENTERPRISES, Bound.relativeChange(-30)).build(), "Target.baseline", "none");
    assertRefused(() -> target(WORK_RECORDS, Bound.maintain()).build(), "Target.baseline", "none");
    assertThat(target(DIGITAL_ENTERPRISES, Bound.relativeChange(-30)).baseline(Baseline.ofYear(2020)).build()
        .baseline()).contains(Baseline.ofYear(2020));
  }

  @Test
  void aRelativeChangeThatLeavesTheMeasuresRangeIsRefused() {
    assertThatThrownBy(() -> target(WORK_RECORDS, Bound.relativeChange(30)).baseline(Baseline.of(2020, 90)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Target.bound (baseline × change)")
        .hasMessageContaining("117");
  }

  @Test
  void blankTextsInTargetsAreRefused() {
    assertRefused(() -> target(WORK_RECORDS, Bound.atLeast(90)).addExclusions("hồ sơ mật", " ").build(),
        "Target.exclusions[1]", " ");
    assertRefused(() -> target(WORK_RECORDS, Bound.atLeast(90)).note("").build(), "Target.note", "");
    assertRefused(() -> Source.of(KH_698, "  "), "Source.clause", "  ");
    assertRefused(() -> Population.of("Adults", "người lớn", "adults"), "Population.code", "Adults");
  }

  // ---------------------------------------------------------------- plans

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankPlanIdIsRefused(String id) {
    assertThatThrownBy(() -> plan().id(id).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Plan.id").hasMessageContaining("must not be blank");
    assertRefused(() -> plan().id(id).build(), "Plan.id", id);
  }

  @Test
  void malformedPlanIdsTitlesAndReferencesAreRefused() {
    assertRefused(() -> plan().id("Quang Binh").build(), "Plan.id", "Quang Binh");
    assertRefused(() -> plan().title(" ").build(), "Plan.title", " ");
    assertRefused(() -> plan().documents(List.of()).build(), "Plan.documents", "[]");
    assertRefused(() -> plan().addCarriesOut("quang-binh.kh-698-2022").build(), "Plan.carriesOut",
        "quang-binh.kh-698-2022");
    assertRefused(() -> plan().addCarriesOut("vn.qd-749-2020", "vn.qd-749-2020").build(), "Plan.carriesOut",
        "vn.qd-749-2020");
    assertRefused(() -> plan().addNotes("").build(), "Plan.notes[0]", "");
  }

  @Test
  void twoTargetsWithOneKeyAreRefusedListingThePair() {
    Target t90 = target(WORK_RECORDS, Bound.atLeast(90)).build();
    Target t95 = target(WORK_RECORDS, Bound.atLeast(95)).build();
    Target district = target(WORK_RECORDS, Bound.atLeast(80)).level(AdministrativeLevel.DISTRICT).build();
    assertThatThrownBy(() -> plan().addTargets(t90, district, t95).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Plan.targets")
        .hasMessageContaining("targets[0] and targets[2] both gov.work-records.online@province/2025")
        .hasMessageContaining("two targets for the same indicator, level, horizon and population");
    assertThat(plan().addTargets(t90, district, target(WORK_RECORDS, Bound.atLeast(95))
        .population(ADULTS).build()).build().targets()).hasSize(3);
  }

  @Test
  void aTargetWhoseDocumentIsNotThePlansIsRefused() {
    Target t = target(WORK_RECORDS, Bound.atLeast(90)).source(Source.of(
        BA_TRI_PLAN, "90%")).build();
    assertThatThrownBy(() -> plan().addTargets(target(DIGITAL_ENTERPRISES, Bound.atLeast(100)).build(), t).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Plan.targets[1].source.document")
        .hasMessageContaining("must be one of the plan's documents");
    assertRefused(() -> plan().addTargets(t).build(), "Plan.targets[0].source.document",
        BA_TRI_PLAN);
  }

  @Test
  void aTargetAboveThePlanUnitsLevelIsRefused() {
    Target province = target(WORK_RECORDS, Bound.atLeast(90)).source(Source.of(
        BA_TRI_PLAN, "90%")).build();
    Plan.Builder baTri = Plan.builder().id("ba-tri.cds-2020-2025").unit(BA_TRI).title("Kế hoạch CĐS huyện Ba Tri")
        .addDocuments(BA_TRI_PLAN);
    assertThatThrownBy(() -> baTri.addTargets(province).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Plan.targets[0].level")
        .hasMessageContaining("PROVINCE").hasMessageContaining("must not be above the level of the adopting unit");
    assertRefused(() -> plan().addTargets(target(WORK_RECORDS, Bound.atLeast(90))
        .level(AdministrativeLevel.NATION).build()).build(), "Plan.targets[0].level", AdministrativeLevel.NATION);
  }

  // ---------------------------------------------------------------- documents

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "law", "Nghị định", "quyet dinh", "official letter", "KH"})
  void documentKindParseRefusesJunk(String text) {
    assertThatThrownBy(() -> Document.Kind.parse(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("DocumentKind").hasMessageContaining("'" + text + "'")
        .hasMessageContaining("resolution, plan, decision");
    assertRefused(() -> Document.Kind.parse(text), "DocumentKind", text);
  }

  @Test
  void documentKindParseReadsNamesAndVietnameseNames() {
    for (Document.Kind kind : Document.Kind.values()) {
      assertThat(Document.Kind.parse(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))).isEqualTo(kind);
      assertThat(Document.Kind.parse(" " + kind.label().vi() + " ")).isEqualTo(kind);
    }
  }

  @Test
  void blankDocumentTextsAreRefused() {
    assertRefused(() -> Document.builder().kind(Document.Kind.PLAN).number(" ").issuer("UBND").title("KH").build(),
        "Document.number", " ");
    assertRefused(() -> Document.builder().kind(Document.Kind.PLAN).issuer("").title("KH").build(),
        "Document.issuer", "");
    assertRefused(() -> Document.builder().kind(Document.Kind.PLAN).issuer("UBND").title("\t")
        .date(LocalDate.of(2022, 4, 29)).build(), "Document.title", "\t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "năm 2030", "2030a", "20 30", "2030.5", "1e3", "MMXXX", "99999999999"})
  void horizonParseRefusesJunk(String text) {
    assertThatThrownBy(() -> Horizon.parse(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Horizon.year").hasMessageContaining("'" + text + "'")
        .hasMessageContaining("a year such as 2030");
    assertRefused(() -> Horizon.parse(text), "Horizon.year", text);
  }

  @Test
  void horizonParseRefusesYearsOutOfRange() {
    assertRefused(() -> Horizon.parse("1800"), "Horizon.year", 1800);
    assertRefused(() -> Horizon.parse("-2030"), "Horizon.year", -2030);
  }
}
