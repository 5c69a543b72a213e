package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.Problem;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.MeasureKind;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.observation.ObservationStatus;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.SuccessionType;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rolls observations of one indicator from lower units up to higher ones, and from old units
 * into the units that replaced them, exactly.
 *
 * <h2>What rolls up, and how</h2>
 * <ul>
 *   <li>a <b>share</b> (a percent indicator) from its counts: the summed numerators over the
 *       summed denominators, {@code 100 × Σ numerator / Σ denominator}. A share observed without
 *       numerator and denominator cannot be rolled up exactly: the unit and period are reported,
 *       without a value, unless the caller chooses {@link ShareRule#MEAN_WHEN_COUNTS_MISSING},
 *       which takes the unweighted mean of the shares and labels the result so
 *       ({@link Flag#MEAN_OF_SHARES}). Percentages are never averaged otherwise;</li>
 *   <li>a <b>count</b>, and an <b>amount</b> in a unit such as "tỷ đồng", by summing;</li>
 *   <li>nothing else: a rank, an index, an ordinal category, a yes/no milestone, a rate per year
 *       and an amount per something (a unit with "/", such as labour productivity in "triệu
 *       đồng/lao động") are not additive, and rolling them up is refused with an
 *       {@link InvalidValueException} naming the indicator and its measure.</li>
 * </ul>
 *
 * <h2>Up the hierarchy: {@link #toLevel}</h2>
 * The observations of the units of one level (districts, say) are grouped by the unit of a
 * higher level they belong to (their province, found through the registry's parents) and by
 * period; each group gives one observation for the higher unit, whose
 * {@link Observation#measuredLevel() measured level} is the level of what was measured (the
 * districts' level), so that "district-level work records of the province" is not confused with
 * the province's own work records.
 *
 * <p><b>Completeness.</b> A roll-up of a unit for a period is complete when every unit of the
 * lower level that belongs to it and is in force on the period's end date has an observation for
 * exactly that period. An incomplete group is reported with its coverage ("5 of 7 districts")
 * and the units without data, and has no value unless the caller opts in with
 * {@link #includingIncomplete(boolean)}; the value then carries {@link Flag#INCOMPLETE}.
 *
 * <h2>Into new units: {@link #toSuccessors}</h2>
 * For each unit in force on a date that the registry records as made from older units (Bắc
 * Giang and the old Bắc Ninh into the new Bắc Ninh on 1 July 2025), the observations of its
 * predecessors are summed in the same way, period by period. Only a predecessor that went
 * {@link SuccessionType#FULL fully} into the unit can be counted: a
 * {@link SuccessionType#PARTIAL partial} predecessor's figures cannot be split, so the unit and
 * period are reported ({@link Flag#PARTIAL_PREDECESSOR}) without a value, unless the caller opts
 * in with {@link #includingPartialPredecessors(boolean)} to count such predecessors whole
 * ({@link Flag#PARTIAL_COUNTED_WHOLE}). Completeness is as above, over the predecessors counted.
 * Only the links the registry records for the new units are followed: the communes of Ba Tri
 * (836) are restated for the seven communes they became, but an observation of the district
 * itself is not split among them (the district went only in part into each).
 *
 * <p>Codes are read with a date: the restated observation for the new Bắc Ninh (24) for 2024
 * carries code 24, which an {@link ObservationSet} would read on 31 December 2024 as Bắc Giang.
 * Keep restated observations in their own set ({@link Result#observations()}), apart from the
 * old units' observations, and use {@link Entry#unit()} for the unit they are about.
 *
 * <h2>Status and source</h2>
 * A rolled-up observation has the weakest status of its inputs (final, then provisional, then
 * estimate, then illustrative: illustrative stays illustrative), and at best
 * {@link ObservationStatus#ESTIMATE} when it is not exact (incomplete, a mean of shares, a
 * partial predecessor counted whole). Its source names the roll-up, the number of units and the
 * method, in Vietnamese and English.
 *
 * <p>Results are ordered by unit (level, code) and period, sums are taken in unit-code order, and
 * the order of the input changes nothing. Immutable and thread-safe.
 *
 * <pre>{@code
 * RollUp.Result r = RollUp.over(registry).toLevel(observations, workRecords,
 *     AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE);
 * for (RollUp.Entry e : r.entries()) {
 *   System.out.println(e.unit().name() + " " + e.period() + ": " + e.explanation().en());
 * }
 * }</pre>
 */
public final class RollUp {
  private static final Comparator<AdministrativeUnit> UNIT_ORDER = Comparator
      .comparing(AdministrativeUnit::level)
      .thenComparing(AdministrativeUnit::code)
      .thenComparing(u -> u.validity().from().orElse(LocalDate.MIN));

  /** What to do with a share observed without numerator and denominator. */
  public enum ShareRule {
    /** Report the unit and period; give no value (the default). */
    EXACT_ONLY(Label.of("chỉ tổng hợp chính xác từ tử số và mẫu số",
        "only exactly, from numerators and denominators")),
    /**
     * Where any input lacks its counts, take the unweighted mean of the shares, labelled
     * {@link Flag#MEAN_OF_SHARES}; exact where every input has them.
     */
    MEAN_WHEN_COUNTS_MISSING(Label.of("trung bình cộng các tỷ lệ khi thiếu tử số, mẫu số",
        "the mean of the shares where counts are missing"));

    private final Label label;

    ShareRule(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this rule.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  /** How a rolled-up value was obtained. */
  public enum Method {
    /** The sum of the values: counts and amounts. */
    SUM(Label.of("cộng các giá trị", "sum of the values")),
    /** Summed numerators over summed denominators: shares, exactly. */
    RATIO_OF_SUMS(Label.of("tổng tử số chia tổng mẫu số", "summed numerators over summed denominators")),
    /** The unweighted mean of the shares: not exact, only when the caller asks for it. */
    MEAN_OF_SHARES(Label.of("trung bình cộng các tỷ lệ, không chính xác", "unweighted mean of the shares, not exact"));

    private final Label label;

    Method(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this method.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  /** What a roll-up of one unit and period met with. */
  public enum Flag {
    /** Some of the units that belong to it (or the predecessors counted) have no observation. */
    INCOMPLETE(Label.of("thiếu số liệu", "incomplete")),
    /** Some shares have no numerator and denominator. */
    SHARE_WITHOUT_COUNTS(Label.of("tỷ lệ không có tử số, mẫu số", "share without numerator and denominator")),
    /** The value is the unweighted mean of the shares, not exact. */
    MEAN_OF_SHARES(Label.of("trung bình cộng các tỷ lệ", "mean of the shares")),
    /** A predecessor went only partly into the unit. */
    PARTIAL_PREDECESSOR(Label.of("đơn vị tiền thân chỉ nhập một phần", "predecessor merged only in part")),
    /** A partial predecessor was counted whole, at the caller's request. */
    PARTIAL_COUNTED_WHOLE(Label.of("tính trọn đơn vị tiền thân nhập một phần", "partial predecessor counted whole"));

    private final Label label;

    Flag(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this flag.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  /** Which way a roll-up went. */
  public enum Kind {
    /** From the units of a level to the units above them. */
    HIERARCHY(Label.of("tổng hợp lên cấp trên", "up the hierarchy")),
    /** From old units to the units that replaced them. */
    LINEAGE(Label.of("quy đổi sang đơn vị mới", "into successor units"));

    private final Label label;

    Kind(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this kind.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }

  private final UnitRegistry registry;
  private final ShareRule shareRule;
  private final boolean includeIncomplete;
  private final boolean includePartial;
  private final Optional<AdministrativeLevel> inputsMeasuredAt;

  private RollUp(UnitRegistry registry, ShareRule shareRule, boolean includeIncomplete,
      boolean includePartial, Optional<AdministrativeLevel> inputsMeasuredAt) {
    this.registry = registry;
    this.shareRule = shareRule;
    this.includeIncomplete = includeIncomplete;
    this.includePartial = includePartial;
    this.inputsMeasuredAt = inputsMeasuredAt;
  }

  /**
   * Returns a roll-up over a registry, with the defaults: shares only exactly, incomplete groups
   * and partial predecessors reported without a value, inputs measured at their units' own
   * level.
   *
   * @param registry the units, their parents and their lineage
   * @return the roll-up
   */
  public static RollUp over(UnitRegistry registry) {
    return new RollUp(Objects.requireNonNull(registry, "registry"), ShareRule.EXACT_ONLY, false, false,
        Optional.empty());
  }

  /**
   * Returns a copy with another rule for shares without counts.
   *
   * @param rule the rule
   * @return the new roll-up
   */
  public RollUp withShareRule(ShareRule rule) {
    return new RollUp(registry, Objects.requireNonNull(rule, "rule"), includeIncomplete, includePartial,
        inputsMeasuredAt);
  }

  /**
   * Returns a copy that gives incomplete groups a value from the units that have data, flagged
   * {@link Flag#INCOMPLETE} and at best an estimate.
   *
   * @param include {@code true} to include them
   * @return the new roll-up
   */
  public RollUp includingIncomplete(boolean include) {
    return new RollUp(registry, shareRule, include, includePartial, inputsMeasuredAt);
  }

  /**
   * Returns a copy that counts predecessors that went only partly into a unit as if they went
   * whole, flagged {@link Flag#PARTIAL_COUNTED_WHOLE} and at best an estimate.
   *
   * @param include {@code true} to count them whole
   * @return the new roll-up
   */
  public RollUp includingPartialPredecessors(boolean include) {
    return new RollUp(registry, shareRule, includeIncomplete, include, inputsMeasuredAt);
  }

  /**
   * Returns a copy that rolls up observations measured at a level other than their units' own,
   * such as districts' observations of commune-level work records; the result is measured at the
   * same level.
   *
   * @param level the measured level of the inputs, as in {@link Observation#measuredLevel()}
   * @return the new roll-up
   */
  public RollUp withInputsMeasuredAt(AdministrativeLevel level) {
    return new RollUp(registry, shareRule, includeIncomplete, includePartial,
        Optional.of(Objects.requireNonNull(level, "level")));
  }

  /**
   * Returns the registry the units are read from.
   *
   * @return the registry
   */
  public UnitRegistry registry() {
    return registry;
  }

  /**
   * Returns the rule for shares without counts.
   *
   * @return the rule; {@link ShareRule#EXACT_ONLY} unless set
   */
  public ShareRule shareRule() {
    return shareRule;
  }

  /**
   * Tells whether incomplete groups get a value.
   *
   * @return {@code true} if they do; {@code false} unless set
   */
  public boolean includesIncomplete() {
    return includeIncomplete;
  }

  /**
   * Tells whether partial predecessors are counted whole.
   *
   * @return {@code true} if they are; {@code false} unless set
   */
  public boolean includesPartialPredecessors() {
    return includePartial;
  }

  /**
   * Returns the measured level of the inputs.
   *
   * @return the level, or empty for the units' own level (the default)
   */
  public Optional<AdministrativeLevel> inputsMeasuredAt() {
    return inputsMeasuredAt;
  }

  /**
   * Rolls the observations of the units of one level up to the units of a higher level they
   * belong to, period by period.
   *
   * <p>An observation whose unit code names no unit of the registry on the period's end date, or
   * whose unit has no ancestor at the higher level, is left out and listed in
   * {@link Result#leftOut()}. Observations of units of other levels are not inputs.
   *
   * @param observations the observations, of any units and indicators
   * @param indicator the indicator to roll up: a share, a count or an amount
   * @param from the level of the units observed, such as {@link AdministrativeLevel#DISTRICT}
   * @param to the level to roll up to, above {@code from}
   * @return one entry per higher unit and period with data
   * @throws InvalidValueException if the indicator cannot be summed, if the observations define
   *     it differently, or if {@code to} is not above {@code from}
   */
  public Result toLevel(ObservationSet observations, Indicator indicator, AdministrativeLevel from,
      AdministrativeLevel to) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkSummable(indicator);
    if (!to.isAbove(from)) {
      throw new InvalidValueException("RollUp.to", to, "must be above the level rolled up from, "
          + from.label().en());
    }
    List<Observation> selected = select(observations, indicator);
    Map<AdministrativeUnit, TreeMap<ObservationPeriod, List<Observation>>> groups = new TreeMap<>(UNIT_ORDER);
    List<Problem> leftOut = new ArrayList<>();
    for (Observation o : selected) {
      Optional<AdministrativeUnit> unit = registry.find(o.unitCode(), o.date());
      if (unit.isEmpty()) {
        leftOut.add(Problem.of(where(o), "unit code " + o.unitCode() + " names no unit of the registry on "
            + o.date() + "; left out"));
        continue;
      }
      if (unit.get().level() != from) {
        continue;
      }
      Optional<AdministrativeUnit> parent = registry.ancestor(unit.get(), to);
      if (parent.isEmpty()) {
        leftOut.add(Problem.of(where(o), unit.get() + " has no " + to.label().en()
            + " unit above it in the registry; left out"));
        continue;
      }
      groups.computeIfAbsent(parent.get(), p -> new TreeMap<>())
          .computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
    }
    Optional<AdministrativeLevel> measured = Optional.of(inputsMeasuredAt.orElse(from));
    List<Entry> entries = new ArrayList<>();
    groups.forEach((parent, byPeriod) -> byPeriod.forEach((period, inputs) -> {
      Set<AdministrativeUnit> expected = new LinkedHashSet<>();
      collectDescendants(parent, from, period.endDate(), expected);
      for (Observation o : inputs) {
        expected.add(registry.unit(o.unitCode(), o.date()));
      }
      entries.add(entry(Kind.HIERARCHY, indicator, parent, period, inputs, expected, List.of(), measured,
          from.label()));
    }));
    return new Result(Kind.HIERARCHY, indicator, entries, leftOut);
  }

  /**
   * Restates the observations of old units for the units that replaced them, through the
   * registry's lineage, period by period.
   *
   * <p>The units restated are those of {@code level} in force on {@code on} that the registry
   * records predecessors for ({@link UnitRegistry#predecessorsOf}); a predecessor's observation
   * counts when the predecessor was in force on the observation's end date.
   *
   * @param observations the observations, of any units and indicators
   * @param indicator the indicator to restate: a share, a count or an amount
   * @param level the level of the new units, such as {@link AdministrativeLevel#PROVINCE}
   * @param on a date the new units are in force, such as 1 July 2025
   * @return one entry per new unit and period for which any predecessor has data
   * @throws InvalidValueException if the indicator cannot be summed or the observations define
   *     it differently
   */
  public Result toSuccessors(ObservationSet observations, Indicator indicator, AdministrativeLevel level,
      LocalDate on) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(on, "on");
    checkSummable(indicator);
    select(observations, indicator); // checks the indicator's definition
    List<Entry> entries = new ArrayList<>();
    for (AdministrativeUnit successor : registry.units(level, on)) {
      ImmutableList<Succession> links = registry.predecessorsOf(successor);
      if (links.isEmpty()) {
        continue;
      }
      List<AdministrativeUnit> counted = new ArrayList<>();
      List<AdministrativeUnit> partial = new ArrayList<>();
      TreeMap<ObservationPeriod, List<Observation>> byPeriod = new TreeMap<>();
      for (Succession link : links) {
        AdministrativeUnit p = link.predecessor();
        boolean whole = link.type() == SuccessionType.FULL;
        if (!whole) {
          partial.add(p);
        }
        if (whole || includePartial) {
          counted.add(p);
        }
        for (Observation o : series(observations, p.code(), indicator.code())) {
          if (p.isValidOn(o.date())) {
            List<Observation> list = byPeriod.computeIfAbsent(o.period(), k -> new ArrayList<>());
            if (whole || includePartial) {
              list.add(o);
            }
          }
        }
      }
      Optional<AdministrativeLevel> measured = inputsMeasuredAt.isPresent() ? inputsMeasuredAt
          : links.stream().map(s -> s.predecessor().level()).filter(l -> l != successor.level()).findFirst();
      Label levelLabel = Label.of("tiền thân", "predecessor");
      byPeriod.forEach((period, inputs) -> entries.add(entry(Kind.LINEAGE, indicator, successor, period, inputs,
          new LinkedHashSet<>(counted), partial, measured, levelLabel)));
    }
    return new Result(Kind.LINEAGE, indicator, entries, List.of());
  }

  private ImmutableList<Observation> series(ObservationSet observations, String unitCode, String indicatorCode) {
    return inputsMeasuredAt.isPresent()
        ? observations.series(unitCode, indicatorCode, inputsMeasuredAt.get())
        : observations.series(unitCode, indicatorCode);
  }

  private void collectDescendants(AdministrativeUnit unit, AdministrativeLevel level, LocalDate date,
      Set<AdministrativeUnit> out) {
    for (AdministrativeUnit child : registry.children(unit)) {
      if (!child.isValidOn(date)) {
        continue;
      }
      if (child.level() == level) {
        out.add(child);
      } else if (child.level().isAbove(level)) {
        collectDescendants(child, level, date, out);
      }
    }
  }

  private List<Observation> select(ObservationSet observations, Indicator indicator) {
    List<Observation> selected = observations.stream()
        .filter(o -> o.indicator().code().equals(indicator.code()))
        .filter(o -> o.measuredLevel().equals(inputsMeasuredAt))
        .collect(Collectors.toList());
    observations.stream().filter(o -> o.indicator().code().equals(indicator.code())).findFirst()
        .ifPresent(o -> {
          if (!o.indicator().equals(indicator)) {
            throw new InvalidValueException("RollUp.indicator", indicator.code(),
                "the observations define it differently: " + o.indicator() + ", not " + indicator);
          }
        });
    return selected;
  }

  private static void checkSummable(Indicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    MeasureKind kind = indicator.measure().kind();
    String refusal = null;
    switch (kind) {
      case PERCENT:
      case COUNT:
        break;
      case AMOUNT:
        if (indicator.measure().unit().contains("/")) {
          refusal = "an amount per something (" + indicator.measure().unit()
              + ") is a ratio and cannot be summed";
        }
        break;
      default:
        refusal = "a measure of kind " + kind.label().en() + " cannot be summed";
    }
    if (refusal != null) {
      throw new InvalidValueException("RollUp.indicator", indicator.code(), refusal + "; indicator "
          + indicator.code() + " measures " + indicator.measure()
          + "; only shares with numerator and denominator, counts and amounts roll up");
    }
  }

  private static String where(Observation o) {
    return "observation (unit " + o.unitCode() + ", " + o.indicator().code()
        + o.measuredLevel().map(l -> " at " + l.label().en()).orElse("") + ", " + o.period() + ")";
  }

  private Entry entry(Kind kind, Indicator indicator, AdministrativeUnit unit, ObservationPeriod period,
      List<Observation> inputList, Set<AdministrativeUnit> expectedSet, List<AdministrativeUnit> partialList,
      Optional<AdministrativeLevel> measured, Label unitsLabel) {
    List<Observation> inputs = new ArrayList<>(inputList);
    inputs.sort(Comparator.comparing(Observation::unitCode));
    List<AdministrativeUnit> expected = new ArrayList<>(expectedSet);
    expected.sort(UNIT_ORDER);
    Set<String> withData = inputs.stream().map(Observation::unitCode).collect(Collectors.toSet());
    List<AdministrativeUnit> missing = expected.stream().filter(u -> !withData.contains(u.code()))
        .collect(Collectors.toList());
    List<AdministrativeUnit> partial = new ArrayList<>(partialList);
    partial.sort(UNIT_ORDER);
    List<String> withoutCounts = inputs.stream().filter(o -> o.numerator().isEmpty())
        .map(Observation::unitCode).collect(Collectors.toList());

    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    boolean blocked = false;
    if (!missing.isEmpty()) {
      flags.add(Flag.INCOMPLETE);
      blocked |= !includeIncomplete;
    }
    if (!partial.isEmpty()) {
      flags.add(Flag.PARTIAL_PREDECESSOR);
      if (includePartial) {
        flags.add(Flag.PARTIAL_COUNTED_WHOLE);
      } else {
        blocked = true;
      }
    }
    Optional<Method> method;
    boolean share = indicator.measure().kind() == MeasureKind.PERCENT;
    if (!share) {
      method = Optional.of(Method.SUM);
      withoutCounts = List.of();
    } else if (withoutCounts.isEmpty()) {
      method = Optional.of(Method.RATIO_OF_SUMS);
    } else {
      flags.add(Flag.SHARE_WITHOUT_COUNTS);
      if (shareRule == ShareRule.MEAN_WHEN_COUNTS_MISSING) {
        method = Optional.of(Method.MEAN_OF_SHARES);
        flags.add(Flag.MEAN_OF_SHARES);
      } else {
        method = Optional.empty();
        blocked = true;
      }
    }
    if (inputs.isEmpty()) {
      blocked = true;
    }
    String sourceVi;
    String sourceEn;
    int covered = expected.size() - missing.size();
    if (kind == Kind.HIERARCHY) {
      sourceVi = "tổng hợp từ " + covered + "/" + expected.size() + " đơn vị " + unitsLabel.vi();
      sourceEn = "rolled up from " + covered + " of " + expected.size() + " "
          + unitsLabel.en().replace(" level", "-level") + " units";
    } else {
      sourceVi = "quy đổi sang " + unit.fullName() + " (" + unit.code() + ") từ " + covered + "/"
          + expected.size() + " đơn vị tiền thân";
      sourceEn = "restated for " + unit.fullName() + " (" + unit.code() + ") from " + covered + " of "
          + expected.size() + " predecessor units";
    }
    Optional<Observation> observation = Optional.empty();
    if (!blocked) {
      Method m = method.orElseThrow();
      sourceVi += " (" + m.label().vi() + ")";
      sourceEn += " (" + m.label().en() + ")";
      Observation.Builder b = Observation.builder().unitCode(unit.code()).indicator(indicator).period(period)
          .status(status(inputs, flags.isEmpty())).source("cds: " + sourceVi + " / " + sourceEn);
      measured.ifPresent(b::measuredLevel);
      double value;
      if (m == Method.RATIO_OF_SUMS) {
        double num = 0;
        double den = 0;
        for (Observation o : inputs) {
          num += o.numerator().getAsDouble();
          den += o.denominator().getAsDouble();
        }
        checkFinite(unit, period, num);
        checkFinite(unit, period, den);
        value = 100 * num / den;
        b.numerator(num).denominator(den);
      } else if (m == Method.MEAN_OF_SHARES) {
        double sum = 0;
        for (Observation o : inputs) {
          sum += o.value();
        }
        value = Math.min(100, sum / inputs.size());
      } else {
        double sum = 0;
        for (Observation o : inputs) {
          sum += o.value();
        }
        checkFinite(unit, period, sum);
        value = sum;
      }
      observation = Optional.of(b.value(value).build());
    }
    Label explanation = explain(unit, period, observation.isPresent(), sourceVi, sourceEn, flags, missing,
        partial, withoutCounts);
    return new Entry(kind, unit, period, observation, method, inputs, expected, missing, partial, withoutCounts,
        flags, explanation);
  }

  private static void checkFinite(AdministrativeUnit unit, ObservationPeriod period, double sum) {
    if (!Double.isFinite(sum)) {
      throw new InvalidValueException("RollUp.sum (unit " + unit.code() + ", " + period + ")", sum,
          "the sum of the inputs overflows");
    }
  }

  private static ObservationStatus status(List<Observation> inputs, boolean exact) {
    ObservationStatus weakest = exact ? ObservationStatus.FINAL : ObservationStatus.ESTIMATE;
    for (Observation o : inputs) {
      if (weakness(o.status()) > weakness(weakest)) {
        weakest = o.status();
      }
    }
    return weakest;
  }

  private static int weakness(ObservationStatus status) {
    switch (status) {
      case FINAL:
        return 0;
      case PROVISIONAL:
        return 1;
      case ESTIMATE:
        return 2;
      case ILLUSTRATIVE:
        return 3;
      default:
        throw new AssertionError(status);
    }
  }

  private static Label explain(AdministrativeUnit unit, ObservationPeriod period, boolean rolled, String sourceVi,
      String sourceEn, Set<Flag> flags, List<AdministrativeUnit> missing, List<AdministrativeUnit> partial,
      List<String> withoutCounts) {
    StringBuilder vi = new StringBuilder(unit.fullName() + " (" + unit.code() + "), " + period + ": ");
    StringBuilder en = new StringBuilder(unit.fullName() + " (" + unit.code() + "), " + period + ": ");
    if (!rolled) {
      vi.append("không tổng hợp được; ");
      en.append("not rolled up; ");
    }
    vi.append(sourceVi);
    en.append(sourceEn);
    if (flags.contains(Flag.INCOMPLETE)) {
      vi.append("; thiếu số liệu của ").append(names(missing));
      en.append("; no data for ").append(names(missing));
    }
    if (flags.contains(Flag.SHARE_WITHOUT_COUNTS)) {
      vi.append("; tỷ lệ không có tử số và mẫu số: ").append(String.join(", ", withoutCounts));
      en.append("; shares without numerator and denominator: ").append(String.join(", ", withoutCounts));
    }
    if (flags.contains(Flag.PARTIAL_PREDECESSOR)) {
      if (flags.contains(Flag.PARTIAL_COUNTED_WHOLE)) {
        vi.append("; tính trọn đơn vị chỉ nhập một phần: ").append(names(partial));
        en.append("; counted whole although only partly merged: ").append(names(partial));
      } else {
        vi.append("; không tách được số liệu của đơn vị chỉ nhập một phần: ").append(names(partial));
        en.append("; figures of units merged only in part cannot be split: ").append(names(partial));
      }
    }
    return Label.of(vi.toString(), en.toString());
  }

  private static String names(List<AdministrativeUnit> units) {
    return units.stream().map(u -> u.fullName() + " (" + u.code() + ")").collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "RollUp{" + registry + ", " + shareRule + (includeIncomplete ? ", including incomplete" : "")
        + (includePartial ? ", partial predecessors counted whole" : "")
        + inputsMeasuredAt.map(l -> ", inputs measured at " + l.label().en()).orElse("") + "}";
  }

  /**
   * The roll-up of one unit for one period: its value where it could be rolled up, the inputs,
   * the units expected and missing, and why.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Entry {
    private final Kind kind;
    private final AdministrativeUnit unit;
    private final ObservationPeriod period;
    private final Optional<Observation> observation;
    private final Optional<Method> method;
    private final ImmutableList<Observation> inputs;
    private final ImmutableList<AdministrativeUnit> expected;
    private final ImmutableList<AdministrativeUnit> missing;
    private final ImmutableList<AdministrativeUnit> partial;
    private final ImmutableList<String> withoutCounts;
    private final ImmutableSet<Flag> flags;
    private final Label explanation;

    private Entry(Kind kind, AdministrativeUnit unit, ObservationPeriod period, Optional<Observation> observation,
        Optional<Method> method, List<Observation> inputs, List<AdministrativeUnit> expected,
        List<AdministrativeUnit> missing, List<AdministrativeUnit> partial, List<String> withoutCounts,
        Set<Flag> flags, Label explanation) {
      this.kind = kind;
      this.unit = unit;
      this.period = period;
      this.observation = observation;
      this.method = method;
      this.inputs = ImmutableList.copyOf(inputs);
      this.expected = ImmutableList.copyOf(expected);
      this.missing = ImmutableList.copyOf(missing);
      this.partial = ImmutableList.copyOf(partial);
      this.withoutCounts = ImmutableList.copyOf(withoutCounts);
      this.flags = Sets.immutableEnumSet(flags);
      this.explanation = explanation;
    }

    /**
     * Returns which way the roll-up went.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the unit rolled up to: the higher unit, or the new unit.
     *
     * @return the unit
     */
    public AdministrativeUnit unit() {
      return unit;
    }

    /**
     * Returns the period.
     *
     * @return the period
     */
    public ObservationPeriod period() {
      return period;
    }

    /**
     * Returns the rolled-up observation.
     *
     * @return the observation, or empty where the unit and period could not be rolled up
     */
    public Optional<Observation> observation() {
      return observation;
    }

    /**
     * Returns the rolled-up value.
     *
     * @return the value, or empty where the unit and period could not be rolled up
     */
    public OptionalDouble value() {
      return observation.map(o -> OptionalDouble.of(o.value())).orElse(OptionalDouble.empty());
    }

    /**
     * Tells whether the unit and period got a value.
     *
     * @return {@code true} if {@link #observation()} is present
     */
    public boolean isRolledUp() {
      return observation.isPresent();
    }

    /**
     * Tells whether the value is exact: complete, from counts, no partial predecessor.
     *
     * @return {@code true} if there is a value and no flag
     */
    public boolean isExact() {
      return observation.isPresent() && flags.isEmpty();
    }

    /**
     * Returns how the value was, or would be, obtained.
     *
     * @return the method, or empty for shares that lack counts under {@link ShareRule#EXACT_ONLY}
     */
    public Optional<Method> method() {
      return method;
    }

    /**
     * Returns the observations rolled up, by unit code.
     *
     * @return the inputs, at least one unless only partial predecessors have data
     */
    public ImmutableList<Observation> inputs() {
      return inputs;
    }

    /**
     * Returns the units whose observations a complete roll-up needs: the units of the lower
     * level that belong to the unit on the period's end date, or the predecessors counted.
     *
     * @return the units, by level and code
     */
    public ImmutableList<AdministrativeUnit> expected() {
      return expected;
    }

    /**
     * Returns the expected units without an observation for the period.
     *
     * @return the units, by level and code; empty when complete
     */
    public ImmutableList<AdministrativeUnit> missing() {
      return missing;
    }

    /**
     * Returns the predecessors that went only partly into the unit.
     *
     * @return the units, by level and code; empty up the hierarchy
     */
    public ImmutableList<AdministrativeUnit> partialPredecessors() {
      return partial;
    }

    /**
     * Returns the codes of the units whose share was observed without numerator and denominator.
     *
     * @return the codes, sorted; empty for counts and amounts
     */
    public ImmutableList<String> sharesWithoutCounts() {
      return withoutCounts;
    }

    /**
     * Returns what the roll-up met with.
     *
     * @return the flags, in declaration order; empty for an exact value
     */
    public ImmutableSet<Flag> flags() {
      return flags;
    }

    /**
     * Returns the number of expected units with an observation for the period.
     *
     * @return the number covered
     */
    public int covered() {
      return expected.size() - missing.size();
    }

    /**
     * Returns the share of expected units with an observation for the period.
     *
     * @return {@link #covered()} over the number expected, in [0, 1]; 0 when no unit is expected
     *     (only partial predecessors)
     */
    public double coverage() {
      return expected.isEmpty() ? 0 : (double) covered() / expected.size();
    }

    /**
     * Tells whether every expected unit has an observation for the period.
     *
     * @return {@code true} if none is missing and at least one is expected
     */
    public boolean isComplete() {
      return missing.isEmpty() && !expected.isEmpty();
    }

    /**
     * Explains the roll-up in one sentence: the unit, period, number of units, method, and what
     * was missing or partial.
     *
     * @return the explanation in Vietnamese and English
     */
    public Label explanation() {
      return explanation;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && kind == e.kind && unit.equals(e.unit) && period.equals(e.period)
          && observation.equals(e.observation) && method.equals(e.method) && inputs.equals(e.inputs)
          && expected.equals(e.expected) && missing.equals(e.missing) && partial.equals(e.partial)
          && withoutCounts.equals(e.withoutCounts) && flags.equals(e.flags) && explanation.equals(e.explanation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, unit, period, observation, inputs, flags);
    }

    @Override
    public String toString() {
      return "RollUp.Entry{" + explanation.en() + (observation.isPresent()
          ? " = " + Label.number(observation.get().value()).en() : "") + "}";
    }
  }

  /**
   * The outcome of a roll-up: one entry per unit and period, the observations rolled up, and the
   * inputs left out.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Result {
    private final Kind kind;
    private final Indicator indicator;
    private final ImmutableList<Entry> entries;
    private final ObservationSet observations;
    private final ImmutableList<Problem> leftOut;

    private Result(Kind kind, Indicator indicator, List<Entry> entries, List<Problem> leftOut) {
      this.kind = kind;
      this.indicator = indicator;
      this.entries = ImmutableList.copyOf(entries);
      this.observations = ObservationSet.of(entries.stream().flatMap(e -> e.observation().stream())
          .collect(Collectors.toList()));
      this.leftOut = ImmutableList.sortedCopyOf(Comparator.comparing(Problem::location)
          .thenComparing(Problem::message), leftOut);
    }

    /**
     * Returns which way the roll-up went.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the indicator rolled up.
     *
     * @return the indicator
     */
    public Indicator indicator() {
      return indicator;
    }

    /**
     * Returns every unit and period, rolled up or not, by unit (level, code) then period.
     *
     * @return the entries
     */
    public ImmutableList<Entry> entries() {
      return entries;
    }

    /**
     * Returns the entries that got a value.
     *
     * @return the entries rolled up, in entry order
     */
    public ImmutableList<Entry> rolledUp() {
      return entries.stream().filter(Entry::isRolledUp).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the entries that could not be rolled up: incomplete, shares without counts or
     * partial predecessors, unless the roll-up was told to include them.
     *
     * @return the entries without a value, in entry order
     */
    public ImmutableList<Entry> notRolledUp() {
      return entries.stream().filter(e -> !e.isRolledUp()).collect(ImmutableList.toImmutableList());
    }

    /**
     * Finds the entry of a unit and period.
     *
     * @param unitCode the code of the unit rolled up to
     * @param period the period
     * @return the entry, or empty if there is none
     */
    public Optional<Entry> entry(String unitCode, ObservationPeriod period) {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(period, "period");
      return entries.stream().filter(e -> e.unit().code().equals(unitCode) && e.period().equals(period))
          .findFirst();
    }

    /**
     * Returns the observations rolled up, as a set of their own. Restated observations of new
     * units carry the new units' codes on old periods: keep them apart from the old units'
     * observations.
     *
     * @return the observations
     */
    public ObservationSet observations() {
      return observations;
    }

    /**
     * Returns the observations that could not be placed: a unit code that names no unit of the
     * registry on the observation's date, or a unit with no ancestor at the level rolled up to.
     *
     * @return the problems, by location
     */
    public ImmutableList<Problem> leftOut() {
      return leftOut;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Result r && kind == r.kind && indicator.equals(r.indicator) && entries.equals(r.entries)
          && leftOut.equals(r.leftOut);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, indicator, entries, leftOut);
    }

    @Override
    public String toString() {
      return "RollUp.Result{" + kind.label().en() + ", " + indicator.code() + ", " + entries.size() + " entries, "
          + rolledUp().size() + " rolled up}";
    }
  }
}
