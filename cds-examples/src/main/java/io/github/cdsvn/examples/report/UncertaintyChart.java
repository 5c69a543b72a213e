package io.github.cdsvn.examples.report;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.scoring.uncertainty.Factor;
import io.github.cdsvn.scoring.uncertainty.Interval;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.FactorSensitivity;
import io.github.cdsvn.scoring.uncertainty.SensitivityResult.OutputSensitivity;
import io.github.cdsvn.scoring.uncertainty.UncertaintyAnalysis;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.UnitUncertainty;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The uncertainty section of the HTML report: a chart of rank intervals (for each unit, a bar
 * from the 5th to the 95th percentile of its rank, a dot at the median and a red tick at the
 * nominal rank), the numbers behind it, the factors, and the sensitivity of the mean rank shift
 * to each factor. Inline SVG, no script.
 */
public final class UncertaintyChart {
  private static final int WIDTH = 860;
  private static final int LABEL = 250;
  private static final int RIGHT = 40;
  private static final int ROW = 34;
  private static final int TOP = 34;

  private UncertaintyChart() {}

  /**
   * Lists the units by nominal rank, then by code.
   *
   * @param result the result
   * @return the units in that order
   */
  public static List<UnitUncertainty> byNominalRank(UncertaintyResult result) {
    return result.units().stream().sorted(Comparator.comparingInt(UnitUncertainty::nominalRank)
        .thenComparing(UnitUncertainty::unitCode)).toList();
  }

  /** Appends the section to a page. */
  static void section(AttainmentReport report, RankUncertainty u, StringBuilder h) {
    UncertaintyResult result = u.result();
    List<UnitUncertainty> units = byNominalRank(result);
    int n = units.size();
    h.append("<section id=\"uncertainty\">\n<h2>Độ bất định của xếp hạng <span class=\"en\">Uncertainty of the ranking</span></h2>\n");
    h.append("<p>Xếp hạng trên phụ thuộc vào các lựa chọn khi xây dựng chỉ số. Mỗi lượt mô phỏng rút ngẫu nhiên một tổ hợp "
        + "lựa chọn dưới đây, tính lại chỉ số tổng hợp và xếp hạng. <span class=\"en\">The ranking above depends on choices "
        + "made in building the index. Each run draws one combination of the choices below at random, computes the "
        + "composite again and ranks the units.</span></p>\n");
    h.append("<p class=\"small\">M = ").append(result.runs()).append(" lượt Monte Carlo <span class=\"en\">Monte Carlo runs</span>; N = ")
        .append(u.sensitivity().samples()).append(" (").append(u.sensitivity().runs())
        .append(" lượt cho độ nhạy <span class=\"en\">sensitivity runs</span>, ").append(u.sensitivity().bootstrapResamples())
        .append(" mẫu bootstrap <span class=\"en\">bootstrap resamples</span>); seed ").append(result.seed())
        .append("; ").append(esc(Format.number(u.elapsed().toMillis() / 1000.0, 2, true))).append(" s</p>\n");
    chart(report, units, n, h);
    table(report, units, result, h);
    h.append("<h3>Các yếu tố thay đổi <span class=\"en\">Factors varied</span></h3>\n<ul class=\"factors\">\n");
    for (Factor f : u.factors()) {
      h.append("<li>").append(esc(f.describe().vi())).append("<div class=\"en\">").append(esc(f.describe().en()))
          .append("</div></li>\n");
    }
    h.append("</ul>\n");
    sensitivity(u, h);
    h.append("<p class=\"small\">Đơn vị không có điểm tổng hợp trong một lượt (độ phủ dưới ngưỡng) được xếp sau mọi đơn vị có điểm. "
        + "Phân vị nội suy tuyến tính giữa các hạng. <span class=\"en\">A unit without a composite in a run (coverage below "
        + "the threshold) is ranked after every unit with one. Percentiles interpolate linearly between ranks.</span></p>\n");
    h.append("</section>\n");
  }

  private static double x(double rank, int n) {
    double from = LABEL + 10;
    double to = WIDTH - RIGHT;
    return n <= 1 ? (from + to) / 2 : from + (to - from) * (rank - 1) / (n - 1);
  }

  private static void chart(AttainmentReport report, List<UnitUncertainty> units, int n, StringBuilder h) {
    int height = TOP + ROW * units.size() + 40;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" class=\"ranks\">")
        .append("<title>").append(esc("Khoảng hạng 5–95%, trung vị và hạng danh nghĩa / 5th–95th percentile rank interval, "
            + "median and nominal rank")).append("</title>\n");
    // legend
    h.append(rect(LABEL + 10, 8, 34, 10, "ci")).append(text(LABEL + 50, 17, "5–95%", "lbl"));
    h.append(circle(LABEL + 120, 13, 5, "med")).append(text(LABEL + 130, 17, "trung vị / median", "lbl"));
    h.append(line(LABEL + 268, 5, LABEL + 268, 21, "nom")).append(text(LABEL + 276, 17, "danh nghĩa / nominal", "lbl"));
    for (int r = 1; r <= n; r++) {
      h.append(line(x(r, n), TOP - 4, x(r, n), TOP + ROW * units.size(), "grid"));
    }
    for (int i = 0; i < units.size(); i++) {
      UnitUncertainty unit = units.get(i);
      Interval ci = unit.rankInterval();
      double y = TOP + i * ROW + ROW / 2.0;
      h.append("<g><title>").append(esc(report.unitName(unit.unitCode()) + ": hạng danh nghĩa / nominal rank "
          + unit.nominalRank() + ", trung vị / median " + Format.number(unit.medianRank(), 1, false) + ", 5–95% ["
          + Format.number(ci.lower(), 1, false) + ", " + Format.number(ci.upper(), 1, false) + "]")).append("</title>");
      h.append(text(4, y + 4, report.unitName(unit.unitCode()) + " (" + unit.unitCode() + ")", "lbl"));
      double x0 = x(ci.lower(), n);
      double x1 = x(ci.upper(), n);
      if (x1 - x0 < 6) {
        double mid = (x0 + x1) / 2;
        x0 = mid - 3;
        x1 = mid + 3;
      }
      h.append(rect(x0, y - 6, x1 - x0, 12, "ci"));
      h.append(line(x(unit.nominalRank(), n), y - 11, x(unit.nominalRank(), n), y + 11, "nom"));
      h.append(circle(x(unit.medianRank(), n), y, 5, "med"));
      h.append("</g>\n");
    }
    int axis = TOP + ROW * units.size() + 4;
    for (int r = 1; r <= n; r++) {
      h.append(text(x(r, n) - 3, axis + 12, String.valueOf(r), "tickl"));
    }
    h.append(text(LABEL + 10, axis + 30, "Hạng (1 = cao nhất) / rank (1 = best)", "tickl"));
    h.append("</svg>\n");
  }

  private static void table(AttainmentReport report, List<UnitUncertainty> units, UncertaintyResult result,
      StringBuilder h) {
    h.append("<table class=\"rank\">\n<tr><th>Đơn vị <span class=\"en\">unit</span></th>")
        .append("<th>Hạng danh nghĩa <span class=\"en\">nominal rank</span></th>")
        .append("<th>Trung vị <span class=\"en\">median</span></th>")
        .append("<th>5–95%</th>")
        .append("<th>Dịch chuyển hạng TB <span class=\"en\">mean rank shift</span></th>")
        .append("<th>Lượt không có điểm <span class=\"en\">runs without a score</span></th></tr>\n");
    for (UnitUncertainty unit : units) {
      Interval ci = unit.rankInterval();
      h.append("<tr><td>").append(esc(report.unitName(unit.unitCode()))).append("</td><td class=\"n\">")
          .append(unit.nominalRank()).append("</td><td class=\"n\">").append(esc(Format.number(unit.medianRank(), 1, true)))
          .append("</td><td class=\"n\">").append(esc(Format.number(ci.lower(), 1, true) + " – " + Format.number(ci.upper(), 1, true)))
          .append("</td><td class=\"n\">").append(esc(Format.number(unit.meanRankShift(), 2, true)))
          .append("</td><td class=\"n\">").append(unit.unscoredRuns()).append("</td></tr>\n");
    }
    h.append("<tr><td colspan=\"4\">Trung bình mọi đơn vị và mọi lượt <span class=\"en\">mean over units and runs</span>, R̄<sub>S</sub></td><td class=\"n\">")
        .append(esc(Format.number(result.meanRankShift(), 2, true))).append("</td><td></td></tr>\n</table>\n");
  }

  private static void sensitivity(RankUncertainty u, StringBuilder h) {
    Optional<OutputSensitivity> shift = u.sensitivity().output(UncertaintyAnalysis.meanRankShift());
    if (shift.isEmpty()) {
      return;
    }
    Label title = UncertaintyAnalysis.meanRankShift();
    h.append("<h3>Độ nhạy của ").append(esc(title.vi().toLowerCase(Locale.ROOT)))
        .append(" <span class=\"en\">Sensitivity of the ").append(esc(title.en().toLowerCase(Locale.ROOT))).append("</span></h3>\n");
    if (!shift.get().varies()) {
      h.append("<p>Không đổi qua các lượt <span class=\"en\">does not vary over the runs</span></p>\n");
      return;
    }
    int percent = (int) Math.round(100 * u.sensitivity().confidenceLevel());
    h.append("<table class=\"rank\">\n<tr><th>Yếu tố <span class=\"en\">factor</span></th>")
        .append("<th>Bậc một S<sub>i</sub> <span class=\"en\">first order</span></th>")
        .append("<th>Tổng S<sub>Ti</sub> <span class=\"en\">total effect</span></th></tr>\n");
    for (FactorSensitivity f : shift.get().factors()) {
      h.append("<tr><td>").append(esc(f.factor().vi())).append("<div class=\"en\">").append(esc(f.factor().en()))
          .append("</div></td><td class=\"n\">").append(esc(index(f.firstOrder(), f.firstOrderInterval(), percent)))
          .append("</td><td class=\"n\">").append(esc(index(f.totalEffect(), f.totalEffectInterval(), percent)))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String index(OptionalDouble value, Optional<Interval> interval, int percent) {
    if (value.isEmpty()) {
      return "—";
    }
    return Format.number(value.getAsDouble(), 2, true) + interval.map(i -> " [" + Format.number(i.lower(), 2, true)
        + "; " + Format.number(i.upper(), 2, true) + "] " + percent + "%").orElse("");
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }

  private static String rect(double x, double y, double w, double hgt, String cls) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\"/>",
        x, y, Math.max(0, w), hgt, cls);
  }

  private static String circle(double x, double y, double r, String cls) {
    return String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" class=\"%s\"/>", x, y, r, cls);
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"%s\"/>",
        x1, y1, x2, y2, cls);
  }

  private static String text(double x, double y, String s, String cls) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">", x, y, cls) + esc(s) + "</text>";
  }
}
