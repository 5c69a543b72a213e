package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.List;

/** The examples of docs/interchange.md, built with the model. */
final class Fixtures {
  static final IndicatorCatalogue STANDARD = IndicatorCatalogue.standard();
  static final LocalDate REFORM = AdministrativeLevel.REFORM_DATE;

  private Fixtures() {}

  /** Quảng Bình's Kế hoạch 698/KH-UBND, a selection of its targets. */
  static Plan plan() {
    Document kh698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
        .issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29))
        .title("Kế hoạch chuyển đổi số tỉnh Quảng Bình giai đoạn đến năm 2025, định hướng đến năm 2030")
        .build();
    Document nq07 = Document.builder().kind(Document.Kind.RESOLUTION).number("07-NQ/TU")
        .issuer("Tỉnh ủy Quảng Bình").date(LocalDate.of(2022, 3, 31))
        .title("Nghị quyết về chuyển đổi số tỉnh Quảng Bình đến năm 2025, định hướng đến năm 2030")
        .build();
    String records = "95% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công"
        + " việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)";
    String secret = "hồ sơ công việc thuộc phạm vi bí mật Nhà nước";
    Indicator workRecords = STANDARD.get("gov.work-records.online");
    return Plan.builder().id("quang-binh.kh-698-2022")
        .unit(UnitRegistry.standard().unit("44", LocalDate.of(2022, 4, 29)))
        .title(kh698.title()).addDocuments(kh698, nq07).addCarriesOut("vn.qd-749-2020")
        .addTargets(
            Target.builder().indicator(workRecords).level(AdministrativeLevel.PROVINCE)
                .horizon(Horizon.Y2025).bound(Bound.atLeast(95)).addExclusions(secret)
                .source(Source.of(kh698, records)).build(),
            Target.builder().indicator(workRecords).level(AdministrativeLevel.DISTRICT)
                .horizon(Horizon.Y2025).bound(Bound.atLeast(80)).addExclusions(secret)
                .source(Source.of(kh698, records)).build(),
            Target.builder().indicator(workRecords).level(AdministrativeLevel.COMMUNE)
                .horizon(Horizon.Y2025).bound(Bound.atLeast(60)).addExclusions(secret)
                .source(Source.of(kh698, records)).build(),
            Target.builder().indicator(STANDARD.get("gov.digital-government.rank"))
                .level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2025).bound(Bound.topRank(30, 63))
                .source(Source.of(kh698, "phấn đấu Quảng Bình thuộc nhóm 30 tỉnh dẫn đầu về Chính quyền"
                    + " điện tử, Chính quyền số của toàn quốc")).build(),
            Target.builder().indicator(STANDARD.get("gov.procedures.count"))
                .level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2030).bound(Bound.relativeChange(-30))
                .baseline(Baseline.ofYear(2022))
                .source(Source.of(kh698, "Định hướng đến năm 2030, giảm 30% các TTHC"))
                .note("The plan does not say against which year; read as the year it was adopted.").build(),
            Target.builder().indicator(STANDARD.get("society.e-payment-account"))
                .level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2030).bound(Bound.moreThan(90))
                .population(Population.of("adults", "người dân trưởng thành", "adults"))
                .source(Source.of(kh698, "trên 90% người dân trưởng thành có tài khoản thanh toán điện tử"))
                .build(),
            Target.builder().indicator(STANDARD.get("security.cybersecurity.group"))
                .level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2030).bound(Bound.ordinalAtLeast("kha"))
                .source(Source.of(kh698, "duy trì Quảng Bình thuộc nhóm khá về bảo đảm an toàn, an ninh mạng"))
                .build())
        .addNotes("Targets as reported by the provincial portal; a selection of the plan's targets.")
        .build();
  }

  /** A catalogue of one's own: standard indicators beside new ones, one in a pillar of its own. */
  static IndicatorCatalogue catalogue() {
    return IndicatorCatalogue.of(List.of(
        STANDARD.get("econ.labour-productivity"),
        STANDARD.get("security.cybersecurity.group"),
        STANDARD.get("dti.rank"),
        Indicator.builder().code("dti.score")
            .label(Label.of("Chỉ số chuyển đổi số cấp tỉnh (DTI)", "Provincial Digital Transformation Index (DTI)"))
            .measure(Measure.index(0, 1)).direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.OVERALL).build(),
        Indicator.builder().code("tourism.sites.e-ticketing")
            .label(Label.of("Tỷ lệ khu, điểm du lịch sử dụng vé điện tử",
                "Share of tourist sites using e-tickets"))
            .measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER)
            .pillar(Pillar.of("tourism", "Du lịch số", "Digital tourism")).build()));
  }

  /** Ba Tri and two of its communes before 1 July 2025, and what they became. */
  static UnitRegistry registry() {
    LocalDate last = REFORM.minusDays(1);
    AdministrativeUnit vn = AdministrativeUnit.builder().code("VN").name("Việt Nam").kind(UnitKind.NATION).build();
    AdministrativeUnit benTre = AdministrativeUnit.builder().code("83").name("Bến Tre")
        .kind(UnitKind.PROVINCE).parentCode("VN").validity(Validity.until(last)).build();
    AdministrativeUnit vinhLong = AdministrativeUnit.builder().code("86").name("Vĩnh Long")
        .kind(UnitKind.PROVINCE).parentCode("VN").validity(Validity.from(REFORM)).build();
    AdministrativeUnit baTri = AdministrativeUnit.builder().code("836").name("Ba Tri")
        .kind(UnitKind.RURAL_DISTRICT).parentCode("83").validity(Validity.until(last)).build();
    AdministrativeUnit township = AdministrativeUnit.builder().code("29110").name("Ba Tri")
        .kind(UnitKind.TOWNSHIP).parentCode("836").validity(Validity.until(last)).build();
    AdministrativeUnit anBinhTay = AdministrativeUnit.builder().code("29149").name("An Bình Tây")
        .kind(UnitKind.COMMUNE).parentCode("836").validity(Validity.until(last)).build();
    AdministrativeUnit newBaTri = AdministrativeUnit.builder().code("29110").name("Ba Tri")
        .kind(UnitKind.COMMUNE).parentCode("86").validity(Validity.from(REFORM)).build();
    return UnitRegistry.builder().addAll(List.of(vn, benTre, vinhLong, baTri, township, anBinhTay, newBaTri))
        .addSuccession(Succession.of(benTre, vinhLong, Succession.Type.FULL, REFORM))
        .addSuccession(Succession.of(township, newBaTri, Succession.Type.FULL, REFORM))
        .addSuccession(Succession.of(anBinhTay, newBaTri, Succession.Type.FULL, REFORM))
        .build();
  }

  /** Illustrative observations of work records processed online in Quảng Bình (44). */
  static ObservationSet observations() {
    Indicator workRecords = STANDARD.get("gov.work-records.online");
    String note = "minh họa, không phải số liệu thật / illustrative, not a real figure";
    return ObservationSet.of(List.of(
        Observation.builder().unitCode("44").indicator(workRecords).period(ObservationPeriod.ofYear(2023))
            .value(82.5).status(Observation.Status.ILLUSTRATIVE).source(note).build(),
        Observation.builder().unitCode("44").indicator(workRecords).period(ObservationPeriod.ofYear(2024))
            .value(87.5).numerator(3500).denominator(4000).status(Observation.Status.ILLUSTRATIVE)
            .source(note).build(),
        Observation.builder().unitCode("44").indicator(workRecords).period(ObservationPeriod.ofYear(2024))
            .measuredLevel(AdministrativeLevel.DISTRICT).value(74.25).status(Observation.Status.ILLUSTRATIVE)
            .source(note).build(),
        Observation.builder().unitCode("44").indicator(workRecords)
            .period(ObservationPeriod.ofDate(LocalDate.of(2025, 6, 30))).value(90.125)
            .status(Observation.Status.ILLUSTRATIVE).source(note).build()));
  }
}
