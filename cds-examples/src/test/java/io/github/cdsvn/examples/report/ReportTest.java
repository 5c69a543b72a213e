package io.github.cdsvn.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.examples.ExampleData;
import io.github.cdsvn.scoring.TargetResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report the main job prints and writes. */
class ReportTest {
  private static final ExampleData DATA = ExampleData.load();
  private static final AttainmentReport REPORT = AttainmentReport.of(DATA, LocalDate.of(2024, 12, 31));

  @Test
  void theConsoleReportShowsQuangBinhsTargetsWithValueTargetAttainmentStatusAndClause() {
    String text = console(REPORT);
    String qb = text.substring(text.indexOf("Kế hoạch chuyển đổi số tỉnh Quảng Bình"),
        text.indexOf("Nghị quyết về chuyển đổi số tỉnh Bắc Giang"));
    assertThat(qb).contains("Tỉnh Quảng Bình (44) — Kế hoạch 698/KH-UBND — 26 chỉ tiêu / targets")
        .contains("Tỉnh Quảng Bình (44) → Tỉnh Quảng Trị (44) từ ngày 01/07/2025")
        .contains("Chỉ số tổng hợp / composite: " + Format.score(card("quang-binh.kh-698-2022").composite().score(), true))
        .contains("«trên 50% hồ sơ TTHC nộp trực tuyến»")
        .contains("«duy trì Quảng Bình thuộc nhóm khá về bảo đảm an toàn, an ninh mạng»");
    // the province-level work records of 2025: value, target, attainment and status on one line
    TargetResult work = card("quang-binh.kh-698-2022").targets().get(4);
    assertThat(work.target().source().clause()).startsWith("95% hồ sơ công việc cấp tỉnh");
    assertThat(qb).containsPattern("cấp tỉnh +2025 +" + java.util.regex.Pattern.quote(Format.value(work, true))
        + " +tối thiểu 95% +" + java.util.regex.Pattern.quote(Format.attainment(work.attainment(), true)));
    // every target has its clause
    for (TargetResult r : card("quang-binh.kh-698-2022").targets()) {
      assertThat(qb).contains("«" + r.target().source().clause() + "»");
    }
    assertThat(text).startsWith("─").contains("SỐ LIỆU MINH HỌA, KHÔNG PHẢI SỐ LIỆU THẬT / ILLUSTRATIVE DATA, NOT REAL FIGURES");
  }

  @Test
  void theReformIsShownForEveryUnitThatChanged() {
    String text = console(REPORT);
    assertThat(text).contains("Tỉnh Quảng Bình (44) → Tỉnh Quảng Trị (44)")
        .contains("Tỉnh Bắc Giang (24) → Tỉnh Bắc Ninh (24)")
        .contains("Tỉnh Bình Thuận (60) → Tỉnh Lâm Đồng (68)")
        .contains("Huyện Ba Tri (836), Tỉnh Bến Tre (83) → 7 đơn vị cấp xã của Tỉnh Vĩnh Long (86)");
  }

  @Test
  void afterTheReformDistrictTargetsAreNotApplicableAndSaySo() {
    AttainmentReport later = AttainmentReport.of(DATA, LocalDate.of(2025, 12, 31));
    List<TargetResult> district = new ArrayList<>();
    later.sections().forEach(s -> s.card().targets().stream()
        .filter(r -> r.target().level() == io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT)
        .forEach(district::add));
    assertThat(district).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).isEqualTo(TargetResult.Outcome.NOT_APPLICABLE));
    assertThat(console(later)).contains("không áp dụng / not applicable")
        .contains("cấp huyện không còn từ ngày 01/07/2025");
  }

  @Test
  void theHtmlPageIsWellFormedHoldsEveryPlanAndLoadsNothing(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");
    HtmlReport.write(REPORT, page);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList sections = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sections.getLength(); i++) {
      ids.add(((Element) sections.item(i)).getAttribute("id"));
    }
    assertThat(ids).containsSubsequence("overview", ExampleData.NATIONAL_PLAN)
        .containsAll(ExampleData.SEED_PLANS);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isGreaterThan(100);
    assertThat(html).contains("<meta charset=\"utf-8\"/>").contains("Số liệu minh họa, không phải số liệu thật")
        .contains("Quảng Bình").contains("Bình Thuận").contains("Nghệ An").contains("Ba Tri").contains("Bắc Giang")
        .doesNotContain("http://cdn").doesNotContain("https://").doesNotContain("<script").doesNotContain("<link")
        .doesNotContain("src=");
    for (var s : REPORT.sections()) {
      for (var t : s.plan().targets()) {
        assertThat(html).contains(HtmlReport.esc(t.source().clause()));
      }
    }
  }

  private static io.github.cdsvn.scoring.Scorecard card(String planId) {
    return REPORT.sections().stream().filter(s -> s.plan().id().equals(planId)).findFirst().orElseThrow().card();
  }

  private static String console(AttainmentReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleReport.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
