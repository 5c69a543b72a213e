package io.github.cdsvn.core.indicator;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.Label;
import java.util.List;

/**
 * The indicators shipped in {@code IndicatorCatalogue.standard()}: those of the national
 * programme (Decision 749/QĐ-TTg) and of the five example plans (Quảng Bình, Bắc Giang, Ba Tri,
 * Bình Thuận, Nghệ An).
 */
final class StandardIndicators {
  /**
   * The scale provinces are grouped on in national assessments, lowest first: yếu, trung bình,
   * trung bình khá, khá, tốt.
   */
  static final Measure GROUPS = Measure.ordinal(List.of(
      Measure.Category.of("yeu", "yếu", "weak"),
      Measure.Category.of("trung-binh", "trung bình", "average"),
      Measure.Category.of("trung-binh-kha", "trung bình khá", "fair"),
      Measure.Category.of("kha", "khá", "good"),
      Measure.Category.of("tot", "tốt", "very good")));

  private static final Pillar GOV = Pillar.DIGITAL_GOVERNMENT;
  private static final Pillar ECON = Pillar.DIGITAL_ECONOMY;
  private static final Pillar SOC = Pillar.DIGITAL_SOCIETY;
  private static final Pillar INFRA = Pillar.INFRASTRUCTURE;

  private StandardIndicators() {}

  /** Returns every standard indicator. */
  static ImmutableList<Indicator> all() {
    return ImmutableList.of(
        // digital government
        pct("gov.online-services.level4", GOV,
            "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4 (toàn trình)",
            "Share of eligible administrative procedures offered as level-4 (end-to-end) online public services"),
        pct("gov.applications.submitted-online", GOV,
            "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến",
            "Share of administrative-procedure applications filed online"),
        pct("gov.applications.processed-fully-online", GOV,
            "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến",
            "Share of administrative-procedure applications processed fully online"),
        pct("gov.applications.online-level3-4", GOV,
            "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ",
            "Share of applications settled through level-3 or level-4 online public services"),
        pct("gov.applications.satisfaction", GOV,
            "Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính",
            "Share of citizens and businesses satisfied with how administrative procedures are handled"),
        pct("gov.work-records.online", GOV,
            "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
            "Share of work records processed online"),
        pct("gov.reporting.connected", GOV,
            "Tỷ lệ chế độ báo cáo, chỉ tiêu tổng hợp báo cáo được kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống thông tin báo cáo",
            "Share of reporting regimes connected to and sharing digital data on the reporting information system"),
        Indicator.builder().code("gov.digital-government.rank")
            .label(Label.of("Thứ hạng về Chính quyền điện tử, Chính quyền số trong các tỉnh, thành phố",
                "Rank among provinces on e-government and digital government"))
            .measure(Measure.rank()).direction(Direction.LOWER_IS_BETTER).pillar(GOV).build(),
        Indicator.builder().code("gov.procedures.count")
            .label(Label.of("Số thủ tục hành chính", "Number of administrative procedures"))
            .measure(Measure.count()).direction(Direction.LOWER_IS_BETTER).pillar(GOV).build(),
        count("gov.data-driven-services.count", GOV,
            "Số dịch vụ mới có tính sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp",
            "Number of new, innovative data-driven services for citizens and businesses"),
        pct("gov.online-services.identified-users", GOV,
            "Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt",
            "Share of online public-service users identified and authenticated seamlessly across systems"),
        pct("gov.open-data.agencies", GOV,
            "Tỷ lệ cơ quan nhà nước tham gia mở dữ liệu và cung cấp dữ liệu mở",
            "Share of state agencies opening and providing open data"),
        pct("gov.open-data.department-databases", GOV,
            "Tỷ lệ cơ sở dữ liệu của các sở, ngành được kết nối liên thông với cơ sở dữ liệu mở của tỉnh",
            "Share of departments' databases connected to the province's open database"),
        pct("gov.inspections.digital", GOV,
            "Tỷ lệ hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số",
            "Share of state inspections carried out through digital means"),
        pct("gov.civil-servants.digital-skills-trained", GOV,
            "Tỷ lệ cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kiến thức và kỹ năng số",
            "Share of officials and civil servants trained in digital knowledge and skills"),
        pct("gov.national-databases.connected", GOV,
            "Tỷ lệ cơ sở dữ liệu quốc gia được kết nối, ứng dụng trên địa bàn",
            "Share of national databases connected and used locally"),
        // overall
        Indicator.builder().code("dti.rank")
            .label(Label.of("Thứ hạng Chỉ số chuyển đổi số (DTI) cấp tỉnh",
                "Rank on the provincial Digital Transformation Index (DTI)"))
            .measure(Measure.rank()).direction(Direction.LOWER_IS_BETTER).pillar(Pillar.OVERALL).build(),
        // digital economy
        pct("econ.digital-economy.share-of-grdp", ECON,
            "Tỷ trọng kinh tế số trong GRDP (GDP đối với cả nước)",
            "Digital economy as a share of GRDP (GDP for the nation)"),
        pct("econ.digital-economy.share-in-each-sector", ECON,
            "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực (thấp nhất giữa các ngành)",
            "Digital-economy share in each sector (the lowest across sectors)"),
        Indicator.builder().code("econ.labour-productivity")
            .label(Label.of("Năng suất lao động", "Labour productivity"))
            .measure(Measure.amount("triệu đồng/lao động")).direction(Direction.HIGHER_IS_BETTER)
            .pillar(ECON).build(),
        count("econ.digital-enterprises.count", ECON, "Số doanh nghiệp số", "Number of digital enterprises"),
        Indicator.builder().code("econ.innovation.group")
            .label(Label.of("Xếp nhóm về chỉ số cạnh tranh, đổi mới sáng tạo",
                "Group on the competitiveness and innovation index"))
            .measure(GROUPS).direction(Direction.HIGHER_IS_BETTER).pillar(ECON).build(),
        pct("econ.businesses.digital-platforms", ECON,
            "Tỷ lệ doanh nghiệp, hợp tác xã, hộ kinh doanh sử dụng nền tảng chuyển đổi số",
            "Share of enterprises, cooperatives and household businesses using digital-transformation platforms"),
        pct("econ.households.online-shopping", ECON,
            "Tỷ lệ hộ gia đình tham gia mua sắm trực tuyến",
            "Share of households shopping online"),
        Indicator.builder().code("econ.e-commerce.revenue")
            .label(Label.of("Doanh số thương mại điện tử (hàng hóa và dịch vụ tiêu dùng trực tuyến)",
                "E-commerce revenue (goods and consumer services bought online)"))
            .measure(Measure.amount("tỷ đồng")).direction(Direction.HIGHER_IS_BETTER).pillar(ECON).build(),
        pct("econ.e-commerce.share-of-retail", ECON,
            "Tỷ trọng doanh số thương mại điện tử so với tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
            "E-commerce revenue as a share of total retail sales and service revenue"),
        pct("econ.e-commerce.cashless-payments", ECON,
            "Tỷ lệ thương mại điện tử thanh toán không dùng tiền mặt",
            "Share of e-commerce paid without cash"),
        pct("econ.e-commerce.payment-intermediaries", ECON,
            "Tỷ lệ thanh toán thực hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán",
            "Share of payments made through payment intermediaries"),
        pct("econ.ocop.on-e-commerce", ECON,
            "Tỷ lệ sản phẩm đặc trưng, tiêu biểu, sản phẩm OCOP tham gia các sàn giao dịch thương mại điện tử",
            "Share of signature and OCOP products listed on e-commerce platforms"),
        pct("econ.utilities.e-contracts", ECON,
            "Tỷ lệ đơn vị cung cấp dịch vụ điện, nước, viễn thông triển khai hợp đồng điện tử với người tiêu dùng",
            "Share of electricity, water and telecom providers using e-contracts with consumers"),
        count("econ.e-commerce.training-participants", ECON,
            "Số lượt doanh nghiệp, hợp tác xã, làng nghề, hộ kinh doanh tham gia đào tạo, tập huấn về thương mại điện tử",
            "Participations of enterprises, cooperatives, craft villages and household businesses in e-commerce training"),
        milestone("econ.digital-enterprises.formed", ECON,
            "Hình thành các doanh nghiệp công nghệ số, doanh nghiệp số và hợp tác xã số",
            "Digital-technology enterprises, digital enterprises and digital cooperatives formed"),
        pct("econ.farm-households.digitised", ECON,
            "Tỷ lệ hộ sản xuất nông nghiệp được lập danh sách, chuẩn hóa, số hóa dữ liệu",
            "Share of farming households listed, with standardised and digitised data"),
        // digital society
        pct("society.e-payment-account", SOC,
            "Tỷ lệ dân số có tài khoản thanh toán điện tử",
            "Share of the population with an e-payment account"),
        pct("society.e-payment.use", SOC,
            "Tỷ lệ người dân sử dụng dịch vụ thanh toán điện tử",
            "Share of people using e-payment services"),
        pct("society.e-health-records.access", SOC,
            "Tỷ lệ người dân có thể truy cập hồ sơ bệnh án điện tử và thanh toán viện phí không dùng tiền mặt",
            "Share of people able to access their electronic medical record and pay hospital fees without cash"),
        pct("society.digital-identity", SOC,
            "Tỷ lệ dân số có danh tính số",
            "Share of the population with a digital identity"),
        pct("society.digital-skills.basic", SOC,
            "Tỷ lệ người dân có khả năng sử dụng các kỹ năng số cơ bản",
            "Share of people able to use basic digital skills"),
        pct("society.smartphone-users.e-services", SOC,
            "Tỷ lệ người dùng điện thoại, thiết bị thông minh được tiếp cận, sử dụng các dịch vụ chính quyền điện tử, dịch vụ đô thị thông minh",
            "Share of smartphone and smart-device users reaching and using e-government and smart-city services"),
        // digital infrastructure
        pct("infra.fibre.households", INFRA,
            "Tỷ lệ hộ gia đình được phủ mạng băng rộng cáp quang",
            "Share of households covered by fibre broadband"),
        pct("infra.fibre.communes", INFRA,
            "Tỷ lệ xã được phủ mạng băng rộng cáp quang",
            "Share of communes covered by fibre broadband"),
        milestone("infra.fibre.universal", INFRA,
            "Phổ cập dịch vụ mạng băng rộng cáp quang",
            "Universal fibre broadband"),
        pct("infra.5g.communes", INFRA,
            "Tỷ lệ xã được phủ dịch vụ mạng di động 5G",
            "Share of communes with 5G mobile service"),
        milestone("infra.5g.universal", INFRA,
            "Phổ cập dịch vụ mạng di động 5G",
            "Universal 5G mobile service"),
        pct("infra.smartphone.households", INFRA,
            "Tỷ lệ hộ gia đình có điện thoại di động thông minh",
            "Share of households with a smartphone"),
        pct("infra.mobile-broadband.coverage", INFRA,
            "Tỷ lệ phủ sóng dịch vụ mạng băng rộng di động 4G/5G",
            "4G/5G mobile broadband coverage"),
        milestone("infra.mobile-4g5g.universal", INFRA,
            "Phổ cập dịch vụ mạng di động 4G/5G",
            "Universal 4G/5G mobile service"),
        milestone("infra.smartphone.universal", INFRA,
            "Phổ cập điện thoại di động thông minh",
            "Universal smartphone ownership"),
        pct("infra.dedicated-network.agencies", INFRA,
            "Tỷ lệ cơ quan Đảng, chính quyền các cấp kết nối mạng truyền số liệu chuyên dùng",
            "Share of Party and government agencies at all levels connected to the dedicated data network"),
        pct("infra.shared-databases.cloud", INFRA,
            "Tỷ lệ cơ sở dữ liệu dùng chung được triển khai trên nền tảng điện toán đám mây",
            "Share of shared databases deployed on a cloud platform"),
        milestone("infra.video-conference.deployed", INFRA,
            "Hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến cấp xã, kết nối hệ thống hội nghị trực tuyến quốc gia",
            "Video-conference system from province to commune level, connected to the national system"),
        // cybersecurity
        Indicator.builder().code("security.cybersecurity.group")
            .label(Label.of("Xếp nhóm về bảo đảm an toàn, an ninh mạng", "Group on cybersecurity assurance"))
            .measure(GROUPS).direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.CYBERSECURITY).build(),
        // smart city
        count("smart-city.urban-areas.count", Pillar.SMART_CITY,
            "Số đô thị trực thuộc tỉnh cơ bản đạt nền tảng về đô thị thông minh",
            "Number of urban areas with the basic foundations of a smart city"),
        milestone("smart-city.digital-services.piloted", Pillar.SMART_CITY,
            "Thí điểm và nhân rộng các dịch vụ số theo Kiến trúc ICT phát triển đô thị thông minh",
            "Digital services piloted and extended under the smart-city ICT architecture"));
  }

  private static Indicator pct(String code, Pillar pillar, String vi, String en) {
    return of(code, pillar, vi, en, Measure.percent());
  }

  private static Indicator count(String code, Pillar pillar, String vi, String en) {
    return of(code, pillar, vi, en, Measure.count());
  }

  private static Indicator milestone(String code, Pillar pillar, String vi, String en) {
    return of(code, pillar, vi, en, Measure.yesNo());
  }

  private static Indicator of(String code, Pillar pillar, String vi, String en, Measure measure) {
    return Indicator.builder().code(code).label(Label.of(vi, en)).measure(measure)
        .direction(Direction.HIGHER_IS_BETTER).pillar(pillar).build();
  }
}
