package io.github.cdsvn.core.plan.seeds;

import static io.github.cdsvn.core.plan.seeds.Seeds.ADULTS;
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
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: Quảng Bình's Kế hoạch 698/KH-UBND (29/4/2022), carrying out Nghị quyết 07-NQ/TU
 * (31/3/2022), as the article of 3 May 2022 reports it.
 */
class QuangBinhKh698Test {
  static final LocalDate ADOPTED = LocalDate.of(2022, 4, 29);
  static final Document KH_698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
      .issuer("UBND tỉnh Quảng Bình").date(ADOPTED)
      .title("Kế hoạch về việc chuyển đổi số giai đoạn đến năm 2025, định hướng đến năm 2030").build();
  static final Document NQ_07 = Document.builder().kind(Document.Kind.RESOLUTION).number("07-NQ/TU")
      .issuer("Ban Chấp hành Đảng bộ tỉnh Quảng Bình").date(LocalDate.of(2022, 3, 31))
      .title("Nghị quyết về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030").build();

  static final String WORK_RECORDS_2025 = "95% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện "
      + "và 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi "
      + "bí mật Nhà nước)";
  static final String WORK_RECORDS_2030 = "100% hồ sơ công việc cấp tỉnh, 95% hồ sơ công việc cấp huyện, "
      + "80% hồ sơ công việc cấp xã được xử lý trên môi trường mạng";
  static final String STATE_SECRETS = "hồ sơ công việc thuộc phạm vi bí mật Nhà nước";

  static final Plan PLAN = plan();

  static Plan plan() {
    Document d = KH_698;
    List<Target> targets = List.of(
        // đến năm 2025
        target("gov.online-services.level4", PROVINCE, 2025, Bound.atLeast(100), d,
            "100% thủ tục hành chính (TTHC) đủ điều kiện theo quy định của pháp luật được cung cấp bằng "
                + "hình thức dịch vụ công trực tuyến mức độ 4").build(),
        target("gov.applications.submitted-online", PROVINCE, 2025, Bound.moreThan(50), d,
            "trên 50% hồ sơ TTHC nộp trực tuyến").build(),
        target("gov.applications.processed-fully-online", PROVINCE, 2025, Bound.atLeast(80), d,
            "tối thiểu 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến").build(),
        target("gov.applications.satisfaction", PROVINCE, 2025, Bound.atLeast(90), d,
            "tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết TTHC").build(),
        target("gov.work-records.online", PROVINCE, 2025, Bound.atLeast(95), d, WORK_RECORDS_2025)
            .addExclusions(STATE_SECRETS).build(),
        target("gov.work-records.online", DISTRICT, 2025, Bound.atLeast(80), d, WORK_RECORDS_2025)
            .addExclusions(STATE_SECRETS).build(),
        target("gov.work-records.online", COMMUNE, 2025, Bound.atLeast(60), d, WORK_RECORDS_2025)
            .addExclusions(STATE_SECRETS).build(),
        target("gov.digital-government.rank", PROVINCE, 2025, Bound.topRank(30, 63), d,
            "phấn đấu Quảng Bình thuộc nhóm 30 tỉnh dẫn đầu về Chính quyền điện tử, Chính quyền số của toàn quốc")
            .build(),
        target("econ.digital-economy.share-of-grdp", PROVINCE, 2025, Bound.atLeast(20), d,
            "kinh tế số chiếm 20% GRDP của tỉnh").build(),
        target("econ.innovation.group", PROVINCE, 2025, Bound.ordinalAtLeast("trung-binh-kha"), d,
            "tỉnh thuộc nhóm trung bình khá về chỉ số cạnh tranh, đổi mới sáng tạo của toàn quốc").build(),
        target("security.cybersecurity.group", PROVINCE, 2025, Bound.ordinalAtLeast("kha"), d,
            "thuộc nhóm khá về bảo đảm an toàn, an ninh mạng").build(),
        // định hướng đến năm 2030
        target("gov.procedures.count", PROVINCE, 2030, Bound.relativeChange(-30), d, "giảm 30% các TTHC")
            .baseline(Baseline.ofYear(2022))
            .note("against the number of procedures when the plan was adopted (2022); the article gives no count")
            .build(),
        target("gov.data-driven-services.count", PROVINCE, 2030, Bound.relativeChange(30), d,
            "tăng 30% dịch vụ mới có tính sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp")
            .baseline(Baseline.ofYear(2022)).build(),
        target("gov.work-records.online", PROVINCE, 2030, Bound.atLeast(100), d, WORK_RECORDS_2030).build(),
        target("gov.work-records.online", DISTRICT, 2030, Bound.atLeast(95), d, WORK_RECORDS_2030)
            .note("the district level was abolished on 1 July 2025, before this horizon").build(),
        target("gov.work-records.online", COMMUNE, 2030, Bound.atLeast(80), d, WORK_RECORDS_2030).build(),
        target("gov.digital-government.rank", PROVINCE, 2030, Bound.maintain(), d,
            "duy trì và từng bước nâng thứ hạng của Quảng Bình trên Bảng xếp hạng Chỉ số Chính quyền số của "
                + "tỉnh, thành phố trên toàn quốc")
            .baseline(Baseline.ofYear(2022))
            .note("no worse than the rank when the plan was adopted; 'từng bước nâng' (raise step by step) "
                + "is not a measurable bound")
            .build(),
        target("econ.digital-economy.share-of-grdp", PROVINCE, 2030, Bound.atLeast(25), d,
            "kinh tế số chiếm 25% GRDP của tỉnh").build(),
        target("econ.digital-economy.share-in-each-sector", PROVINCE, 2030, Bound.atLeast(20), d,
            "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%").build(),
        target("infra.fibre.households", PROVINCE, 2030, Bound.moreThan(95), d,
            "hạ tầng mạng băng rộng cáp quang phủ trên 95% hộ gia đình").build(),
        target("infra.5g.communes", PROVINCE, 2030, Bound.atLeast(100), d,
            "phổ cập dịch vụ mạng di động 5G đạt 100% đến xã").build(),
        target("infra.smartphone.households", PROVINCE, 2030, Bound.atLeast(99), d,
            "điện thoại di động thông minh đạt 99% hộ gia đình").build(),
        target("society.e-payment-account", PROVINCE, 2030, Bound.moreThan(90), d,
            "trên 90% người dân trưởng thành có tài khoản thanh toán điện tử").population(ADULTS).build(),
        target("society.e-health-records.access", PROVINCE, 2030, Bound.atLeast(90), d,
            "90% người dân trưởng thành có thể truy cập hồ sơ bệnh án điện tử và thanh toán viện phí không "
                + "dùng tiền mặt").population(ADULTS).build(),
        target("smart-city.urban-areas.count", PROVINCE, 2030, Bound.atLeast(2), d,
            "tối thiểu 02 đô thị trực thuộc tỉnh cơ bản đạt nền tảng về đô thị thông minh").build(),
        target("security.cybersecurity.group", PROVINCE, 2030, Bound.ordinalAtLeast("kha"), d,
            "duy trì Quảng Bình thuộc nhóm khá về bảo đảm an toàn, an ninh mạng").build());
    return Plan.builder().id("quang-binh.kh-698-2022").unit(UNITS.unit("44", ADOPTED))
        .title("Kế hoạch chuyển đổi số tỉnh Quảng Bình giai đoạn đến năm 2025, định hướng đến năm 2030")
        .addDocuments(KH_698, NQ_07).addCarriesOut("vn.qd-749-2020").addAllTargets(targets).build();
  }

  @Test
  void theAdoptingUnitIsQuangBinhCode44ReadIn2022() {
    AdministrativeUnit unit = PLAN.unit();
    assertThat(unit.code()).isEqualTo("44");
    assertThat(unit.fullName()).isEqualTo("Tỉnh Quảng Bình");
    assertThat(unit.isValidOn(ReformDates.LAST_OLD_DAY)).isTrue();
    assertThat(unit.isValidOn(ReformDates.REFORM)).isFalse();
    // since 1 July 2025 code 44 is Quảng Trị, which took in all of Quảng Bình
    assertThat(UNITS.unit("44", ReformDates.REFORM).name()).isEqualTo("Quảng Trị");
    assertThat(UNITS.successorsOf(unit)).singleElement().satisfies(s -> {
      assertThat(s.successor().name()).isEqualTo("Quảng Trị");
      assertThat(s.type()).isEqualTo(Succession.Type.FULL);
    });
  }

  @Test
  void everyTargetCitesKeHoach698() {
    assertThat(PLAN.documents()).containsExactly(KH_698, NQ_07);
    assertThat(PLAN.targets()).hasSize(26)
        .allSatisfy(t -> assertThat(t.source().document()).isEqualTo(KH_698));
    assertThat(KH_698.citation()).isEqualTo("698/KH-UBND");
    assertThat(KH_698.toString()).isEqualTo("Kế hoạch 698/KH-UBND (2022-04-29)");
    assertThat(NQ_07.toString()).isEqualTo("Nghị quyết 07-NQ/TU (2022-03-31)");
    assertThat(PLAN.targets(Horizon.Y2025)).hasSize(11);
    assertThat(PLAN.targets(Horizon.Y2030)).hasSize(15);
  }

  @Test
  void trenIsStrict() {
    Target t = find(PLAN, "gov.applications.submitted-online", PROVINCE, 2025);
    assertBound(t, Bound.moreThan(50), "trên 50%", "more than 50%");
    assertThat(t.bound().isStrict()).isTrue();
    assertThat(t.bound().threshold()).hasValue(50);
    assertBound(find(PLAN, "infra.fibre.households", PROVINCE, 2030), Bound.moreThan(95),
        "trên 95%", "more than 95%");
  }

  @Test
  void toiThieuAndBarePercentagesAreAtLeast() {
    Target t = find(PLAN, "gov.applications.processed-fully-online", PROVINCE, 2025);
    assertBound(t, Bound.atLeast(80), "tối thiểu 80%", "at least 80%");
    assertThat(t.bound().isStrict()).isFalse();
    assertBound(find(PLAN, "gov.online-services.level4", PROVINCE, 2025), Bound.atLeast(100),
        "tối thiểu 100%", "at least 100%");
    assertBound(find(PLAN, "econ.digital-economy.share-of-grdp", PROVINCE, 2025), Bound.atLeast(20),
        "tối thiểu 20%", "at least 20%");
  }

  @Test
  void workRecordsHaveATargetPerLevelExcludingStateSecretsIn2025() {
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE)).extracting(
        level -> find(PLAN, "gov.work-records.online", level, 2025).bound())
        .containsExactly(Bound.atLeast(95), Bound.atLeast(80), Bound.atLeast(60));
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE)).allSatisfy(level -> {
      Target t = find(PLAN, "gov.work-records.online", level, 2025);
      assertThat(t.level()).isEqualTo(level);
      assertThat(t.exclusions()).containsExactly(STATE_SECRETS);
      assertThat(t.source().clause()).isEqualTo(WORK_RECORDS_2025);
    });
    assertThat(List.of(PROVINCE, DISTRICT, COMMUNE)).extracting(
        level -> find(PLAN, "gov.work-records.online", level, 2030).bound())
        .containsExactly(Bound.atLeast(100), Bound.atLeast(95), Bound.atLeast(80));
    assertThat(find(PLAN, "gov.work-records.online", DISTRICT, 2030).exclusions()).isEmpty();
    // the plan predates the reform: at the 2030 horizon there is no district level any more
    assertThat(DISTRICT.isInForceOn(Horizon.Y2030.endDate())).isFalse();
    assertThat(DISTRICT.isInForceOn(Horizon.Y2025.endDate())).isFalse();
    assertThat(DISTRICT.isInForceOn(ADOPTED)).isTrue();
  }

  @Test
  void nhom30TinhDanDauIsTheTop30Of63() {
    Target t = find(PLAN, "gov.digital-government.rank", PROVINCE, 2025);
    assertBound(t, Bound.topRank(30, 63), "thuộc nhóm 30/63 dẫn đầu", "within the top 30 of 63");
    assertThat(t.bound().kind()).isEqualTo(Bound.Kind.TOP_RANK);
    assertThat(UNITS.units(PROVINCE, ADOPTED)).hasSize(((Bound.TopRank) t.bound()).of());
  }

  @Test
  void groupsAreOrdinalBounds() {
    assertBound(find(PLAN, "econ.innovation.group", PROVINCE, 2025), Bound.ordinalAtLeast("trung-binh-kha"),
        "thuộc nhóm trung bình khá trở lên", "in the group fair or better");
    assertBound(find(PLAN, "security.cybersecurity.group", PROVINCE, 2025), Bound.ordinalAtLeast("kha"),
        "thuộc nhóm khá trở lên", "in the group good or better");
    // "duy trì … thuộc nhóm khá": stay in the group, the same bound at the later horizon
    assertBound(find(PLAN, "security.cybersecurity.group", PROVINCE, 2030), Bound.ordinalAtLeast("kha"),
        "thuộc nhóm khá trở lên", "in the group good or better");
  }

  @Test
  void giam30PhanTramIsARelativeChangeAgainstTheBaselineYear2022() {
    Target t = find(PLAN, "gov.procedures.count", PROVINCE, 2030);
    assertBound(t, Bound.relativeChange(-30), "giảm 30% so với năm cơ sở", "30% below the baseline");
    assertThat(t.baseline()).contains(Baseline.ofYear(2022));
    assertThat(t.baseline().orElseThrow().value()).isEmpty();
    assertThat(((Bound.RelativeChange) t.bound()).targetFrom(200)).isEqualTo(140.0);
    assertThat(t.note()).isPresent();
    Target more = find(PLAN, "gov.data-driven-services.count", PROVINCE, 2030);
    assertBound(more, Bound.relativeChange(30), "tăng 30% so với năm cơ sở", "30% above the baseline");
    // without a baseline the same clause cannot be encoded
    assertThatThrownBy(() -> target("gov.procedures.count", PROVINCE, 2030, Bound.relativeChange(-30),
        KH_698, "giảm 30% các TTHC").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("baseline");
  }

  @Test
  void duyTriThuHangIsMaintainAgainstABaseline() {
    Target t = find(PLAN, "gov.digital-government.rank", PROVINCE, 2030);
    assertBound(t, Bound.maintain(), "duy trì, không kém năm cơ sở", "no worse than the baseline");
    assertThat(t.baseline()).contains(Baseline.ofYear(2022));
  }

  @Test
  void toiThieu02DoThiIsACountOfAtLeastTwo() {
    Target t = find(PLAN, "smart-city.urban-areas.count", PROVINCE, 2030);
    assertBound(t, Bound.atLeast(2), "tối thiểu 2", "at least 2");
    assertThat(t.indicator().measure().kind()).isEqualTo(Measure.Kind.COUNT);
  }

  @Test
  void adultsAreAPopulation() {
    Target account = find(PLAN, "society.e-payment-account", PROVINCE, 2030, ADULTS);
    assertBound(account, Bound.moreThan(90), "trên 90%", "more than 90%");
    assertThat(account.population().label().vi()).isEqualTo("người dân trưởng thành");
    assertThat(PLAN.target(new Target.Key("society.e-payment-account", PROVINCE,
        Horizon.Y2030, "all"))).isEmpty();
    assertBound(find(PLAN, "society.e-health-records.access", PROVINCE, 2030, ADULTS), Bound.atLeast(90),
        "tối thiểu 90%", "at least 90%");
  }

  @Test
  void clausesAreVerbatimInTheArticle() {
    Seeds.assertClausesVerbatim(PLAN, "000");
  }

  @Test
  void aDuplicatedTargetIsRefused() {
    Seeds.assertDuplicateRefused(PLAN, 1);
    // the same key with another number is as much a duplicate
    List<Target> twice = new ArrayList<>(PLAN.targets());
    twice.add(PLAN.targets().get(4).withBound(Bound.atLeast(90)));
    assertThatThrownBy(() -> PLAN.withTargets(twice)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("targets[4] and targets[26]")
        .hasMessageContaining("gov.work-records.online@province/2025");
  }
}
