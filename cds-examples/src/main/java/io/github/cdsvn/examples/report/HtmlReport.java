package io.github.cdsvn.examples.report;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.TargetResult;
import io.github.cdsvn.scoring.PlanComparison;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Trajectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes an {@link AttainmentReport} as one self-contained HTML page: charts are inline SVG and
 * the style is inline, so the page loads nothing from the network. The page is well-formed XML
 * (XHTML syntax) in UTF-8, in Vietnamese with English beside it.
 */
public final class HtmlReport {
  private static final String BANNER_VI = "Số liệu minh họa, không phải số liệu thật";
  private static final String BANNER_EN = "Illustrative data, not real figures";

  private HtmlReport() {}

  /**
   * Writes a report to a file, creating its folder.
   *
   * @param report the report
   * @param file the file to write
   * @throws IOException if it cannot be written
   */
  public static void write(AttainmentReport report, Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  /**
   * Renders a report as an HTML page.
   *
   * @param report the report
   * @return the page
   */
  public static String render(AttainmentReport report) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<title>Báo cáo mức độ đạt chỉ tiêu chuyển đổi số — ").append(report.asOf()).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Báo cáo mức độ đạt chỉ tiêu chuyển đổi số <span class=\"en\">Digital-transformation attainment report</span></h1>\n");
    h.append("<p>Tính đến ngày <span class=\"en\">as of</span> <strong>").append(report.asOf()).append("</strong></p>\n");
    if (report.illustrative()) {
      banner(h);
    }
    overview(report, h);
    report.uncertainty().ifPresent(u -> UncertaintyChart.section(report, u, h));
    for (AttainmentReport.Section s : report.sections()) {
      section(report, s, h);
    }
    if (report.illustrative()) {
      banner(h);
    }
    h.append("<p class=\"foot\">cds — ").append(esc(report.sections().size() + " kế hoạch / plans")).append("</p>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void banner(StringBuilder h) {
    h.append("<p class=\"banner\">").append(esc(BANNER_VI)).append(" <span class=\"en\">").append(esc(BANNER_EN))
        .append("</span></p>\n");
  }

  private static void overview(AttainmentReport report, StringBuilder h) {
    h.append("<section id=\"overview\">\n<h2>Tổng quan <span class=\"en\">Overview</span></h2>\n");
    List<AttainmentReport.Section> sections = report.sections();
    int rowHeight = 26;
    int width = 840;
    int labelWidth = 300;
    int height = rowHeight * sections.size() + 30;
    h.append(svgOpen(width, height, "Chỉ số tổng hợp của từng kế hoạch / composite index of each plan"));
    for (int i = 0; i < sections.size(); i++) {
      AttainmentReport.Section s = sections.get(i);
      int y = 10 + i * rowHeight;
      OptionalDouble score = s.card().composite().score();
      var d = s.plan().documents().get(0);
      h.append(text(4, y + 15, s.plan().unit().fullName() + " — " + d.kind().label().vi()
          + d.number().map(n -> " " + n).orElse(""), "lbl"));
      h.append(rect(labelWidth, y + 3, width - labelWidth - 130, 16, "track"));
      if (score.isPresent()) {
        h.append(rect(labelWidth, y + 3, (width - labelWidth - 130) * score.getAsDouble() / 100, 16, "bar"));
      }
      h.append(text(width - 124, y + 15, score.isPresent() ? Format.score(score, true) : "chưa đủ số liệu", "num"));
    }
    h.append(axis(labelWidth, width - 130, height - 12));
    h.append("</svg>\n");
    h.append("<h3>Xếp hạng theo chỉ số tổng hợp của kế hoạch riêng <span class=\"en\">Ranking by each plan's own composite index</span></h3>\n");
    h.append("<table class=\"rank\">\n<tr><th>Hạng <span class=\"en\">rank</span></th><th>Đơn vị <span class=\"en\">unit</span></th><th>Chỉ số <span class=\"en\">index</span></th></tr>\n");
    Ranking ranking = report.ranking();
    for (Ranking.Entry e : ranking.entries()) {
      h.append("<tr><td>").append(e.rank().isPresent() ? String.valueOf(e.rank().getAsInt()) : "–")
          .append("</td><td>").append(esc(report.unitName(e.unitCode()))).append("</td><td class=\"n\">")
          .append(esc(Format.score(e.score(), true))).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void section(AttainmentReport report, AttainmentReport.Section s, StringBuilder h) {
    Plan plan = s.plan();
    h.append("<section class=\"plan\" id=\"").append(esc(plan.id())).append("\">\n");
    h.append("<h2>").append(esc(plan.title())).append("</h2>\n");
    h.append("<p class=\"meta\">").append(esc(plan.unit().fullName() + " (" + plan.unit().code() + ")"));
    for (var d : plan.documents()) {
      h.append(" · ").append(esc(d.toString()));
    }
    h.append("</p>\n");
    s.reform().ifPresent(r -> h.append("<p class=\"reform\"><strong>Sắp xếp đơn vị hành chính 2025</strong> ")
        .append(esc(r.vi())).append("<br/><span class=\"en\">").append(esc(r.en())).append("</span></p>\n"));
    IndexScore c = s.card().composite();
    h.append("<p class=\"composite\">Chỉ số tổng hợp <span class=\"en\">composite</span> <strong>")
        .append(esc(Format.score(c.score(), true))).append("</strong>/100 · phủ số liệu <span class=\"en\">coverage</span> ")
        .append(esc(Format.number(100 * c.coverage(), 0, true))).append("%")
        .append(c.reason().map(r -> " · " + esc(r.vi()) + " <span class=\"en\">" + esc(r.en()) + "</span>").orElse(""))
        .append("</p>\n");
    pillars(s.card().pillars(), h);
    targets(report, s, h);
    s.comparison().ifPresent(cmp -> comparison(cmp, h));
    for (String note : plan.notes()) {
      h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
    h.append("</section>\n");
  }

  private static void pillars(List<IndexScore> pillars, StringBuilder h) {
    int rowHeight = 22;
    int width = 620;
    int labelWidth = 220;
    int height = rowHeight * pillars.size() + 28;
    h.append(svgOpen(width, height, "Chỉ số theo trụ cột / pillar indices"));
    for (int i = 0; i < pillars.size(); i++) {
      IndexScore p = pillars.get(i);
      int y = 8 + i * rowHeight;
      h.append(text(4, y + 13, p.name().vi(), "lbl"));
      h.append(rect(labelWidth, y + 2, width - labelWidth - 60, 14, "track"));
      if (p.score().isPresent()) {
        h.append(rect(labelWidth, y + 2, (width - labelWidth - 60) * p.score().getAsDouble() / 100, 14, "bar2"));
      }
      h.append(text(width - 54, y + 13, p.score().isPresent() ? Format.score(p.score(), true) : "—", "num"));
    }
    h.append(axis(labelWidth, width - 60, height - 10));
    h.append("</svg>\n");
  }

  private static void targets(AttainmentReport report, AttainmentReport.Section s, StringBuilder h) {
    h.append("<table class=\"targets\">\n<tr><th>Chỉ tiêu <span class=\"en\">target</span></th>")
        .append("<th>Cấp, năm <span class=\"en\">level, year</span></th>")
        .append("<th>Giá trị <span class=\"en\">value</span></th>")
        .append("<th>Mục tiêu <span class=\"en\">target</span></th>")
        .append("<th>Mức đạt <span class=\"en\">attainment</span></th>")
        .append("<th>Tình trạng <span class=\"en\">status</span></th>")
        .append("<th>Diễn biến <span class=\"en\">trend</span></th></tr>\n");
    for (TargetResult r : s.card().targets()) {
      Target t = r.target();
      Label status = ConsoleReport.status(r);
      h.append("<tr class=\"").append(cssClass(r)).append("\"><td>")
          .append(esc(t.indicator().label().vi())).append("<div class=\"clause\">«").append(esc(t.source().clause()))
          .append("»</div>");
      if (!t.population().code().equals("all")) {
        h.append("<div class=\"small\">").append(esc(t.population().label().vi())).append("</div>");
      }
      t.note().ifPresent(n -> h.append("<div class=\"small\">").append(esc(n)).append("</div>"));
      h.append("</td><td>").append(esc(t.level().label().vi())).append(", ").append(t.horizon()).append("</td><td class=\"n\">")
          .append(esc(Format.value(r, true))).append("</td><td>").append(esc(t.describeBound().vi()))
          .append("<div class=\"en\">").append(esc(t.describeBound().en())).append("</div></td><td>")
          .append(attainmentBar(r)).append("</td><td>").append(esc(status.vi())).append("<div class=\"en\">")
          .append(esc(status.en())).append("</div>");
      if (r.outcome() != TargetResult.Outcome.SCORED) {
        r.reason().ifPresent(reason -> h.append("<div class=\"small\">").append(esc(reason.vi())).append("</div>"));
      }
      h.append("</td><td>").append(sparkline(report, s.plan(), r)).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String cssClass(TargetResult r) {
    if (r.outcome() == TargetResult.Outcome.NOT_APPLICABLE) {
      return "na";
    }
    if (r.outcome() == TargetResult.Outcome.NO_DATA) {
      return "nodata";
    }
    Trajectory.Status st = r.trajectory().map(t -> t.status()).orElse(Trajectory.Status.INSUFFICIENT_DATA);
    switch (st) {
      case TARGET_ACHIEVED:
      case ACHIEVED:
      case ON_TRACK:
        return "good";
      case ACCELERATION_NEEDED:
        return "warn";
      case LIMITED_PROGRESS:
      case DETERIORATION:
      case MISSED:
        return "bad";
      default:
        return "nodata";
    }
  }

  private static String attainmentBar(TargetResult r) {
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"110\" height=\"18\" role=\"img\"><title>")
        .append(esc(Format.attainment(r.attainment(), true))).append("</title>");
    b.append(rect(0, 3, 70, 12, "track"));
    if (r.attainment().isPresent()) {
      b.append(rect(0, 3, 70 * r.attainment().getAsDouble(), 12, r.met() ? "bar" : "bar3"));
    }
    b.append(text(74, 14, Format.attainment(r.attainment(), true) + (r.met() ? " ✓" : ""), "num"));
    b.append("</svg>");
    return b.toString();
  }

  private static String sparkline(AttainmentReport report, Plan plan, TargetResult r) {
    Target t = r.target();
    List<Observation> series = t.level() == plan.unit().level()
        ? report.observations().series(plan.unit().code(), t.indicator().code())
        : report.observations().series(plan.unit().code(), t.indicator().code(), t.level());
    series = series.stream().filter(o -> !o.date().isAfter(report.asOf())).toList();
    if (series.size() < 2) {
      return "<span class=\"small\">—</span>";
    }
    double min = series.stream().mapToDouble(Observation::value).min().getAsDouble();
    double max = series.stream().mapToDouble(Observation::value).max().getAsDouble();
    OptionalDouble goal = t.bound().threshold();
    if (goal.isPresent()) {
      min = Math.min(min, goal.getAsDouble());
      max = Math.max(max, goal.getAsDouble());
    }
    double span = max - min == 0 ? 1 : max - min;
    int w = 110;
    int hgt = 30;
    int first = series.get(0).period().year();
    int last = series.get(series.size() - 1).period().year();
    double years = Math.max(1, last - first);
    StringBuilder points = new StringBuilder();
    for (Observation o : series) {
      double x = 4 + (w - 8) * (o.period().year() - first) / years;
      double y = hgt - 4 - (hgt - 8) * (o.value() - min) / span;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(hgt)
        .append("\" role=\"img\"><title>").append(esc(first + "–" + last)).append("</title>");
    if (goal.isPresent()) {
      double y = hgt - 4 - (hgt - 8) * (goal.getAsDouble() - min) / span;
      b.append(String.format(Locale.ROOT, "<line x1=\"2\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"goal\"/>", y, w - 2, y));
    }
    b.append("<polyline points=\"").append(points.toString().trim()).append("\" class=\"line\"/>");
    b.append("</svg>");
    return b.toString();
  }

  private static void comparison(PlanComparison c, StringBuilder h) {
    h.append("<h3>So với Chương trình Chuyển đổi số quốc gia <span class=\"en\">Against the national programme</span></h3>\n");
    h.append("<table class=\"cmp\">\n<tr><th>Đánh giá <span class=\"en\">verdict</span></th><th>Giải thích <span class=\"en\">explanation</span></th></tr>\n");
    for (PlanComparison.Comparison x : c.comparisons()) {
      h.append("<tr><td>").append(esc(x.verdict().label().vi())).append("<div class=\"en\">")
          .append(esc(x.verdict().label().en())).append("</div></td><td>").append(esc(x.explanation().vi()))
          .append("<div class=\"en\">").append(esc(x.explanation().en())).append("</div></td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String svgOpen(int width, int height, String title) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\"><title>" + esc(title) + "</title>\n";
  }

  private static String rect(double x, double y, double w, double hgt, String cls) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\"/>",
        x, y, Math.max(0, w), hgt, cls);
  }

  private static String text(double x, double y, String s, String cls) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">", x, y, cls) + esc(s) + "</text>";
  }

  private static String axis(int from, int to, int y) {
    StringBuilder b = new StringBuilder();
    for (int v = 0; v <= 100; v += 25) {
      double x = from + (to - from) * v / 100.0;
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"tick\"/>", x, y - 4, x, y));
      b.append(text(x - 6, y + 10, String.valueOf(v), "tickl"));
    }
    return b.toString();
  }

  /** Escapes text for XML. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        default: b.append(ch);
      }
    }
    return b.toString();
  }

  private static final String STYLE = String.join("\n",
      "body{font-family:'Segoe UI','Noto Sans','DejaVu Sans',Arial,sans-serif;margin:24px auto;max-width:1180px;color:#1d2733;line-height:1.4}",
      "h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;margin-top:36px;border-bottom:2px solid #d5dde6;padding-bottom:4px}h3{font-size:15px}",
      ".en{color:#5b6b7c;font-size:0.88em;font-weight:normal;margin-left:4px}div.en{margin-left:0}",
      ".banner{background:#fff4d6;border:1px solid #e0b84c;padding:8px 12px;font-weight:bold}",
      ".meta,.small,.note{color:#5b6b7c;font-size:13px}.reform{background:#eef4fb;padding:6px 10px;font-size:14px}",
      ".composite{font-size:16px}table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}",
      "th,td{border-bottom:1px solid #e3e8ee;padding:5px 6px;text-align:left;vertical-align:top}th{background:#f4f6f9}",
      "td.n{text-align:right;white-space:nowrap}.clause{color:#3f4d5b;font-style:italic;font-size:12px;margin-top:2px}",
      "table.rank{width:auto}tr.good td:first-child{border-left:4px solid #2f9e62}tr.warn td:first-child{border-left:4px solid #e0a030}",
      "tr.bad td:first-child{border-left:4px solid #d04a3a}tr.nodata td:first-child{border-left:4px solid #b8c2cc}",
      "tr.na td{color:#8a96a3}tr.na td:first-child{border-left:4px dashed #b8c2cc}",
      "svg text{font-size:12px;font-family:inherit}.lbl{fill:#1d2733}.num{fill:#1d2733}.tickl{fill:#7d8a97;font-size:10px}",
      ".track{fill:#e8edf2}.bar{fill:#2f7fc1}.bar2{fill:#4aa38a}.bar3{fill:#e0a030}.tick{stroke:#9aa6b2}",
      ".line{fill:none;stroke:#2f7fc1;stroke-width:2}.goal{stroke:#d04a3a;stroke-dasharray:3 2}",
      ".foot{color:#8a96a3;font-size:12px;margin-top:30px}",
      ".ci{fill:#9cc3e6}.med{fill:#1d4f7a}.nom{stroke:#d04a3a;stroke-width:3}.grid{stroke:#e3e8ee}ul.factors{font-size:14px}");
}
