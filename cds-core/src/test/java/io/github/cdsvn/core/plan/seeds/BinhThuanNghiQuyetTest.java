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
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 003: the Bình Thuận Party Committee's resolution on digital transformation to 2025, to
 * 2030 (its number is not given), as the article of 16 July 2024 reports it.
 */
class BinhThuanNghiQuyetTest {
  static final LocalDate ARTICLE = LocalDate.of(2024, 7, 16);
  static final Population AGED_18_PLUS =
      Population.of("aged-18-plus", "dân số từ 18 tuổi trở lên", "people aged 18 and over");
  static final Population AGED_14_PLUS =
      Population.of("aged-14-plus", "người dân từ 14 tuổi trở lên", "people aged 14 and over");

  static final Document NQ = Document.builder().kind(Document.Kind.RESOLUTION).issuer("Tỉnh ủy Bình Thuận")
      .title("Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030").build();
  static final Document QD_749 = Document.builder().kind(Document.Kind.DECISION).number("749/QĐ-TTg")
      .issuer("Thủ tướng Chính phủ").date(LocalDate.of(2020, 6, 3))
      .title("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030").build();

  static final String WORK_RECORDS_2030 = "phấn đấu 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc "
      + "tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng";
  static final String MOBILE = "tỷ lệ phổ cập dịch vụ mạng băng rộng di động 4G/5G đạt 100%";
  static final String ALSO_SCHOOLS = "the clause also covers schools and hospitals; the catalogue's "
      + "indicator counts households only";

  static final Plan PLAN = plan();

  static Plan plan() {
    Document d = NQ;
    List<Target> targets = List.of(
        // đến năm 2025
        target("gov.online-services.level4", PROVINCE, 2025, Bound.atLeast(100), d,
            "phấn đấu đạt 100% thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới "
                + "hình thức dịch vụ công trực tuyến mức độ 4").build(),
        target("econ.digital-economy.share-of-grdp", PROVINCE, 2025, Bound.atLeast(20), d,
            "kinh tế số chiếm 20% GRDP của tỉnh").build(),
        target("econ.digital-economy.share-in-each-sector", PROVINCE, 2025, Bound.atLeast(10), d,
            "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%").build(),
        target("econ.labour-productivity", PROVINCE, 2025, Bound.growthPerYear(7, false), d,
            "Năng suất lao động hàng năm tăng tối thiểu 7%").build(),
        target("econ.businesses.digital-platforms", PROVINCE, 2025, Bound.atLeast(75), d,
            "tỷ lệ doanh nghiệp, hợp tác xã, hộ kinh doanh sử dụng nền tảng chuyển đổi số đạt 75%").build(),
        target("infra.fibre.households", PROVINCE, 2025, Bound.atLeast(80), d,
            "hạ tầng mạng băng rộng cáp quang phủ tới 80% hộ gia đình, trường học, bệnh viện")
            .note(ALSO_SCHOOLS).build(),
        target("infra.mobile-broadband.coverage", PROVINCE, 2025, Bound.atLeast(100), d, MOBILE).build(),
        target("society.e-payment-account", PROVINCE, 2025, Bound.atLeast(50), d,
            "tỷ lệ dân số từ 18 tuổi trở lên có tài khoản thanh toán điện tử đạt 50%")
            .population(AGED_18_PLUS).build(),
        target("society.digital-identity", PROVINCE, 2025, Bound.atLeast(100), d,
            "tỷ lệ dân số có danh tính số đạt 100%").build(),
        target("society.digital-skills.basic", PROVINCE, 2025, Bound.atLeast(70), d,
            "tỷ lệ người dân từ 14 tuổi trở lên có khả năng sử dụng các kỹ năng số cơ bản đạt 70%")
            .population(AGED_14_PLUS).build(),
        // đến năm 2030
        target("gov.work-records.online", PROVINCE, 2030, Bound.atLeast(100), d, WORK_RECORDS_2030).build(),
        target("gov.work-records.online", DISTRICT, 2030, Bound.atLeast(90), d, WORK_RECORDS_2030).build(),
        target("gov.work-records.online", COMMUNE, 2030, Bound.atLeast(70), d, WORK_RECORDS_2030).build(),
        target("econ.digital-economy.share-of-grdp", PROVINCE, 2030, Bound.atLeast(30), d,
            "phấn đấu kinh tế số chiếm 30% GRDP của tỉnh").build(),
        target("econ.digital-economy.share-in-each-sector", PROVINCE, 2030, Bound.atLeast(20), d,
            "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%").build(),
        target("econ.labour-productivity", PROVINCE, 2030, Bound.growthPerYear(8, false), d,
            "năng suất lao động hàng năm tăng tối thiểu 8%").build(),
        target("econ.businesses.digital-platforms", PROVINCE, 2030, Bound.atLeast(90), d,
            "tỷ lệ doanh nghiệp, hợp tác xã, hộ kinh doanh sử dụng nền tảng chuyển đổi số đạt 90%").build(),
        target("infra.fibre.households", PROVINCE, 2030, Bound.atLeast(100), d,
            "hạ tầng mạng băng rộng cáp quang phủ tới 100% hộ gia đình, trường học, bệnh viện")
            .note(ALSO_SCHOOLS).build(),
        target("infra.mobile-broadband.coverage", PROVINCE, 2030, Bound.atLeast(100), d, MOBILE).build(),
        target("society.e-payment-account", PROVINCE, 2030, Bound.moreThan(80), d,
            "tỷ lệ dân số từ 18 tuổi trở lên có tài khoản thanh toán điện tử trên 80%")
            .population(AGED_18_PLUS).build(),
        target("society.digital-skills.basic", PROVINCE, 2030, Bound.atLeast(90), d,
            "tỷ lệ người dân từ 14 tuổi trở lên có khả năng sử dụng các kỹ năng số cơ bản đạt 90%")
            .population(AGED_14_PLUS).build());
    return Plan.builder().id("binh-thuan.nq-cds-2025-2030").unit(UNITS.unit("60", ARTICLE))
        .title("Chuyển đổi số tỉnh Bình Thuận đến năm 2025, định hướng đến năm 2030")
        .addDocuments(NQ, QD_749).addCarriesOut("vn.qd-749-2020").addAllTargets(targets)
        .addNotes("the article names the resolution without its number or date",
            "the article names the Prime Minister's decision on the national programme without its number; "
                + "it is Quyết định 749/QĐ-TTg of 3 June 2020",
            "'nằm trong nhóm 20 tỉnh, thành phố dẫn đầu' reports a standing, not a target")
        .build();
  }

  @Test
  void binhThuanIsNowPartOfLamDong() {
    AdministrativeUnit unit = PLAN.unit();
    assertThat(unit.code()).isEqualTo("60");
    assertThat(unit.name()).isEqualTo("Bình Thuận");
    assertThat(UNITS.find("60", Horizon.Y2030.endDate())).isEmpty();
    assertThat(UNITS.successorsOf(unit)).singleElement().satisfies(s -> {
      assertThat(s.successor().code()).isEqualTo("68");
      assertThat(s.successor().name()).isEqualTo("Lâm Đồng");
      assertThat(s.type()).isEqualTo(Succession.Type.FULL);
    });
  }

  @Test
  void eighteenPlusAndFourteenPlusAreTheirOwnPopulations() {
    Target account2025 = find(PLAN, "society.e-payment-account", PROVINCE, 2025, AGED_18_PLUS);
    Target account2030 = find(PLAN, "society.e-payment-account", PROVINCE, 2030, AGED_18_PLUS);
    assertBound(account2025, Bound.atLeast(50), "tối thiểu 50%", "at least 50%");
    assertBound(account2030, Bound.moreThan(80), "trên 80%", "more than 80%");
    assertThat(account2030.population()).isEqualTo(AGED_18_PLUS);
    assertThat(account2030.key()).hasToString("society.e-payment-account@province/2030/aged-18-plus");

    Target skills2025 = find(PLAN, "society.digital-skills.basic", PROVINCE, 2025, AGED_14_PLUS);
    Target skills2030 = find(PLAN, "society.digital-skills.basic", PROVINCE, 2030, AGED_14_PLUS);
    assertBound(skills2025, Bound.atLeast(70), "tối thiểu 70%", "at least 70%");
    assertBound(skills2030, Bound.atLeast(90), "tối thiểu 90%", "at least 90%");
    assertThat(skills2030.population().label().vi()).isEqualTo("người dân từ 14 tuổi trở lên");

    // the whole population is another key; digital identity is set for everyone
    assertThat(PLAN.target(new Target.Key("society.e-payment-account", PROVINCE, Horizon.Y2025, "all"))).isEmpty();
    assertThat(find(PLAN, "society.digital-identity", PROVINCE, 2025).population()).isEqualTo(Population.EVERYONE);
  }

  @Test
  void anotherPopulationIsNotADuplicateButTheSameOneIs() {
    Target account2025 = find(PLAN, "society.e-payment-account", PROVINCE, 2025, AGED_18_PLUS);
    List<Target> targets = new ArrayList<>(PLAN.targets());
    targets.add(target("society.e-payment-account", PROVINCE, 2025, Bound.moreThan(50), NQ,
        account2025.source().clause()).build());
    assertThat(PLAN.withTargets(targets).targets()).hasSize(22);
    targets.add(target("society.e-payment-account", PROVINCE, 2025, Bound.atLeast(60), NQ,
        account2025.source().clause()).population(AGED_18_PLUS).build());
    assertThatThrownBy(() -> PLAN.withTargets(targets)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("targets[7] and targets[22]")
        .hasMessageContaining("aged-18-plus");
  }

  @Test
  void targetsRiseFrom2025To2030() {
    assertThat(PLAN.targets(Horizon.Y2025)).hasSize(10);
    assertThat(PLAN.targets(Horizon.Y2030)).hasSize(11);
    assertThat(find(PLAN, "econ.digital-economy.share-of-grdp", PROVINCE, 2025).bound()).isEqualTo(Bound.atLeast(20));
    assertThat(find(PLAN, "econ.digital-economy.share-of-grdp", PROVINCE, 2030).bound()).isEqualTo(Bound.atLeast(30));
    assertThat(find(PLAN, "econ.businesses.digital-platforms", PROVINCE, 2025).bound()).isEqualTo(Bound.atLeast(75));
    assertThat(find(PLAN, "econ.businesses.digital-platforms", PROVINCE, 2030).bound()).isEqualTo(Bound.atLeast(90));
    assertBound(find(PLAN, "econ.labour-productivity", PROVINCE, 2025), Bound.growthPerYear(7, false),
        "tăng tối thiểu 7%/năm", "growth of at least 7% a year");
    assertBound(find(PLAN, "econ.labour-productivity", PROVINCE, 2030), Bound.growthPerYear(8, false),
        "tăng tối thiểu 8%/năm", "growth of at least 8% a year");
    assertThat(find(PLAN, "infra.fibre.households", PROVINCE, 2030).note()).contains(ALSO_SCHOOLS);
  }

  @Test
  void workRecordsAreSetFor2030Only() {
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE))
        .extracting(level -> find(PLAN, "gov.work-records.online", level, 2030).bound())
        .containsExactly(Bound.atLeast(100), Bound.atLeast(90), Bound.atLeast(70));
    assertThat(PLAN.target(new Target.Key("gov.work-records.online", PROVINCE, Horizon.Y2025, "all"))).isEmpty();
  }

  @Test
  void theResolutionHasNoNumber() {
    assertThat(NQ.number()).isEmpty();
    assertThat(NQ.citation()).isEqualTo(NQ.title());
    assertThat(PLAN.targets()).allSatisfy(t -> assertThat(t.source().document()).isEqualTo(NQ));
    assertThat(PLAN.notes()).hasSize(3);
  }

  @Test
  void clausesAreVerbatimInTheArticle() {
    Seeds.assertClausesVerbatim(PLAN, "003");
  }

  @Test
  void aDuplicatedTargetIsRefused() {
    Seeds.assertDuplicateRefused(PLAN, 9);
  }
}
