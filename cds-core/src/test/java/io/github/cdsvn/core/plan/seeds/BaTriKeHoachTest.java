package io.github.cdsvn.core.plan.seeds;

import static io.github.cdsvn.core.plan.seeds.Seeds.COMMUNE;
import static io.github.cdsvn.core.plan.seeds.Seeds.DISTRICT;
import static io.github.cdsvn.core.plan.seeds.Seeds.PROVINCE;
import static io.github.cdsvn.core.plan.seeds.Seeds.UNITS;
import static io.github.cdsvn.core.plan.seeds.Seeds.assertBound;
import static io.github.cdsvn.core.plan.seeds.Seeds.find;
import static io.github.cdsvn.core.plan.seeds.Seeds.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the district of Ba Tri (Bến Tre) and its digital-transformation plan 2020–2025, to
 * 2030, carrying out Bến Tre's Nghị quyết 01 (20/10/2020), as the article of 19 January 2021
 * reports it. The standard registry holds provinces only, so the district is built here.
 */
class BaTriKeHoachTest {
  static final LocalDate ARTICLE = LocalDate.of(2021, 1, 19);
  static final AdministrativeUnit BA_TRI = AdministrativeUnit.builder().code("836").name("Ba Tri")
      .kind(UnitKind.RURAL_DISTRICT).parentCode("83")
      .validity(Validity.until(ReformDates.LAST_OLD_DAY)).build();

  static final Document KH = Document.builder().kind(Document.Kind.PLAN).issuer("UBND huyện Ba Tri")
      .title("Kế hoạch thực hiện chuyển đổi số huyện Ba Tri giai đoạn 2020 - 2025, định hướng đến năm 2030")
      .build();
  static final Document NQ_01 = Document.builder().kind(Document.Kind.RESOLUTION).number("01")
      .issuer("Tỉnh ủy Bến Tre").date(LocalDate.of(2020, 10, 20))
      .title("Nghị quyết về chuyển đổi số tỉnh giai đoạn 2020 - 2025, tầm nhìn đến năm 2030").build();

  static final String WORK_RECORDS = "80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã "
      + "được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)";
  static final String STATE_SECRETS = "hồ sơ công việc thuộc phạm vi bí mật nhà nước";
  static final String FIBRE = "Hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình, 100% xã";
  static final String UNIVERSAL = "phổ cập dịch vụ mạng di động 4G/5G và điện thoại di động thông minh";

  static final Plan PLAN = plan();

  static Plan plan() {
    Document d = KH;
    List<Target> targets = List.of(
        target("gov.online-services.level4", DISTRICT, 2025, Bound.atLeast(100), d,
            "huyện có 100% dịch vụ công trực tuyến đảm bảo mức độ 4, được cung cấp trên nhiều phương tiện "
                + "truy cập khác nhau, bao gồm cả thiết bị di động")
            .note("the catalogue has no indicator for the multi-device part").build(),
        target("gov.work-records.online", DISTRICT, 2025, Bound.atLeast(80), d, WORK_RECORDS)
            .addExclusions(STATE_SECRETS).build(),
        target("gov.work-records.online", COMMUNE, 2025, Bound.atLeast(60), d, WORK_RECORDS)
            .addExclusions(STATE_SECRETS).build(),
        target("gov.reporting.connected", DISTRICT, 2025, Bound.atLeast(100), d,
            "100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội "
                + "phục vụ sự chỉ đạo, điều hành của UBND huyện được kết nối, tích hợp, chia sẻ dữ liệu số trên "
                + "Hệ thống thông tin báo cáo của tỉnh").build(),
        target("econ.digital-economy.share-of-grdp", DISTRICT, 2025, Bound.atLeast(10), d,
            "Kinh tế số chiếm tối thiểu 10% GRDP").note("the district's product").build(),
        target("econ.digital-economy.share-in-each-sector", DISTRICT, 2025, Bound.atLeast(5), d,
            "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 5%").build(),
        target("econ.labour-productivity", DISTRICT, 2025, Bound.growthPerYear(5, false), d,
            "năng suất lao động hàng năm tăng tối thiểu 5%").build(),
        target("infra.fibre.households", DISTRICT, 2025, Bound.moreThan(80), d, FIBRE).build(),
        target("infra.fibre.communes", DISTRICT, 2025, Bound.atLeast(100), d, FIBRE).build(),
        target("infra.mobile-4g5g.universal", DISTRICT, 2025, Bound.milestone(), d, UNIVERSAL).build(),
        target("infra.smartphone.universal", DISTRICT, 2025, Bound.milestone(), d, UNIVERSAL).build(),
        target("society.e-payment-account", DISTRICT, 2025, Bound.moreThan(50), d,
            "tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%").build());
    return Plan.builder().id("ba-tri.kh-cds-2020-2025").unit(BA_TRI)
        .title("Kế hoạch thực hiện chuyển đổi số huyện Ba Tri giai đoạn 2020 - 2025, định hướng đến năm 2030")
        .addDocuments(KH, NQ_01).addCarriesOut("ben-tre.nq-01-2020").addAllTargets(targets).build();
  }

  @Test
  void baTriIsADistrictOfBenTreThatTheStandardRegistryDoesNotHold() {
    assertThat(UNITS.find("836", ARTICLE)).isEmpty();
    assertThat(PLAN.unit()).isEqualTo(BA_TRI);
    assertThat(BA_TRI.level()).isEqualTo(DISTRICT);
    assertThat(BA_TRI.fullName()).isEqualTo("Huyện Ba Tri");
    UnitRegistry withBaTri = UnitRegistry.builder().addAll(UNITS.units()).add(BA_TRI)
        .build();
    assertThat(withBaTri.parent(BA_TRI)).get().extracting(AdministrativeUnit::name).isEqualTo("Bến Tre");
    AdministrativeUnit benTre = withBaTri.ancestor(BA_TRI, PROVINCE).orElseThrow();
    assertThat(UNITS.successorsOf(benTre)).singleElement()
        .satisfies(s -> assertThat(s.successor().name()).isEqualTo("Vĩnh Long"));
  }

  @Test
  void theDistrictIsGoneBeforeItsTargetsFallDue() {
    assertThat(BA_TRI.isValidOn(ARTICLE)).isTrue();
    assertThat(BA_TRI.isValidOn(Horizon.Y2025.endDate())).isFalse();
    assertThat(PLAN.targets()).allSatisfy(t -> assertThat(t.horizon()).isEqualTo(Horizon.Y2025));
    assertThat(AdministrativeLevel.DISTRICT.abolishedOn()).contains(ReformDates.REFORM);
  }

  @Test
  void targetsMeasureTheDistrictAndItsCommunes() {
    assertThat(PLAN.targets()).hasSize(12).extracting(Target::level).containsOnly(DISTRICT, COMMUNE);
    Target district = find(PLAN, "gov.work-records.online", DISTRICT, 2025);
    Target commune = find(PLAN, "gov.work-records.online", COMMUNE, 2025);
    assertBound(district, Bound.atLeast(80), "tối thiểu 80%", "at least 80%");
    assertBound(commune, Bound.atLeast(60), "tối thiểu 60%", "at least 60%");
    assertThat(List.of(district, commune)).allSatisfy(t -> {
      assertThat(t.exclusions()).containsExactly(STATE_SECRETS);
      assertThat(t.source().clause()).isEqualTo(WORK_RECORDS);
    });
  }

  @Test
  void aDistrictPlanCannotSetAProvinceLevelTarget() {
    List<Target> targets = new ArrayList<>(PLAN.targets());
    targets.add(target("gov.work-records.online", PROVINCE, 2025, Bound.atLeast(90), KH, WORK_RECORDS).build());
    assertThatThrownBy(() -> PLAN.withTargets(targets)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Plan.targets[12].level").hasMessageContaining("836");
  }

  @Test
  void phoCapIsAMilestone() {
    for (String code : List.of("infra.mobile-4g5g.universal", "infra.smartphone.universal")) {
      Target t = find(PLAN, code, DISTRICT, 2025);
      assertBound(t, Bound.milestone(), "hoàn thành", "done");
      assertThat(t.bound().kind()).isEqualTo(Bound.Kind.MILESTONE);
      assertThat(t.indicator().measure().kind()).isEqualTo(Measure.Kind.YES_NO);
      assertThat(t.source().clause()).isEqualTo(UNIVERSAL);
    }
  }

  @Test
  void fibreCoverageIsStrictForHouseholdsAndFullForCommunes() {
    assertBound(find(PLAN, "infra.fibre.households", DISTRICT, 2025), Bound.moreThan(80),
        "trên 80%", "more than 80%");
    assertBound(find(PLAN, "infra.fibre.communes", DISTRICT, 2025), Bound.atLeast(100),
        "tối thiểu 100%", "at least 100%");
    assertBound(find(PLAN, "society.e-payment-account", DISTRICT, 2025), Bound.moreThan(50),
        "trên 50%", "more than 50%");
  }

  @Test
  void tangToiThieu5PhanTramIsNonStrictGrowth() {
    Target t = find(PLAN, "econ.labour-productivity", DISTRICT, 2025);
    assertBound(t, Bound.growthPerYear(5, false), "tăng tối thiểu 5%/năm", "growth of at least 5% a year");
    assertThat(t.bound().isStrict()).isFalse();
    assertBound(find(PLAN, "econ.digital-economy.share-of-grdp", DISTRICT, 2025), Bound.atLeast(10),
        "tối thiểu 10%", "at least 10%");
  }

  @Test
  void theDocumentsHaveNoNumberOrOnlyAShortOne() {
    assertThat(KH.number()).isEmpty();
    assertThat(KH.date()).isEmpty();
    assertThat(KH.citation()).isEqualTo(KH.title());
    assertThat(NQ_01.citation()).isEqualTo("01");
    assertThat(NQ_01.date()).contains(LocalDate.of(2020, 10, 20));
    assertThat(PLAN.targets()).allSatisfy(t -> assertThat(t.source().document()).isEqualTo(KH));
  }

  @Test
  void clausesAreVerbatimInTheArticle() {
    Seeds.assertClausesVerbatim(PLAN, "002");
  }

  @Test
  void aDuplicatedTargetIsRefused() {
    Seeds.assertDuplicateRefused(PLAN, 2);
  }
}
