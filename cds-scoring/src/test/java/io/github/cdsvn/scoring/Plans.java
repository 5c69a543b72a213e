package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static io.github.cdsvn.core.unit.AdministrativeLevel.NATION;
import static io.github.cdsvn.core.unit.AdministrativeLevel.PROVINCE;

import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;

/**
 * Targets of real plans, each with the clause that states it: the national programme (Decision
 * 749/QĐ-TTg), Quảng Bình (Kế hoạch 698/KH-UBND), Ba Tri and Bình Thuận, as the articles in
 * {@code seeds/} report them. Only the targets the comparisons need are encoded.
 */
final class Plans {
  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  static final String NATIONAL_ID = "vn.qd-749-2020";
  static final String STATE_SECRETS = "hồ sơ công việc thuộc phạm vi bí mật nhà nước";
  static final Population ADULTS = Population.of("adults", "người dân trưởng thành", "adults");
  static final Population AGED_18_PLUS = Population.of("aged-18-plus", "dân số từ 18 tuổi trở lên",
      "people aged 18 and over");

  static final Document QD_749 = Document.builder().kind(Document.Kind.DECISION).number("749/QĐ-TTg")
      .issuer("Thủ tướng Chính phủ").date(LocalDate.of(2020, 6, 3))
      .title("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030").build();
  static final Document KH_698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
      .issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29))
      .title("Kế hoạch chuyển đổi số giai đoạn đến năm 2025, định hướng đến năm 2030").build();
  static final Document KH_BA_TRI = Document.builder().kind(Document.Kind.PLAN).issuer("UBND huyện Ba Tri")
      .title("Kế hoạch thực hiện chuyển đổi số huyện Ba Tri giai đoạn 2020 - 2025, định hướng đến năm 2030").build();
  static final Document NQ_BINH_THUAN = Document.builder().kind(Document.Kind.RESOLUTION)
      .issuer("Tỉnh ủy Bình Thuận")
      .title("Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030").build();

  private Plans() {}

  static Target target(String indicator, AdministrativeLevel level, int year, Bound bound, Document doc,
      String clause) {
    return target(indicator, level, year, bound, Population.EVERYONE, doc, clause);
  }

  static Target target(String indicator, AdministrativeLevel level, int year, Bound bound, Population population,
      Document doc, String clause) {
    return Target.builder().indicator(CATALOGUE.get(indicator)).level(level).horizon(Horizon.of(year))
        .bound(bound).population(population).source(Source.of(doc, clause)).build();
  }

  static Target workRecords(AdministrativeLevel level, Bound bound, Document doc, String clause) {
    return target("gov.work-records.online", level, 2025, bound, doc, clause);
  }

  static Plan national() {
    String records = "90% hồ sơ công việc tại cấp bộ, tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ"
        + " công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)";
    return Plan.builder().id(NATIONAL_ID)
        .unit(UnitRegistry.standard().unit("VN", LocalDate.of(2020, 6, 3)))
        .title(QD_749.title()).addDocuments(QD_749)
        .addTargets(
            withSecrets(workRecords(PROVINCE, Bound.atLeast(90), QD_749, records)),
            withSecrets(workRecords(DISTRICT, Bound.atLeast(80), QD_749, records)),
            withSecrets(workRecords(COMMUNE, Bound.atLeast(60), QD_749, records)),
            target("econ.digital-economy.share-of-grdp", NATION, 2025, Bound.atLeast(20), QD_749,
                "Kinh tế số chiếm 20% GDP"),
            target("econ.labour-productivity", NATION, 2025, Bound.growthPerYear(7, false), QD_749,
                "Năng suất lao động hàng năm tăng tối thiểu 7%"),
            target("infra.fibre.households", NATION, 2025, Bound.moreThan(80), QD_749,
                "Hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình, 100% xã"),
            target("society.e-payment-account", NATION, 2025, Bound.moreThan(50), QD_749,
                "Tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%"),
            target("society.e-payment-account", NATION, 2030, Bound.moreThan(80), QD_749,
                "Tỷ lệ dân số có tài khoản thanh toán điện tử trên 80%"))
        .build();
  }

  private static Target withSecrets(Target t) {
    return Target.builder().from(t).addExclusions(STATE_SECRETS).build();
  }

  static Plan quangBinh() {
    String records = "95% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã"
        + " được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)";
    return Plan.builder().id("quang-binh.kh-698-2022")
        .unit(UnitRegistry.standard().unit("44", LocalDate.of(2022, 4, 29)))
        .title(KH_698.title()).addDocuments(KH_698).addCarriesOut(NATIONAL_ID)
        .addTargets(
            target("gov.applications.submitted-online", PROVINCE, 2025, Bound.moreThan(50), KH_698,
                "trên 50% hồ sơ TTHC nộp trực tuyến"),
            withSecrets(workRecords(PROVINCE, Bound.atLeast(95), KH_698, records)),
            withSecrets(workRecords(DISTRICT, Bound.atLeast(80), KH_698, records)),
            withSecrets(workRecords(COMMUNE, Bound.atLeast(60), KH_698, records)),
            target("gov.digital-government.rank", PROVINCE, 2025, Bound.topRank(30, 63), KH_698,
                "phấn đấu Quảng Bình thuộc nhóm 30 tỉnh dẫn đầu về Chính quyền điện tử, Chính quyền số của toàn quốc"),
            target("econ.digital-economy.share-of-grdp", PROVINCE, 2025, Bound.atLeast(20), KH_698,
                "kinh tế số chiếm 20% GRDP của tỉnh"),
            target("security.cybersecurity.group", PROVINCE, 2025, Bound.ordinalAtLeast("kha"), KH_698,
                "thuộc nhóm khá về bảo đảm an toàn, an ninh mạng"),
            target("infra.fibre.households", PROVINCE, 2030, Bound.moreThan(95), KH_698,
                "hạ tầng mạng băng rộng cáp quang phủ trên 95% hộ gia đình"),
            target("society.e-payment-account", PROVINCE, 2030, Bound.moreThan(90), ADULTS, KH_698,
                "trên 90% người dân trưởng thành có tài khoản thanh toán điện tử"))
        .build();
  }

  static Plan baTri() {
    return Plan.builder().id("ba-tri.kh-cds-2020")
        .unit(BenTreUnits.registry().unit("836", LocalDate.of(2021, 1, 19)))
        .title(KH_BA_TRI.title()).addDocuments(KH_BA_TRI).addCarriesOut("ben-tre.nq-01-2020")
        .addTargets(
            withSecrets(workRecords(DISTRICT, Bound.atLeast(80), KH_BA_TRI,
                "80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng")),
            withSecrets(workRecords(COMMUNE, Bound.atLeast(60), KH_BA_TRI,
                "80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng")),
            target("econ.digital-economy.share-of-grdp", DISTRICT, 2025, Bound.atLeast(10), KH_BA_TRI,
                "Kinh tế số chiếm tối thiểu 10% GRDP"),
            target("econ.labour-productivity", DISTRICT, 2025, Bound.growthPerYear(5, false), KH_BA_TRI,
                "năng suất lao động hàng năm tăng tối thiểu 5%"),
            target("infra.fibre.households", DISTRICT, 2025, Bound.moreThan(80), KH_BA_TRI,
                "Hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình, 100% xã"),
            target("society.e-payment-account", DISTRICT, 2025, Bound.moreThan(50), KH_BA_TRI,
                "tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%"))
        .build();
  }

  static Plan binhThuan() {
    return Plan.builder().id("binh-thuan.nq-cds-2025")
        .unit(UnitRegistry.standard().unit("60", LocalDate.of(2022, 1, 1)))
        .title(NQ_BINH_THUAN.title()).addDocuments(NQ_BINH_THUAN).addCarriesOut(NATIONAL_ID)
        .addTargets(
            target("econ.digital-economy.share-of-grdp", PROVINCE, 2025, Bound.atLeast(20), NQ_BINH_THUAN,
                "Đến năm 2025 tỉnh ta phấn đấu đạt mục tiêu kinh tế số chiếm 20% GRDP của tỉnh"),
            target("econ.labour-productivity", PROVINCE, 2025, Bound.growthPerYear(7, false), NQ_BINH_THUAN,
                "Năng suất lao động hàng năm tăng tối thiểu 7%"),
            target("infra.fibre.households", PROVINCE, 2025, Bound.atLeast(80), NQ_BINH_THUAN,
                "hạ tầng mạng băng rộng cáp quang phủ tới 80% hộ gia đình, trường học, bệnh viện"),
            target("society.e-payment-account", PROVINCE, 2025, Bound.atLeast(50), AGED_18_PLUS, NQ_BINH_THUAN,
                "tỷ lệ dân số từ 18 tuổi trở lên có tài khoản thanh toán điện tử đạt 50%"),
            target("society.e-payment-account", PROVINCE, 2030, Bound.moreThan(80), AGED_18_PLUS, NQ_BINH_THUAN,
                "tỷ lệ dân số từ 18 tuổi trở lên có tài khoản thanh toán điện tử trên 80%"))
        .build();
  }
}
