package io.github.cdsvn.examples.report;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.examples.ExampleData;
import io.github.cdsvn.scoring.PlanComparison;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The attainment report of the example plans at an as-of date: each plan's scorecard, the
 * ranking of the units by their composite index, each example plan compared with the national
 * programme it carries out, what each adopting unit became in the 2025 reform, and, where it was
 * run, how much the ranking depends on the choices behind the index ({@link RankUncertainty}).
 *
 * <p>The report holds results only; {@link ConsoleReport} and {@link HtmlReport} show it.
 * Immutable and thread-safe.
 */
public final class AttainmentReport {
  private final LocalDate asOf;
  private final ImmutableList<Section> sections;
  private final Ranking ranking;
  private final ObservationSet observations;
  private final UnitRegistry registry;
  private final Optional<RankUncertainty> uncertainty;

  private AttainmentReport(LocalDate asOf, List<Section> sections, Ranking ranking,
      ObservationSet observations, UnitRegistry registry, Optional<RankUncertainty> uncertainty) {
    this.asOf = asOf;
    this.sections = ImmutableList.copyOf(sections);
    this.ranking = ranking;
    this.observations = observations;
    this.registry = registry;
    this.uncertainty = uncertainty;
  }

  /**
   * Scores the example plans as of a date.
   *
   * @param data the example data
   * @param asOf the as-of date
   * @return the report
   */
  public static AttainmentReport of(ExampleData data, LocalDate asOf) {
    Scorer scorer = Scorer.builder().unitRegistry(data.registry()).build();
    Plan national = data.plan(ExampleData.NATIONAL_PLAN);
    ImmutableList.Builder<Section> sections = ImmutableList.builder();
    List<Scorecard> seedCards = new java.util.ArrayList<>();
    for (Plan plan : data.plans()) {
      Scorecard card = scorer.score(plan, data.observations(), asOf);
      Optional<PlanComparison> comparison = plan == national
          ? Optional.empty() : Optional.of(PlanComparison.of(plan, national));
      sections.add(new Section(plan, card, comparison, reform(data.registry(), plan.unit())));
      if (plan != national) {
        seedCards.add(card);
      }
    }
    return new AttainmentReport(asOf, sections.build(), Ranking.byComposite(seedCards), data.observations(),
        data.registry(), Optional.empty());
  }

  /**
   * What a unit became on 1 July 2025: the provinces that received it, with the new units
   * between where it was split.
   */
  private static Optional<Label> reform(UnitRegistry registry, AdministrativeUnit unit) {
    if (unit.isValidOn(AdministrativeLevel.REFORM_DATE)) {
      return Optional.empty();
    }
    List<Succession> successors = registry.successorsOf(unit);
    if (successors.isEmpty()) {
      return Optional.empty();
    }
    Map<AdministrativeUnit, List<AdministrativeUnit>> byProvince = new LinkedHashMap<>();
    for (Succession s : successors) {
      AdministrativeUnit province = registry.ancestor(s.successor(), AdministrativeLevel.PROVINCE)
          .orElse(s.successor());
      byProvince.computeIfAbsent(province, p -> new java.util.ArrayList<>()).add(s.successor());
    }
    String from = unit.fullName() + " (" + unit.code() + ")"
        + registry.parent(unit).filter(p -> p.level() != AdministrativeLevel.NATION)
            .map(p -> ", " + p.fullName() + " (" + p.code() + ")").orElse("");
    StringBuilder vi = new StringBuilder(from).append(" → ");
    StringBuilder en = new StringBuilder(from).append(" → ");
    String sep = "";
    for (Map.Entry<AdministrativeUnit, List<AdministrativeUnit>> e : byProvince.entrySet()) {
      AdministrativeUnit province = e.getKey();
      List<AdministrativeUnit> parts = e.getValue().stream()
          .filter(u -> !u.equals(province)).collect(Collectors.toList());
      String target = province.fullName() + " (" + province.code() + ")";
      if (parts.isEmpty()) {
        vi.append(sep).append(target);
        en.append(sep).append(target);
      } else {
        String list = parts.stream().map(u -> u.fullName() + " (" + u.code() + ")")
            .collect(Collectors.joining(", "));
        vi.append(sep).append(parts.size()).append(" đơn vị cấp xã của ").append(target).append(": ").append(list);
        en.append(sep).append(parts.size()).append(" communes of ").append(target).append(": ").append(list);
      }
      sep = "; ";
    }
    vi.append(" từ ngày 01/07/2025");
    en.append(" from 1 July 2025");
    return Optional.of(Label.of(vi.toString(), en.toString()));
  }

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns one section per plan: the national programme first, then the five example plans.
   *
   * @return the sections
   */
  public ImmutableList<Section> sections() {
    return sections;
  }

  /**
   * Returns the example plans' units ranked by the composite index of their own plan.
   *
   * @return the ranking
   */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * Returns the uncertainty analysis of the ranking, where it was run.
   *
   * @return the analysis, or empty
   */
  public Optional<RankUncertainty> uncertainty() {
    return uncertainty;
  }

  /**
   * Returns this report with the uncertainty analysis of its ranking.
   *
   * @param analysis the analysis, run on this report's ranking
   * @return the report with the analysis
   */
  public AttainmentReport withUncertainty(RankUncertainty analysis) {
    return new AttainmentReport(asOf, sections, ranking, observations, registry,
        Optional.of(java.util.Objects.requireNonNull(analysis, "analysis")));
  }

  /**
   * Returns the observations scored.
   *
   * @return the observations
   */
  public ObservationSet observations() {
    return observations;
  }

  /**
   * Returns the registry the units are read in.
   *
   * @return the registry
   */
  public UnitRegistry registry() {
    return registry;
  }

  /**
   * Tells whether any figure of the report comes from illustrative observations.
   *
   * @return {@code true} if any scorecard used an illustrative observation
   */
  public boolean illustrative() {
    return sections.stream().anyMatch(s -> s.card().illustrative());
  }

  /**
   * Returns the name of a unit of the ranking.
   *
   * @param unitCode the unit's code, as the plans adopt it
   * @return the adopting unit's full name
   */
  public String unitName(String unitCode) {
    return sections.stream().map(Section::plan).filter(p -> p.unit().code().equals(unitCode))
        .map(p -> p.unit().fullName()).findFirst().orElse(unitCode);
  }

  /**
   * One plan of the report.
   *
   * @param plan the plan
   * @param card its scorecard for its adopting unit
   * @param comparison the comparison with the national programme; empty for the programme itself
   * @param reform what the adopting unit became on 1 July 2025; empty if it did not change
   */
  public record Section(Plan plan, Scorecard card, Optional<PlanComparison> comparison,
      Optional<Label> reform) {}
}
