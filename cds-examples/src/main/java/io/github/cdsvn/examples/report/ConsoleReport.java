package io.github.cdsvn.examples.report;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.TargetResult;
import io.github.cdsvn.scoring.PlanComparison;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.uncertainty.Factor;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.UnitUncertainty;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints an {@link AttainmentReport} for a terminal: for each plan the composite and pillar
 * indices, then every target with its value, target, attainment, status and clause; the ranking;
 * and each example plan against the national programme. Headings are in Vietnamese and English.
 */
public final class ConsoleReport {
  private static final String RULE = "─".repeat(120);
  private static final String BANNER =
      "SỐ LIỆU MINH HỌA, KHÔNG PHẢI SỐ LIỆU THẬT / ILLUSTRATIVE DATA, NOT REAL FIGURES";

  private ConsoleReport() {}

  /**
   * Prints a report.
   *
   * @param report the report
   * @param out where to print; it should encode UTF-8
   */
  public static void print(AttainmentReport report, PrintStream out) {
    out.println(RULE);
    out.println("BÁO CÁO MỨC ĐỘ ĐẠT CHỈ TIÊU CHUYỂN ĐỔI SỐ / DIGITAL-TRANSFORMATION ATTAINMENT REPORT");
    out.println("Tính đến ngày / as of " + report.asOf());
    if (report.illustrative()) {
      out.println("*** " + BANNER + " ***");
    }
    out.println(RULE);
    for (AttainmentReport.Section s : report.sections()) {
      section(s, out);
    }
    ranking(report, out);
    if (report.illustrative()) {
      out.println("*** " + BANNER + " ***");
    }
  }

  private static void section(AttainmentReport.Section s, PrintStream out) {
    out.println();
    out.println(s.plan().title());
    out.println("  " + s.plan().unit().fullName() + " (" + s.plan().unit().code() + ") — "
        + document(s.plan().documents().get(0)) + " — " + s.plan().targets().size() + " chỉ tiêu / targets");
    s.reform().ifPresent(r -> {
      out.println("  Sắp xếp đơn vị hành chính / 2025 reform: " + r.vi());
    });
    IndexScore composite = s.card().composite();
    out.println("  Chỉ số tổng hợp / composite: " + Format.score(composite.score(), true) + "/100"
        + "  (phủ số liệu / coverage " + Format.number(100 * composite.coverage(), 0, true) + "%)"
        + composite.reason().map(r -> " — " + r.vi() + " / " + r.en()).orElse(""));
    for (IndexScore p : s.card().pillars()) {
      out.printf("    %-26s %6s  (phủ / coverage %s%%)%n", p.name().vi(), Format.score(p.score(), true),
          Format.number(100 * p.coverage(), 0, true));
    }
    out.printf("  %-12s %-5s %-26s %-32s %-7s %s%n", "cấp/level", "năm", "giá trị/value", "mục tiêu/target",
        "đạt", "tình trạng / status");
    for (TargetResult r : s.card().targets()) {
      out.printf("  %-12s %-5s %-26s %-32s %-7s %s%n", r.target().level().label().vi(), r.target().horizon(),
          Format.value(r, true), r.target().describeBound().vi(), Format.attainment(r.attainment(), true)
              + (r.met() ? " ✓" : ""), status(r).vi() + " / " + status(r).en());
      out.println("      " + r.target().indicator().label().vi());
      out.println("      «" + r.target().source().clause() + "»");
      if (r.outcome() != TargetResult.Outcome.SCORED) {
        r.reason().ifPresent(reason -> out.println("      → " + reason.vi() + " / " + reason.en()));
      }
    }
    s.comparison().ifPresent(c -> comparison(c, out));
  }

  /** "Kế hoạch 698/KH-UBND", or the title of a document that has no number. */
  static String document(Document d) {
    return d.number().map(n -> d.kind().label().vi() + " " + n).orElse(d.title());
  }

  /** The trajectory's status, or the outcome where the target was not scored. */
  static Label status(TargetResult r) {
    if (r.outcome() != TargetResult.Outcome.SCORED) {
      return r.outcome().label();
    }
    return r.trajectory().map(t -> t.status().label()).orElse(r.outcome().label());
  }

  private static void comparison(PlanComparison c, PrintStream out) {
    out.println("  So với Chương trình quốc gia (749/QĐ-TTg) / against the national programme:");
    for (PlanComparison.Verdict v : PlanComparison.Verdict.values()) {
      List<PlanComparison.Comparison> list = c.comparisons(v);
      if (!list.isEmpty()) {
        out.println("    " + v.label().vi() + " / " + v.label().en() + ": " + list.size());
        for (PlanComparison.Comparison x : list) {
          out.println("      " + x.explanation().vi());
        }
      }
    }
  }

  private static void ranking(AttainmentReport report, PrintStream out) {
    out.println();
    out.println(RULE);
    out.println("XẾP HẠNG THEO CHỈ SỐ TỔNG HỢP CỦA KẾ HOẠCH RIÊNG / RANKING BY EACH PLAN'S OWN COMPOSITE INDEX");
    Ranking ranking = report.ranking();
    for (Ranking.Entry e : ranking.entries()) {
      out.printf(Locale.ROOT, "  %-4s %-24s %s%n", e.rank().isPresent() ? e.rank().getAsInt() + "." : "–",
          report.unitName(e.unitCode()), Format.score(e.score(), true));
    }
    out.println(RULE);
  }

  /**
   * Prints how much the ranking depends on the choices behind the index: for each unit, in the
   * order of its nominal rank, the nominal and median rank, the 5th–95th percentile interval and
   * the mean shift in rank; then the factors.
   *
   * @param u the analysis of the report's ranking
   * @param report the report
   * @param out where to print; it should encode UTF-8
   */
  public static void uncertainty(RankUncertainty u, AttainmentReport report, PrintStream out) {
    out.println();
    out.println("ĐỘ BẤT ĐỊNH CỦA XẾP HẠNG / UNCERTAINTY OF THE RANKING — M = " + u.result().runs() + " lượt / runs, N = "
        + u.sensitivity().samples() + ", " + Format.number(u.elapsed().toMillis() / 1000.0, 2, false) + " s");
    out.println("  hạng danh nghĩa · trung vị · 5–95% · dịch chuyển TB / nominal · median · 5–95% · mean shift");
    for (UnitUncertainty unit : UncertaintyChart.byNominalRank(u.result())) {
      out.printf(Locale.ROOT, "  %-4s %-24s %-6s [%s – %s]  %s%n", unit.nominalRank() + ".",
          report.unitName(unit.unitCode()), Format.number(unit.medianRank(), 1, true),
          Format.number(unit.rankInterval().lower(), 1, true), Format.number(unit.rankInterval().upper(), 1, true),
          Format.number(unit.meanRankShift(), 2, true));
    }
    out.println("  dịch chuyển hạng trung bình / mean rank shift: " + Format.number(u.result().meanRankShift(), 2, true));
    for (Factor f : u.factors()) {
      out.println("  · " + f.describe().vi() + " / " + f.describe().en());
    }
    out.println(RULE);
  }
}
