package io.github.cdsvn.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.examples.ExampleData;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.uncertainty.Factor;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.RunChoices;
import io.github.cdsvn.scoring.uncertainty.UncertaintyResult.UnitUncertainty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The uncertainty of the seed provinces' ranking, as the main job analyses and shows it. */
class UncertaintyReportTest {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final ExampleData DATA = ExampleData.load();
  private static final AttainmentReport REPORT = AttainmentReport.of(DATA, LocalDate.of(2024, 12, 31));
  private static final List<long[]> PROGRESS = new ArrayList<>();
  private static RankUncertainty UNCERTAINTY;

  /**
   * Runs the analysis once for every test. Not in a static initialiser: the listener runs on worker
   * threads, which would wait for this class to be initialised while it waits for them.
   */
  @BeforeAll
  static void analyse() {
    UNCERTAINTY = RankUncertainty.of(DATA, REPORT, (done, total) -> PROGRESS.add(new long[] {done, total}),
        (done, total) -> { });
  }

  @Test
  void theAnalysisRanksTheUnitsOfTheReportsRankingAndStartsFromIt() {
    UncertaintyResult result = UNCERTAINTY.result();
    assertThat(result.units()).extracting(UnitUncertainty::unitCode).containsExactlyInAnyOrderElementsOf(
        REPORT.ranking().entries().stream().map(Ranking.Entry::unitCode).toList());
    assertThat(result.nominalRanking()).isEqualTo(REPORT.ranking());
    assertThat(result.runs()).isEqualTo(RankUncertainty.RUNS);
    assertThat(UNCERTAINTY.sensitivity().samples()).isEqualTo(RankUncertainty.SAMPLES);
    assertThat(UNCERTAINTY.factors()).hasSize(6);
    assertThat(PROGRESS.get(PROGRESS.size() - 1)).containsExactly(RankUncertainty.RUNS, RankUncertainty.RUNS);
    // the choices matter for these plans: some rank moves
    assertThat(result.meanRankShift()).isPositive();
  }

  @Test
  void everyRunOfTheSeedPlansEqualsAFullScoreWithItsConfiguration() {
    UncertaintyResult result = UNCERTAINTY.result();
    for (int run = 0; run < result.runs(); run += 97) {
      RunChoices c = result.configuration(run);
      for (Plan plan : DATA.seedPlans()) {
        Scorecard card = c.scorer().score(plan, DATA.observations(), REPORT.asOf());
        assertThat(result.unit(card.unitCode()).orElseThrow().score(run)).as("run %d, %s", run, plan.id())
            .isEqualTo(card.composite().score());
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameRanksWithOneOrTwoThreads() {
    UncertaintyResult one = RankUncertainty.analysis(DATA, REPORT, 1).run();
    UncertaintyResult two = RankUncertainty.analysis(DATA, REPORT, 2).run();
    assertThat(two.units()).isEqualTo(one.units());
    assertThat(one.units()).isEqualTo(UNCERTAINTY.result().units());
    assertThat(RankUncertainty.analysis(DATA, REPORT, 1).sensitivity().outputs())
        .isEqualTo(UNCERTAINTY.sensitivity().outputs());
  }

  @Test
  void thePageShowsARankIntervalForEveryUnitAndListsTheFactors() throws Exception {
    String html = HtmlReport.render(REPORT.withUncertainty(UNCERTAINTY));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    Element section = null;
    NodeList sections = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
    for (int i = 0; i < sections.getLength(); i++) {
      if (((Element) sections.item(i)).getAttribute("id").equals("uncertainty")) {
        section = (Element) sections.item(i);
      }
    }
    assertThat(section).isNotNull();
    Element chart = (Element) section.getElementsByTagNameNS(SVG, "svg").item(0);
    assertThat(chart.getAttribute("class")).isEqualTo("ranks");
    int units = UNCERTAINTY.result().units().size();
    assertThat(count(chart, "rect", "ci")).isEqualTo(units + 1);     // one bar per unit, one in the legend
    assertThat(count(chart, "circle", "med")).isEqualTo(units + 1);
    assertThat(count(chart, "line", "nom")).isEqualTo(units + 1);
    String text = section.getTextContent();
    for (UnitUncertainty u : UNCERTAINTY.result().units()) {
      assertThat(text).contains(REPORT.unitName(u.unitCode()) + " (" + u.unitCode() + ")");
    }
    for (Factor factor : UNCERTAINTY.factors()) {
      assertThat(text).contains(factor.describe().vi()).contains(factor.describe().en());
    }
    assertThat(text).contains("M = " + RankUncertainty.RUNS).contains("N = " + RankUncertainty.SAMPLES)
        .contains("Sensitivity of the mean rank shift");
    assertThat(html).doesNotContain("<script").doesNotContain("https://");
    // without the analysis the page has no such section
    assertThat(HtmlReport.render(REPORT)).doesNotContain("id=\"uncertainty\"");
  }

  @Test
  void theConsoleShowsEachUnitsIntervalAndTheFactors() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleReport.uncertainty(UNCERTAINTY, REPORT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("ĐỘ BẤT ĐỊNH CỦA XẾP HẠNG / UNCERTAINTY OF THE RANKING — M = 2000");
    for (UnitUncertainty u : UNCERTAINTY.result().units()) {
      assertThat(text).contains(REPORT.unitName(u.unitCode()));
    }
    assertThat(text).contains("Pillar weights: each weight nominal × U(0.5, 1.5), independently");
  }

  @Test
  void theProgressBarRedrawsInPlaceAndEndsTheLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = ProgressBar.on("runs", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    for (int i = 1; i <= 200; i++) {
      bar.progress(i, 200);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text.chars().filter(c -> c == '\r').count()).isEqualTo(101);   // 0% to 100%
    assertThat(text).endsWith("runs [##############################] 100% 200/200" + System.lineSeparator())
        .contains("\rruns [###############---------------]  50% 100/200");
  }

  private static int count(Element root, String tag, String cls) {
    NodeList nodes = root.getElementsByTagNameNS(SVG, tag);
    int n = 0;
    for (int i = 0; i < nodes.getLength(); i++) {
      if (((Element) nodes.item(i)).getAttribute("class").equals(cls)) {
        n++;
      }
    }
    return n;
  }
}
