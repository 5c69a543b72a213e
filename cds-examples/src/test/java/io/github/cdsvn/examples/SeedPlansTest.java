package io.github.cdsvn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example plan's JSON against the numbers of its article, listed here by hand: indicator,
 * level measured, horizon and bound exactly as the article writes them. A target added, dropped
 * or changed in a JSON file fails here.
 */
class SeedPlansTest {
  private static final ExampleData DATA = ExampleData.load();

  /** Quảng Bình, Kế hoạch 698/KH-UBND (article of 3 May 2022). */
  static final List<String> QUANG_BINH = List.of(
      "gov.online-services.level4 province 2025 at_least 100",
      "gov.applications.submitted-online province 2025 more_than 50",
      "gov.applications.processed-fully-online province 2025 at_least 80",
      "gov.applications.satisfaction province 2025 at_least 90",
      "gov.work-records.online province 2025 at_least 95",
      "gov.work-records.online district 2025 at_least 80",
      "gov.work-records.online commune 2025 at_least 60",
      "gov.digital-government.rank province 2025 top_rank 30/63",
      "econ.digital-economy.share-of-grdp province 2025 at_least 20",
      "econ.innovation.group province 2025 ordinal_at_least trung-binh-kha",
      "security.cybersecurity.group province 2025 ordinal_at_least kha",
      "gov.procedures.count province 2030 relative_change -30 from 2022",
      "gov.data-driven-services.count province 2030 relative_change 30 from 2022",
      "gov.work-records.online province 2030 at_least 100",
      "gov.work-records.online district 2030 at_least 95",
      "gov.work-records.online commune 2030 at_least 80",
      "gov.digital-government.rank province 2030 maintain from 2022",
      "econ.digital-economy.share-of-grdp province 2030 at_least 25",
      "econ.digital-economy.share-in-each-sector province 2030 at_least 20",
      "infra.fibre.households province 2030 more_than 95",
      "infra.5g.communes province 2030 at_least 100",
      "infra.smartphone.households province 2030 at_least 99",
      "society.e-payment-account province 2030 more_than 90 for adults",
      "society.e-health-records.access province 2030 at_least 90 for adults",
      "smart-city.urban-areas.count province 2030 at_least 2",
      "security.cybersecurity.group province 2030 ordinal_at_least kha");

  /** Bắc Giang, Nghị quyết 111-NQ/TU (article of 27 October 2021). */
  static final List<String> BAC_GIANG = List.of(
      "dti.rank province 2025 top_rank 15/63",
      "dti.rank province 2030 top_rank 10/63",
      "gov.online-services.level4 province 2021 at_least 100",
      "gov.work-records.online province 2021 at_least 95",
      "gov.work-records.online district 2021 at_least 85",
      "gov.work-records.online commune 2021 at_least 65",
      "econ.digital-economy.share-of-grdp province 2025 approximately 25 ±2.5",
      "econ.digital-economy.share-in-each-sector province 2025 at_least 15",
      "econ.labour-productivity province 2025 growth_per_year 12.5 strict",
      "econ.digital-enterprises.count province 2025 more_than 800",
      "gov.online-services.identified-users province 2030 at_least 100",
      "gov.open-data.agencies province 2030 at_least 100",
      "gov.work-records.online province 2030 at_least 100",
      "gov.work-records.online district 2030 at_least 100",
      "gov.work-records.online commune 2030 more_than 80",
      "gov.inspections.digital province 2030 more_than 70",
      "econ.digital-economy.share-of-grdp province 2030 approximately 35 ±3.5",
      "econ.digital-economy.share-in-each-sector province 2030 at_least 20",
      "econ.labour-productivity province 2030 growth_per_year 13.5 strict");

  /** Ba Tri, Kế hoạch CĐS 2020 - 2025 (article of 19 January 2021). */
  static final List<String> BA_TRI = List.of(
      "gov.online-services.level4 district 2025 at_least 100",
      "gov.work-records.online district 2025 at_least 80",
      "gov.work-records.online commune 2025 at_least 60",
      "gov.reporting.connected district 2025 at_least 100",
      "econ.digital-economy.share-of-grdp district 2025 at_least 10",
      "econ.digital-economy.share-in-each-sector district 2025 at_least 5",
      "econ.labour-productivity district 2025 growth_per_year 5",
      "infra.fibre.households district 2025 more_than 80",
      "infra.fibre.communes district 2025 at_least 100",
      "infra.mobile-4g5g.universal district 2025 milestone",
      "infra.smartphone.universal district 2025 milestone",
      "society.e-payment-account district 2025 more_than 50");

  /** Bình Thuận, Party Committee resolution (article of 16 July 2024). */
  static final List<String> BINH_THUAN = List.of(
      "gov.online-services.level4 province 2025 at_least 100",
      "gov.work-records.online province 2030 at_least 100",
      "gov.work-records.online district 2030 at_least 90",
      "gov.work-records.online commune 2030 at_least 70",
      "econ.digital-economy.share-of-grdp province 2025 at_least 20",
      "econ.digital-economy.share-in-each-sector province 2025 at_least 10",
      "econ.labour-productivity province 2025 growth_per_year 7",
      "econ.businesses.digital-platforms province 2025 at_least 75",
      "econ.digital-economy.share-of-grdp province 2030 at_least 30",
      "econ.digital-economy.share-in-each-sector province 2030 at_least 20",
      "econ.labour-productivity province 2030 growth_per_year 8",
      "econ.businesses.digital-platforms province 2030 at_least 90",
      "infra.fibre.households province 2025 at_least 80 for households-schools-hospitals",
      "infra.mobile-broadband.coverage province 2025 at_least 100",
      "society.e-payment-account province 2025 at_least 50 for aged-18-plus",
      "society.digital-identity province 2025 at_least 100",
      "society.digital-skills.basic province 2025 at_least 70 for aged-14-plus",
      "infra.fibre.households province 2030 at_least 100 for households-schools-hospitals",
      "infra.mobile-broadband.coverage province 2030 at_least 100",
      "society.e-payment-account province 2030 more_than 80 for aged-18-plus",
      "society.digital-skills.basic province 2030 at_least 90 for aged-14-plus");

  /** Nghệ An, Kế hoạch 833/KH-UBND (portal article on the plan of 31 October 2024). */
  static final List<String> NGHE_AN = List.of(
      "infra.dedicated-network.agencies province 2025 at_least 100",
      "infra.shared-databases.cloud province 2025 at_least 100",
      "infra.video-conference.deployed province 2025 milestone",
      "infra.mobile-broadband.coverage province 2025 at_least 100 for towns-tourist-sites-industrial-zones",
      "gov.civil-servants.digital-skills-trained province 2025 at_least 100",
      "gov.applications.online-level3-4 province 2025 at_least 50",
      "gov.applications.satisfaction province 2025 at_least 90",
      "gov.work-records.online province 2025 at_least 90",
      "gov.work-records.online district 2025 at_least 80",
      "gov.work-records.online commune 2025 at_least 60",
      "gov.reporting.connected province 2025 at_least 100",
      "gov.national-databases.connected province 2025 at_least 100",
      "gov.open-data.department-databases province 2025 more_than 80",
      "econ.households.online-shopping province 2025 at_least 60",
      "econ.e-commerce.revenue province 2025 growth_per_year 25 strict",
      "econ.e-commerce.share-of-retail province 2025 at_least 10",
      "econ.e-commerce.cashless-payments province 2025 more_than 50",
      "econ.e-commerce.payment-intermediaries province 2025 at_least 80",
      "econ.ocop.on-e-commerce province 2025 at_least 80",
      "econ.utilities.e-contracts province 2025 at_least 100",
      "econ.e-commerce.training-participants province 2025 more_than 3000",
      "econ.digital-enterprises.formed province 2025 milestone",
      "econ.farm-households.digitised province 2025 at_least 100",
      "society.smartphone-users.e-services province 2025 more_than 50",
      "society.e-payment.use province 2025 at_least 50 for adults",
      "smart-city.digital-services.piloted province 2025 milestone");

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("quang-binh.kh-698-2022", QUANG_BINH),
        Arguments.of("bac-giang.nq-111-2021", BAC_GIANG),
        Arguments.of("ba-tri.kh-cds-2020", BA_TRI),
        Arguments.of("binh-thuan.nq-cds-2030", BINH_THUAN),
        Arguments.of("nghe-an.kh-833-2024", NGHE_AN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void thePlanHoldsExactlyTheArticlesTargets(String planId, List<String> article) {
    Plan plan = DATA.plan(planId);
    assertThat(plan.targets()).extracting(SeedPlansTest::describe).containsExactlyElementsOf(article);
    assertThat(plan.carriesOut()).containsExactly(ExampleData.NATIONAL_PLAN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyClauseIsInTheArticleWordForWord(String planId, List<String> article) {
    Optional<String> text = Articles.text(planId);
    assumeTrue(text.isPresent(), "the example articles are not beside the project");
    for (Target t : DATA.plan(planId).targets()) {
      assertThat(text.get()).as("clause of %s", t.key()).contains(t.source().clause());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyNumberOfABoundIsWrittenInItsClause(String planId, List<String> article) {
    for (Target t : DATA.plan(planId).targets()) {
      List<BigDecimal> written = numbersIn(t.source().clause());
      for (double n : numbersOf(t.bound())) {
        assertThat(written).as("%s in the clause of %s: %s", plain(n), t.key(), t.source().clause())
            .anySatisfy(w -> assertThat(w.compareTo(BigDecimal.valueOf(n))).isZero());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void theArticlesHoldAboutAHundredTargets() {
    assertThat(DATA.seedPlans()).extracting(p -> p.targets().size()).containsExactly(26, 19, 12, 21, 26);
    assertThat(DATA.seedPlans().stream().mapToInt(p -> p.targets().size()).sum()).isEqualTo(104);
  }

  @org.junit.jupiter.api.Test
  void ambiguousReadingsAreRecordedInTheData() {
    Plan bacGiang = DATA.plan("bac-giang.nq-111-2021");
    assertThat(bacGiang.targets()).filteredOn(t -> t.horizon().year() == 2021)
        .extracting(t -> t.indicator().code()).containsOnly("gov.online-services.level4", "gov.work-records.online");
    assertThat(bacGiang.targets()).filteredOn(t -> t.indicator().code().equals("econ.digital-economy.share-of-grdp")
        && t.horizon().year() == 2025).singleElement()
        .satisfies(t -> assertThat(t.note()).hasValueSatisfying(n -> assertThat(n).contains("đến hết năm 2021")));
    assertThat(DATA.plan("binh-thuan.nq-cds-2030").notes()).anySatisfy(n -> assertThat(n).contains("nhóm 20"));
  }

  /** Writes a target the way the lists above do. */
  static String describe(Target t) {
    StringBuilder s = new StringBuilder(t.indicator().code()).append(' ')
        .append(t.level().name().toLowerCase(Locale.ROOT)).append(' ').append(t.horizon()).append(' ')
        .append(t.bound().kind().name().toLowerCase(Locale.ROOT));
    Bound b = t.bound();
    if (b instanceof Bound.TopRank r) {
      s.append(' ').append(r.n()).append('/').append(r.of());
    } else if (b instanceof Bound.Approximately a) {
      s.append(' ').append(plain(a.value())).append(" ±").append(plain(a.tolerance()));
    } else if (b instanceof Bound.RelativeChange c) {
      s.append(' ').append(plain(c.percent()));
    } else if (b instanceof Bound.GrowthPerYear g) {
      s.append(' ').append(plain(g.percent())).append(g.strict() ? " strict" : "");
    } else if (b instanceof Bound.OrdinalAtLeast o) {
      s.append(' ').append(o.category());
    } else if (b.threshold().isPresent()) {
      s.append(' ').append(plain(b.threshold().getAsDouble()));
    }
    t.baseline().ifPresent(base -> s.append(" from ").append(base.year()));
    if (!t.population().code().equals("all")) {
      s.append(" for ").append(t.population().code());
    }
    return s.toString();
  }

  private static String plain(double v) {
    return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static List<Double> numbersOf(Bound b) {
    if (b instanceof Bound.TopRank r) {
      return List.of((double) r.n());
    }
    if (b instanceof Bound.RelativeChange c) {
      return List.of(Math.abs(c.percent()));
    }
    if (b instanceof Bound.GrowthPerYear g) {
      return List.of(g.percent());
    }
    return b.threshold().isPresent() ? List.of(b.threshold().getAsDouble()) : List.of();
  }

  /** The numbers of a Vietnamese text: "12,5" is 12.5, "3.000" is 3000, "02" is 2. */
  private static List<BigDecimal> numbersIn(String clause) {
    List<BigDecimal> found = new ArrayList<>();
    Matcher m = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?").matcher(clause);
    while (m.find()) {
      found.add(new BigDecimal(m.group().replace(".", "").replace(',', '.')));
    }
    return found;
  }
}
