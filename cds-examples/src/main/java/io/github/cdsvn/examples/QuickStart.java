package io.github.cdsvn.examples;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.TargetResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A first look at cds: Quảng Bình's 2025 targets for work records processed online, as
 * Kế hoạch 698/KH-UBND sets them for each level, scored against illustrative observations (not
 * real figures), and what the province became on 1 July 2025.
 *
 * <p>Run it from the project root with
 * {@code ./mvnw -q -P run -Dcds.main=io.github.cdsvn.examples.QuickStart -DskipTests package}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Prints the example to standard output, in UTF-8.
   *
   * @param args an optional as-of date, {@code yyyy-mm-dd}; 2024-12-31 by default
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2024, 12, 31);
    run(asOf, out);
  }

  static void run(LocalDate asOf, PrintStream out) {
    UnitRegistry units = UnitRegistry.standard();
    Indicator workRecords = IndicatorCatalogue.standard().get("gov.work-records.online");
    AdministrativeUnit quangBinh = units.unit("44", LocalDate.of(2022, 4, 29));

    Document kh698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
        .issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29))
        .title("Kế hoạch chuyển đổi số giai đoạn đến năm 2025, định hướng đến năm 2030").build();
    String clause = "95% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công"
        + " việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)";
    Plan plan = Plan.builder().id("quang-binh.kh-698-2022").unit(quangBinh)
        .title(kh698.title()).addDocuments(kh698)
        .addTargets(
            workRecordsTarget(workRecords, AdministrativeLevel.PROVINCE, 95, kh698, clause),
            workRecordsTarget(workRecords, AdministrativeLevel.DISTRICT, 80, kh698, clause),
            workRecordsTarget(workRecords, AdministrativeLevel.COMMUNE, 60, kh698, clause))
        .build();

    // Illustrative values, not real figures: the province's own records, and those of its
    // districts and communes taken together (the level measured).
    ObservationSet observations = ObservationSet.of(List.of(
        illustrative(workRecords, null, 2022, 71.5), illustrative(workRecords, null, 2024, 88.4),
        illustrative(workRecords, AdministrativeLevel.DISTRICT, 2022, 52.0),
        illustrative(workRecords, AdministrativeLevel.DISTRICT, 2024, 70.5),
        illustrative(workRecords, AdministrativeLevel.COMMUNE, 2022, 38.0),
        illustrative(workRecords, AdministrativeLevel.COMMUNE, 2024, 41.0)));

    out.println(plan.unit().fullName() + " — " + kh698.kind().label().vi() + " " + kh698.citation()
        + " (" + plan.targets().size() + " chỉ tiêu / targets), tính đến / as of " + asOf);
    Scorecard card = Scorer.standard().score(plan, observations, asOf);
    for (TargetResult r : card.targets()) {
      out.println("  " + r.target().level().label().vi() + ": " + r.explanation().sentence().vi());
      out.println("  " + r.target().level().label().en() + ": " + r.explanation().sentence().en());
      r.trajectory().ifPresent(t -> out.println("    → " + t.status().label().vi() + " / " + t.status().label().en()));
    }
    out.println("  " + card.composite().sentence().vi());
    out.println("Từ 01/07/2025 / from 1 July 2025:");
    for (Succession s : units.successorsOf(quangBinh)) {
      out.println("  " + s);
    }
    out.println("Mã 44 ngày 2025-07-01 / code 44 on 2025-07-01: "
        + units.unit("44", AdministrativeLevel.REFORM_DATE).fullName());
  }

  private static Target workRecordsTarget(Indicator indicator, AdministrativeLevel level, double value,
      Document document, String clause) {
    return Target.builder().indicator(indicator).level(level).horizon(Horizon.Y2025)
        .bound(Bound.atLeast(value))
        .addExclusions("hồ sơ công việc thuộc phạm vi bí mật Nhà nước")
        .source(Source.of(document, clause)).build();
  }

  private static Observation illustrative(Indicator indicator, AdministrativeLevel measured, int year,
      double value) {
    return Observation.builder().unitCode("44").indicator(indicator)
        .measuredLevel(java.util.Optional.ofNullable(measured))
        .period(ObservationPeriod.ofYear(year)).value(value)
        .status(Observation.Status.ILLUSTRATIVE).source("minh họa / illustrative").build();
  }
}
