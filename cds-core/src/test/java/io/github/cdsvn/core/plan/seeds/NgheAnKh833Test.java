package io.github.cdsvn.core.plan.seeds;

import static io.github.cdsvn.core.plan.seeds.Seeds.ADULTS;
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
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: Nghệ An's Kế hoạch 833/KH-UBND (31/10/2024) for 2025, carrying out Nghị quyết
 * 09-NQ/TU (5/8/2022) and Kế hoạch 586/KH-UBND (22/8/2022).
 */
class NgheAnKh833Test {
  static final LocalDate ADOPTED = LocalDate.of(2024, 10, 31);
  static final Document KH_833 = Document.builder().kind(Document.Kind.PLAN).number("833/KH-UBND")
      .issuer("UBND tỉnh Nghệ An").date(ADOPTED).title("Kế hoạch chuyển đổi số tỉnh Nghệ An năm 2025").build();
  static final Document NQ_09 = Document.builder().kind(Document.Kind.RESOLUTION).number("09-NQ/TU")
      .issuer("Ban Chấp hành Đảng bộ tỉnh Nghệ An").date(LocalDate.of(2022, 8, 5))
      .title("Nghị quyết về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030").build();
  static final Document KH_586 = Document.builder().kind(Document.Kind.PLAN).number("586/KH-UBND")
      .issuer("UBND tỉnh Nghệ An").date(LocalDate.of(2022, 8, 22))
      .title("Kế hoạch chuyển đổi số tỉnh Nghệ An đến năm 2025").build();

  static final Population PLACES = Population.of("urban-residential-areas-tourist-sites-industrial-zones",
      "khu dân cư tại thành phố, thị xã, thị trấn, các điểm du lịch và các khu công nghiệp",
      "residential areas of cities and towns, tourist sites and industrial zones");
  static final String WORK_RECORDS = "90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và "
      + "60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (không bao gồm hồ sơ xử lý công việc "
      + "có nội dung mật)";
  static final String SECRET = "hồ sơ xử lý công việc có nội dung mật";
  static final String TRAINING = "Phấn đấu có trên 3.000 lượt doanh nghiệp, hợp tác xã, làng nghề, hộ kinh "
      + "doanh được tham gia các chương trình đào tạo, tập huấn về thực thi pháp luật và kỹ năng ứng dụng TMĐT";
  static final String VIDEO_CONFERENCE = "Triển khai hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến cấp "
      + "xã và kết nối với hệ thống hội nghị trực tuyến quốc gia";

  static final Plan PLAN = plan();

  static Plan plan() {
    Document d = KH_833;
    List<Target> targets = List.of(
        // hạ tầng số
        target("infra.dedicated-network.agencies", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% cơ quan Đảng, chính quyền các cấp kết nối mạng truyền số liệu chuyên dùng").build(),
        target("infra.shared-databases.cloud", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% cơ sở dữ liệu dùng chung của tỉnh được triển khai trên nền tảng điện toán đám mây").build(),
        target("infra.video-conference.deployed", PROVINCE, 2025, Bound.milestone(), d, VIDEO_CONFERENCE).build(),
        target("infra.mobile-broadband.coverage", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% khu dân cư tại thành phố, thị xã, thị trấn, các điểm du lịch và các khu công nghiệp được "
                + "phủ sóng 4G, 5G").population(PLACES).build(),
        // chính quyền số
        target("gov.civil-servants.digital-skills-trained", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và kỹ năng số")
            .build(),
        target("gov.applications.online-level3-4", PROVINCE, 2025, Bound.atLeast(50), d,
            "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 50% trở lên")
            .build(),
        target("gov.applications.satisfaction", PROVINCE, 2025, Bound.atLeast(90), d,
            "tối thiểu 90% người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính").build(),
        target("gov.work-records.online", PROVINCE, 2025, Bound.atLeast(90), d, WORK_RECORDS)
            .addExclusions(SECRET).build(),
        target("gov.work-records.online", DISTRICT, 2025, Bound.atLeast(80), d, WORK_RECORDS)
            .addExclusions(SECRET).build(),
        target("gov.work-records.online", COMMUNE, 2025, Bound.atLeast(60), d, WORK_RECORDS)
            .addExclusions(SECRET).build(),
        target("gov.reporting.connected", PROVINCE, 2025, Bound.atLeast(100), d,
            "chế độ báo cáo, thống kê về kinh tế - xã hội được thực hiện 100% bằng trực tuyến và liên thông với "
                + "hệ thống báo cáo quốc gia").build(),
        target("gov.national-databases.connected", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% cơ sở dữ liệu quốc gia được kết nối, ứng dụng trên địa bàn tỉnh theo lộ trình của Chính phủ")
            .build(),
        target("gov.open-data.department-databases", PROVINCE, 2025, Bound.moreThan(80), d,
            "từng bước hình thành cơ sở dữ liệu mở của tỉnh kết nối liên thông trên 80% cơ sở dừ liệu của các "
                + "sở, ngành").build(),
        // kinh tế số
        target("econ.households.online-shopping", PROVINCE, 2025, Bound.atLeast(60), d,
            "Phấn đấu toàn tỉnh đạt 60% hộ gia đình trở lên tham gia mua sắm trực tuyến").build(),
        target("econ.e-commerce.revenue", PROVINCE, 2025, Bound.growthPerYear(25, true), d,
            "Doanh số TMĐT (tính cho cả hàng hóa và dịch vụ tiêu dùng trực tuyến) tăng trên 25%/năm").build(),
        target("econ.e-commerce.share-of-retail", PROVINCE, 2025, Bound.atLeast(10), d,
            "đạt từ 10% trở lên so với tống mức bán lẻ hàng hóa và doanh thu dịch vụ của tỉnh").build(),
        target("econ.e-commerce.cashless-payments", PROVINCE, 2025, Bound.moreThan(50), d,
            "TMĐT đạt trên 50% thanh toán không dùng tiền mặt").build(),
        target("econ.e-commerce.payment-intermediaries", PROVINCE, 2025, Bound.atLeast(80), d,
            "trong đó 80% thanh toán thực hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán").build(),
        target("econ.ocop.on-e-commerce", PROVINCE, 2025, Bound.atLeast(80), d,
            "80% các sản phẩm đặc trưng, tiêu biểu, sản phẩm OCOP,... của tỉnh Nghệ An tham gia các sàn giao "
                + "dịch TMĐT trong và ngoài nước").build(),
        target("econ.utilities.e-contracts", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% các đơn vị cung cấp dịch vụ điện, nước, viễn thông triển khai hợp đồng điện tử với người tiêu "
                + "dùng").build(),
        target("econ.e-commerce.training-participants", PROVINCE, 2025, Bound.moreThan(3000), d, TRAINING)
            .build(),
        target("econ.digital-enterprises.formed", PROVINCE, 2025, Bound.milestone(), d,
            "Từng bước hình thành các doanh nghiệp công nghệ số, doanh nghiệp số và hợp tác xã số").build(),
        target("econ.farm-households.digitised", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% hộ sản xuất nông nghiệp dược lập danh sách và chuẩn hóa, số hóa dữ liệu theo hướng dẫn của Bộ "
                + "Thông tin và Truyền thông").build(),
        // xã hội số
        target("society.smartphone-users.e-services", PROVINCE, 2025, Bound.moreThan(50), d,
            "Phấn đấu trên 50% người dùng điện thoại, thiết bị thông minh được tiếp cận, sử dụng các dịch vụ "
                + "chính quyền điện tử, dịch vụ đô thị thông minh").build(),
        target("society.e-payment.use", PROVINCE, 2025, Bound.atLeast(50), d,
            "50% người dân trưởng thành sử dụng dịch vụ thanh toán điện tử").population(ADULTS).build(),
        // đô thị thông minh
        target("smart-city.digital-services.piloted", PROVINCE, 2025, Bound.milestone(), d,
            "Tiếp tục thí điểm và nhân rộng các dịch vụ số theo Kiến trúc ICT phát triển đô thị thồng minh tỉnh "
                + "Nghệ An").build());
    return Plan.builder().id("nghe-an.kh-833-2024").unit(UNITS.unit("40", ADOPTED))
        .title("Kế hoạch chuyển đổi số tỉnh Nghệ An năm 2025")
        .addDocuments(KH_833, NQ_09, KH_586).addCarriesOut("nghe-an.nq-09-2022", "nghe-an.kh-586-2022")
        .addAllTargets(targets).build();
  }

  @Test
  void ngheAnKeepsItsCodeAndNameThroughTheReform() {
    AdministrativeUnit unit = PLAN.unit();
    assertThat(unit.code()).isEqualTo("40");
    AdministrativeUnit after = UNITS.unit("40", ReformDates.REFORM);
    assertThat(after.name()).isEqualTo("Nghệ An");
    assertThat(after).isNotEqualTo(unit);
    assertThat(UNITS.successorsOf(unit)).singleElement().satisfies(s -> {
      assertThat(s.successor()).isEqualTo(after);
      assertThat(s.type()).isEqualTo(Succession.Type.FULL);
    });
    assertThat(UNITS.predecessorsOf(after)).singleElement()
        .satisfies(s -> assertThat(s.predecessor()).isEqualTo(unit));
  }

  @Test
  void aPlanForOneYearAndTheDocumentsItCarriesOut() {
    assertThat(PLAN.targets()).hasSize(26)
        .allSatisfy(t -> assertThat(t.horizon()).isEqualTo(Horizon.Y2025))
        .allSatisfy(t -> assertThat(t.source().document()).isEqualTo(KH_833));
    assertThat(PLAN.documents()).extracting(Document::citation)
        .containsExactly("833/KH-UBND", "09-NQ/TU", "586/KH-UBND");
    assertThat(PLAN.carriesOut()).containsExactly("nghe-an.nq-09-2022", "nghe-an.kh-586-2022");
    assertThat(KH_833.date()).contains(LocalDate.of(2024, 10, 31));
  }

  @Test
  void tren3000LuotIsStrictlyMoreThanThreeThousand() {
    Target t = find(PLAN, "econ.e-commerce.training-participants", PROVINCE, 2025);
    // "3.000": the point groups thousands
    assertThat(viNumber("3.000")).isEqualTo(3000.0);
    assertThat(t.source().clause()).contains("trên 3.000 lượt");
    assertBound(t, Bound.moreThan(viNumber("3.000")), "trên 3000", "more than 3000");
    assertThat(t.bound().threshold()).hasValue(3000);
    assertThat(t.indicator().measure().kind()).isEqualTo(Measure.Kind.COUNT);
  }

  @Test
  void tangTren25PhanTramMotNamIsStrictGrowth() {
    Target t = find(PLAN, "econ.e-commerce.revenue", PROVINCE, 2025);
    assertBound(t, Bound.growthPerYear(25, true), "tăng trên 25%/năm", "growth of more than 25% a year");
    assertThat(t.bound().kind()).isEqualTo(Bound.Kind.GROWTH_PER_YEAR);
    assertThat(t.indicator().measure().kind()).isEqualTo(Measure.Kind.AMOUNT);
  }

  @Test
  void trienKhaiHeThongIsAMilestone() {
    Target t = find(PLAN, "infra.video-conference.deployed", PROVINCE, 2025);
    assertBound(t, Bound.milestone(), "hoàn thành", "done");
    assertThat(t.source().clause()).isEqualTo(VIDEO_CONFERENCE).startsWith("Triển khai hệ thống");
    assertThat(PLAN.targets()).filteredOn(x -> x.bound().kind() == Bound.Kind.MILESTONE)
        .extracting(x -> x.indicator().code()).containsExactly("infra.video-conference.deployed",
            "econ.digital-enterprises.formed", "smart-city.digital-services.piloted");
  }

  @Test
  void tuTroLenIsAtLeastAndTrenIsMoreThan() {
    assertBound(find(PLAN, "gov.applications.online-level3-4", PROVINCE, 2025), Bound.atLeast(50),
        "tối thiểu 50%", "at least 50%");
    assertBound(find(PLAN, "econ.e-commerce.share-of-retail", PROVINCE, 2025), Bound.atLeast(10),
        "tối thiểu 10%", "at least 10%");
    assertBound(find(PLAN, "econ.e-commerce.cashless-payments", PROVINCE, 2025), Bound.moreThan(50),
        "trên 50%", "more than 50%");
    assertBound(find(PLAN, "gov.open-data.department-databases", PROVINCE, 2025), Bound.moreThan(80),
        "trên 80%", "more than 80%");
  }

  @Test
  void workRecordsPerLevelExcludeSecretRecords() {
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE)).extracting(
        level -> find(PLAN, "gov.work-records.online", level, 2025).bound())
        .containsExactly(Bound.atLeast(90), Bound.atLeast(80), Bound.atLeast(60));
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE)).allSatisfy(level ->
        assertThat(find(PLAN, "gov.work-records.online", level, 2025).exclusions()).containsExactly(SECRET));
  }

  @Test
  void placesAndAdultsArePopulations() {
    Target coverage = find(PLAN, "infra.mobile-broadband.coverage", PROVINCE, 2025, PLACES);
    assertBound(coverage, Bound.atLeast(100), "tối thiểu 100%", "at least 100%");
    assertThat(coverage.population().label().vi()).contains("các điểm du lịch");
    assertBound(find(PLAN, "society.e-payment.use", PROVINCE, 2025, ADULTS), Bound.atLeast(50),
        "tối thiểu 50%", "at least 50%");
  }

  @Test
  void clausesAreVerbatimInTheArticle() {
    Seeds.assertClausesVerbatim(PLAN, "004");
  }

  @Test
  void aDuplicatedTargetIsRefused() {
    Seeds.assertDuplicateRefused(PLAN, 20);
  }
}
