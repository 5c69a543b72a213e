package io.github.cdsvn.scoring;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.List;

/** Units, documents, targets and observations built the way the example plans state them. */
final class Fixtures {
  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  static final UnitRegistry UNITS = UnitRegistry.standard();

  static final AdministrativeUnit VIETNAM = UNITS.unit("VN", LocalDate.of(2020, 6, 3));
  static final AdministrativeUnit QUANG_BINH = UNITS.unit("44", LocalDate.of(2022, 4, 29));
  static final AdministrativeUnit BAC_GIANG = UNITS.unit("24", LocalDate.of(2021, 10, 27));
  static final AdministrativeUnit BA_TRI = AdministrativeUnit.builder().code("836").name("Ba Tri")
      .kind(UnitKind.RURAL_DISTRICT).parentCode("83").validity(Validity.until(LocalDate.of(2025, 6, 30))).build();

  static final Document QD749 = Document.builder().kind(Document.Kind.DECISION).number("749/QĐ-TTg")
      .issuer("Thủ tướng Chính phủ").date(LocalDate.of(2020, 6, 3))
      .title("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030").build();
  static final Document KH698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
      .issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29))
      .title("Kế hoạch chuyển đổi số giai đoạn đến năm 2025, định hướng đến năm 2030").build();
  static final Document NQ111 = Document.builder().kind(Document.Kind.RESOLUTION).number("111-NQ/TU")
      .issuer("Tỉnh ủy Bắc Giang").date(LocalDate.of(2021, 1, 1))
      .title("Nghị quyết về chuyển đổi số tỉnh Bắc Giang giai đoạn 2021-2025, định hướng đến năm 2030").build();
  static final Document BA_TRI_PLAN = Document.builder().kind(Document.Kind.PLAN)
      .issuer("UBND huyện Ba Tri").date(LocalDate.of(2020, 11, 1))
      .title("Kế hoạch chuyển đổi số huyện Ba Tri giai đoạn 2020-2025").build();

  private Fixtures() {}

  static Indicator indicator(String code) {
    return CATALOGUE.get(code);
  }

  static Target target(String indicator, AdministrativeLevel level, Bound bound, Document document, String clause) {
    return Target.builder().indicator(indicator(indicator)).level(level).horizon(Horizon.Y2025).bound(bound)
        .source(Source.of(document, clause)).build();
  }

  static Target target(String indicator, AdministrativeLevel level, Bound bound, Baseline baseline,
      Document document, String clause) {
    return Target.builder().indicator(indicator(indicator)).level(level).horizon(Horizon.Y2025).bound(bound)
        .baseline(baseline).source(Source.of(document, clause)).build();
  }

  static Plan plan(String id, AdministrativeUnit unit, Document document, List<Target> targets) {
    return Plan.builder().id(id).unit(unit).title(document.title()).addDocuments(document).addAllTargets(targets)
        .build();
  }

  static Observation obs(String unit, String indicator, int year, double value) {
    return Observation.of(unit, indicator(indicator), ObservationPeriod.ofYear(year), value);
  }

  static Observation obs(String unit, String indicator, AdministrativeLevel measured, int year, double value) {
    return Observation.builder().unitCode(unit).indicator(indicator(indicator)).measuredLevel(measured)
        .period(ObservationPeriod.ofYear(year)).value(value).build();
  }

  static Observation illustrative(String unit, String indicator, int year, double value) {
    return Observation.builder().unitCode(unit).indicator(indicator(indicator)).period(ObservationPeriod.ofYear(year))
        .value(value).status(Observation.Status.ILLUSTRATIVE).source("minh họa / illustrative").build();
  }

  /** Quảng Bình's 2025 targets for work records processed online, one per level (Kế hoạch 698/KH-UBND). */
  static Plan quangBinhWorkRecords() {
    String clause = "95% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã "
        + "được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)";
    return plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, List.of(
        target("gov.work-records.online", AdministrativeLevel.PROVINCE, Bound.atLeast(95), KH698, clause),
        target("gov.work-records.online", AdministrativeLevel.DISTRICT, Bound.atLeast(80), KH698, clause),
        target("gov.work-records.online", AdministrativeLevel.COMMUNE, Bound.atLeast(60), KH698, clause)));
  }
}
