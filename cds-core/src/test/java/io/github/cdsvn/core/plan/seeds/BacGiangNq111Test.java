package io.github.cdsvn.core.plan.seeds;

import static io.github.cdsvn.core.plan.seeds.Seeds.COMMUNE;
import static io.github.cdsvn.core.plan.seeds.Seeds.DISTRICT;
import static io.github.cdsvn.core.plan.seeds.Seeds.PROVINCE;
import static io.github.cdsvn.core.plan.seeds.Seeds.UNITS;
import static io.github.cdsvn.core.plan.seeds.Seeds.assertBound;
import static io.github.cdsvn.core.plan.seeds.Seeds.find;
import static io.github.cdsvn.core.plan.seeds.Seeds.target;
import static io.github.cdsvn.core.plan.seeds.Seeds.viNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 001: Bắc Giang's Nghị quyết 111-NQ/TU on digital transformation 2021–2025, to 2030, as the
 * article of 27 October 2021 reports it.
 */
class BacGiangNq111Test {
  static final LocalDate ARTICLE = LocalDate.of(2021, 10, 27);
  /** The tolerance chosen for "khoảng": 2.5 percentage points either side. */
  static final double KHOANG = 2.5;

  static final Document NQ_111 = Document.builder().kind(Document.Kind.RESOLUTION).number("111-NQ/TU")
      .issuer("Tỉnh ủy Bắc Giang")
      .title("Nghị quyết về chuyển đổi số tỉnh Bắc Giang giai đoạn 2021-2025, định hướng đến năm 2030").build();
  static final Document NQ_533 = Document.builder().kind(Document.Kind.RESOLUTION).number("533-NQ/TU")
      .issuer("Ban Thường vụ Tỉnh ủy Bắc Giang")
      .title("Nghị quyết về phát triển công nghệ thông tin trên địa bàn tỉnh giai đoạn 2019-2025").build();

  static final String READ_AS_2025 = "the article lists this after 'đến hết năm 2021'; read as a target of "
      + "the resolution's period, 2025";
  static final String READ_AS_2021 = "in the sentence that opens with 'đến hết năm 2021', after a semicolon; "
      + "read as 2021 as the sentence places it, though the resolution's period ends in 2025";
  static final String WORK_RECORDS_2021 = "95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp "
      + "huyện và 65% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng";
  static final String WORK_RECORDS_2030 = "100% hồ sơ công việc tại tỉnh, cấp huyện và trên 80% hồ sơ công "
      + "việc tại cấp xã được xử lý trên môi trường mạng";

  static final Plan PLAN = plan();

  static Plan plan() {
    Document d = NQ_111;
    String khoang = "'khoảng' read with a tolerance of ±" + KHOANG + " percentage points";
    List<Target> targets = List.of(
        target("dti.rank", PROVINCE, 2025, Bound.topRank(15, 63), d,
            "phấn đấu đến năm 2025, tỉnh Bắc Giang có chỉ số đánh giá về CĐS thuộc nhóm 15 tỉnh, thành phố "
                + "dẫn đầu cả nước").build(),
        target("dti.rank", PROVINCE, 2030, Bound.topRank(10, 63), d,
            "phấn đấu đến năm 2030, Bắc Giang thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước về CĐS")
            .note("of the 63 provinces of 2021; from 1 July 2025 there are 34").build(),
        target("gov.online-services.level4", PROVINCE, 2021, Bound.atLeast(100), d,
            "đến hết năm 2021, 100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện "
                + "truy cập khác nhau, đặc biệt trên thiết bị di động")
            .note("the catalogue has no indicator for the multi-device part; encoded as the level-4 share")
            .build(),
        target("gov.work-records.online", PROVINCE, 2021, Bound.atLeast(95), d, WORK_RECORDS_2021)
            .note(READ_AS_2021).build(),
        target("gov.work-records.online", DISTRICT, 2021, Bound.atLeast(85), d, WORK_RECORDS_2021)
            .note(READ_AS_2021).build(),
        target("gov.work-records.online", COMMUNE, 2021, Bound.atLeast(65), d, WORK_RECORDS_2021)
            .note(READ_AS_2021).build(),
        target("econ.digital-economy.share-of-grdp", PROVINCE, 2025, Bound.approximately(25, KHOANG), d,
            "Phát triển kinh tế số chiếm khoảng 25% GRDP của tỉnh").note(READ_AS_2025 + "; " + khoang).build(),
        target("econ.digital-economy.share-in-each-sector", PROVINCE, 2025, Bound.atLeast(15), d,
            "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%").note(READ_AS_2025).build(),
        target("econ.labour-productivity", PROVINCE, 2025, Bound.growthPerYear(12.5, true), d,
            "năng suất lao động hàng năm tăng trên 12,5%").note(READ_AS_2025).build(),
        target("econ.digital-enterprises.count", PROVINCE, 2025, Bound.moreThan(800), d,
            "phấn đấu toàn tỉnh có trên 800 doanh nghiệp số").note(READ_AS_2025).build(),
        // Đến năm 2030
        target("gov.online-services.identified-users", PROVINCE, 2030, Bound.atLeast(100), d,
            "100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực "
                + "thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ Trung ương đến địa "
                + "phương").build(),
        target("gov.open-data.agencies", PROVINCE, 2030, Bound.atLeast(100), d,
            "100% cơ quan nhà nước trên địa bàn tỉnh tham gia mở dữ liệu và cung cấp dữ liệu mở phục vụ phát "
                + "triển chính quyền số và kinh tế số, xã hội số").build(),
        target("gov.work-records.online", PROVINCE, 2030, Bound.atLeast(100), d, WORK_RECORDS_2030).build(),
        target("gov.work-records.online", DISTRICT, 2030, Bound.atLeast(100), d, WORK_RECORDS_2030).build(),
        target("gov.work-records.online", COMMUNE, 2030, Bound.moreThan(80), d, WORK_RECORDS_2030).build(),
        target("gov.inspections.digital", PROVINCE, 2030, Bound.moreThan(70), d,
            "trên 70% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số "
                + "và hệ thống thông tin của cơ quan quản lý").build(),
        target("econ.digital-economy.share-of-grdp", PROVINCE, 2030, Bound.approximately(35, KHOANG), d,
            "kinh tế số chiếm khoảng 35% GRDP của tỉnh").note(khoang).build(),
        target("econ.digital-economy.share-in-each-sector", PROVINCE, 2030, Bound.atLeast(20), d,
            "tỷ trọng kinh tế số trong từng ngành, lĩnh vực tối thiểu đạt 20%").build(),
        target("econ.labour-productivity", PROVINCE, 2030, Bound.growthPerYear(13.5, true), d,
            "năng suất lao động hàng năm trên 13,5%")
            .note("'hàng năm trên 13,5%' read as growth of more than 13.5% a year, like the 2025 clause")
            .build());
    return Plan.builder().id("bac-giang.nq-111-2021").unit(UNITS.unit("24", ARTICLE))
        .title("Chuyển đổi số tỉnh Bắc Giang giai đoạn 2021-2025, định hướng đến năm 2030")
        .addDocuments(NQ_111, NQ_533).addCarriesOut("vn.qd-749-2020").addAllTargets(targets)
        .addNotes("the article writes the resolution's number both as 111-NQ/TU and as 111/NQ-TU; "
            + "111-NQ/TU is the usual form of a Tỉnh ủy resolution")
        .build();
  }

  @Test
  void theAdoptingUnitIsBacGiangCode24ReadIn2021() {
    AdministrativeUnit unit = PLAN.unit();
    assertThat(unit.code()).isEqualTo("24");
    assertThat(unit.name()).isEqualTo("Bắc Giang");
    // the same code names Bắc Ninh from 1 July 2025, which took in all of Bắc Giang
    assertThat(UNITS.unit("24", ReformDates.REFORM).name()).isEqualTo("Bắc Ninh");
    assertThat(UNITS.successorsOf(unit)).singleElement().satisfies(s -> {
      assertThat(s.successor().name()).isEqualTo("Bắc Ninh");
      assertThat(s.successor().code()).isEqualTo("24");
      assertThat(s.type()).isEqualTo(Succession.Type.FULL);
    });
  }

  @Test
  void everyTargetCitesNghiQuyet111() {
    assertThat(PLAN.targets()).hasSize(19)
        .allSatisfy(t -> assertThat(t.source().document()).isEqualTo(NQ_111));
    assertThat(NQ_111.citation()).isEqualTo("111-NQ/TU");
    assertThat(NQ_111.date()).isEmpty();
    assertThat(PLAN.documents()).containsExactly(NQ_111, NQ_533);
    assertThat(PLAN.notes()).singleElement().asString().contains("111/NQ-TU");
  }

  @Test
  void top15In2025AndTop10In2030Of63() {
    Target y2025 = find(PLAN, "dti.rank", PROVINCE, 2025);
    assertBound(y2025, Bound.topRank(15, 63), "thuộc nhóm 15/63 dẫn đầu", "within the top 15 of 63");
    Target y2030 = find(PLAN, "dti.rank", PROVINCE, 2030);
    assertBound(y2030, Bound.topRank(10, 63), "thuộc nhóm 10/63 dẫn đầu", "within the top 10 of 63");
    assertThat(y2030.indicator().measure().kind()).isEqualTo(Measure.Kind.RANK);
    // written when there were 63 provinces; at the horizon there are 34, hence the note
    assertThat(UNITS.units(PROVINCE, ARTICLE)).hasSize(63);
    assertThat(UNITS.units(PROVINCE, Horizon.Y2030.endDate())).hasSize(34);
    assertThat(y2030.note()).get().asString().contains("34");
  }

  @Test
  void khoangIsApproximatelyWithTheStatedTolerance() {
    Target t = find(PLAN, "econ.digital-economy.share-of-grdp", PROVINCE, 2025);
    assertBound(t, Bound.approximately(25, 2.5), "khoảng 25% (±2,5)", "approximately 25% (±2.5)");
    assertThat(t.bound().kind()).isEqualTo(Bound.Kind.APPROXIMATELY);
    assertThat(((Bound.Approximately) t.bound()).tolerance()).isEqualTo(KHOANG);
    assertThat(t.note()).get().asString().contains("±2.5 percentage points");
    assertBound(find(PLAN, "econ.digital-economy.share-of-grdp", PROVINCE, 2030),
        Bound.approximately(35, 2.5), "khoảng 35% (±2,5)", "approximately 35% (±2.5)");
  }

  @Test
  void tangTren12Phay5IsStrictGrowthOf12Point5PerYear() {
    Target t = find(PLAN, "econ.labour-productivity", PROVINCE, 2025);
    assertBound(t, Bound.growthPerYear(12.5, true), "tăng trên 12,5%/năm", "growth of more than 12.5% a year");
    assertThat(t.bound().isStrict()).isTrue();
    // "12,5": the comma marks decimals
    assertThat(t.source().clause()).endsWith("tăng trên 12,5%");
    assertThat(((Bound.GrowthPerYear) t.bound()).percent()).isEqualTo(viNumber("12,5")).isEqualTo(12.5);
    assertBound(find(PLAN, "econ.labour-productivity", PROVINCE, 2030), Bound.growthPerYear(13.5, true),
        "tăng trên 13,5%/năm", "growth of more than 13.5% a year");
  }

  @Test
  void tren800DoanhNghiepSoIsAStrictCount() {
    Target t = find(PLAN, "econ.digital-enterprises.count", PROVINCE, 2025);
    assertBound(t, Bound.moreThan(800), "trên 800", "more than 800");
    assertThat(t.indicator().measure().kind()).isEqualTo(Measure.Kind.COUNT);
  }

  @Test
  void workRecordsPerLevelAndHorizon() {
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE))
        .extracting(level -> find(PLAN, "gov.work-records.online", level, 2021).bound())
        .containsExactly(Bound.atLeast(95), Bound.atLeast(85), Bound.atLeast(65));
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE))
        .extracting(level -> find(PLAN, "gov.work-records.online", level, 2030).bound())
        .containsExactly(Bound.atLeast(100), Bound.atLeast(100), Bound.moreThan(80));
    assertBound(find(PLAN, "gov.work-records.online", COMMUNE, 2030), Bound.moreThan(80),
        "trên 80%", "more than 80%");
    assertThat(find(PLAN, "gov.work-records.online", DISTRICT, 2021).note()).contains(READ_AS_2021);
  }

  @Test
  void denHetNam2021IsTheHorizon2021() {
    Target t = find(PLAN, "gov.online-services.level4", PROVINCE, 2021);
    assertThat(t.horizon()).isEqualTo(Horizon.of(2021));
    assertThat(t.horizon().endDate()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(PLAN.targets(Horizon.of(2021))).hasSize(4).startsWith(t);
    assertThat(PLAN.targets(Horizon.Y2025)).hasSize(5);
    assertThat(PLAN.targets(Horizon.Y2030)).hasSize(10);
  }

  @Test
  void clausesAreVerbatimInTheArticle() {
    Seeds.assertClausesVerbatim(PLAN, "001");
  }

  @Test
  void aDuplicatedTargetIsRefused() {
    Seeds.assertDuplicateRefused(PLAN, 6);
  }
}
