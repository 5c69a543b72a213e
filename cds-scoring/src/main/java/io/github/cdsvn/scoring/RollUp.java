package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Rolls observations of one indicator up exactly: from the units of a lower level to the units
 * above them ({@link #toLevel}), and from old units into the units that replaced them
 * ({@link #toSuccessors}).
 *
 * <p>A share (a percent indicator) rolls up as its summed numerators over its summed
 * denominators, a count or an amount by summing; no other measure rolls up, and percentages are
 * never averaged unless the caller asks for it ({@link ShareRule}). A unit and period whose data
 * are incomplete, whose shares lack their counts, or that takes a predecessor only in part is
 * reported without a value unless the caller opts in, and the value is then flagged
 * ({@link Flag}) and at best an estimate. Every {@link Entry} says in one sentence what it was
 * made from; the rules are detailed on the two methods and in {@code docs/analyses.md}.
 *
 * <p>Results are ordered by unit (level, code) and period, sums are taken in unit-code order, and
 * the order of the input changes nothing. Immutable and thread-safe.
 *
 * <pre>{@code
 * RollUp.Result r = RollUp.over(registry).toLevel(observations, workRecords,
 *     AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE);
 * r.entries().forEach(e -> System.out.println(e.explanation().en()));
 * }</pre>
 */
@Value.Enclosing
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public final class RollUp {
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

    /** {@return the name, in Vietnamese and English} */
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

    /** {@return the name, in Vietnamese and English} */
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

    /** {@return the name, in Vietnamese and English} */
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

    /** {@return the name, in Vietnamese and English} */
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

  /** {@return the registry the units are read from} */
  public UnitRegistry registry() {
    return registry;
  }

  /** {@return the rule for shares without counts; {@link ShareRule#EXACT_ONLY} unless set} */
  public ShareRule shareRule() {
    return shareRule;
  }

  /** {@return whether incomplete groups get a value; {@code false} unless set} */
  public boolean includesIncomplete() {
    return includeIncomplete;
  }

  /** {@return whether partial predecessors are counted whole; {@code false} unless set} */
  public boolean includesPartialPredecessors() {
    return includePartial;
  }

  /** {@return the measured level of the inputs, or empty for the units' own level (the default)} */
  public Optional<AdministrativeLevel> inputsMeasuredAt() {
    return inputsMeasuredAt;
  }

  /**
   * Rolls the observations of the units of one level up to the units of a higher level they
   * belong to (through the registry's parents), period by period. Each entry's observation is
   * measured at the lower level, so that district-level work records of a province are not
   * confused with its own; an entry is complete when every lower unit in force on the period's
   * end date has an observation for that period, as {@code docs/analyses.md} details.
   * Observations whose unit the registry does not know on their date, or that has no ancestor at
   * the higher level, are listed in {@link Result#leftOut()}; units of other levels are ignored.
   *
   * @param observations the observations, of any units and indicators
   * @param indicator the indicator to roll up: a share, a count or an amount
   * @param from the level of the units observed, such as {@link AdministrativeLevel#DISTRICT}
   * @param to the level to roll up to, above {@code from}
   * @return one entry per higher unit and period with data
   * @throws InvalidValueException if the indicator cannot be summed (a rank, an index, an
   *     ordinal, a milestone, a rate, an amount per something), if the observations define it
   *     differently, or if {@code to} is not above {@code from}
   */
  public Result toLevel(ObservationSet observations, Indicator indicator, AdministrativeLevel from,
      AdministrativeLevel to) {
    return new RollUpComputation(this).toLevel(observations, indicator, from, to);
  }

  /**
   * Restates the observations of old units for the units of {@code level} in force on {@code on}
   * that the registry records predecessors for ({@link UnitRegistry#predecessorsOf}), period by
   * period: Bắc Giang and the old Bắc Ninh into the new Bắc Ninh on 1 July 2025, say. A
   * predecessor's observation counts when the predecessor was in force on its end date; a
   * predecessor that went only in part into the unit cannot be split
   * ({@link Flag#PARTIAL_PREDECESSOR}), as {@code docs/analyses.md} details. Restated
   * observations carry the new units' codes on old periods: keep them apart
   * ({@link Result#observations()}).
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
    return new RollUpComputation(this).toSuccessors(observations, indicator, level, on);
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
   * <p>Two entries are equal when every part is. Immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Entry {
    Entry() {}

    /** {@return which way the roll-up went} */
    public abstract Kind kind();

    /** {@return the unit rolled up to: the higher unit, or the new unit} */
    public abstract AdministrativeUnit unit();

    /** {@return the period} */
    public abstract ObservationPeriod period();

    /**
     * {@return the rolled-up observation, or empty where the unit and period could not be rolled up}
     * It has the weakest status of its inputs (final, then provisional, then estimate, then
     * illustrative), and at best {@link Observation.Status#ESTIMATE} when it is not exact; its
     * source names the roll-up, the number of units and the method, in Vietnamese and English.
     */
    public abstract Optional<Observation> observation();

    /** {@return the rolled-up value, or empty where the unit and period could not be rolled up} */
    public OptionalDouble value() {
      return observation().map(o -> OptionalDouble.of(o.value())).orElse(OptionalDouble.empty());
    }

    /** {@return whether the unit and period got a value: {@link #observation()} is present} */
    public boolean isRolledUp() {
      return observation().isPresent();
    }

    /** {@return whether the value is exact: there is a value and no flag} */
    public boolean isExact() {
      return observation().isPresent() && flags().isEmpty();
    }

    /**
     * {@return how the value was, or would be, obtained; empty for shares that lack counts under
     * {@link ShareRule#EXACT_ONLY}}
     */
    public abstract Optional<Method> method();

    /**
     * {@return the observations rolled up, by unit code: at least one unless only partial
     * predecessors have data}
     */
    public abstract ImmutableList<Observation> inputs();

    /**
     * {@return the units whose observations a complete roll-up needs, by level and code: the units
     * of the lower level that belong to the unit on the period's end date, or the predecessors
     * counted}
     */
    public abstract ImmutableList<AdministrativeUnit> expected();

    /** {@return the expected units without an observation for the period, by level and code} */
    public abstract ImmutableList<AdministrativeUnit> missing();

    /**
     * {@return the predecessors that went only partly into the unit, by level and code; none up
     * the hierarchy}
     */
    public abstract ImmutableList<AdministrativeUnit> partialPredecessors();

    /**
     * {@return the sorted codes of the units whose share was observed without numerator and
     * denominator; none for counts and amounts}
     */
    public abstract ImmutableList<String> sharesWithoutCounts();

    /** {@return what the roll-up met with, in declaration order; none for an exact value} */
    public abstract ImmutableSet<Flag> flags();

    /** {@return the number of expected units with an observation for the period} */
    public int covered() {
      return expected().size() - missing().size();
    }

    /**
     * {@return the share of expected units with an observation for the period, in [0, 1]; 0
     * when no unit is expected (only partial predecessors)}
     */
    public double coverage() {
      return expected().isEmpty() ? 0 : (double) covered() / expected().size();
    }

    /** {@return whether every expected unit, and at least one, has an observation for the period} */
    public boolean isComplete() {
      return missing().isEmpty() && !expected().isEmpty();
    }

    /**
     * {@return the roll-up in one sentence, in Vietnamese and English: the unit, period, number of
     * units, method, and what was missing or partial}
     */
    public abstract Label explanation();

    @Override
    public String toString() {
      return "RollUp.Entry{" + explanation().en() + (observation().isPresent()
          ? " = " + Label.number(observation().get().value()).en() : "") + "}";
    }
  }

  /**
   * The outcome of a roll-up: one entry per unit and period, the observations rolled up, and the
   * inputs left out.
   *
   * <p>Two results are equal when their kinds, indicators, entries and inputs left out are.
   * Immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  public abstract static class Result {
    Result() {}

    /** {@return which way the roll-up went} */
    public abstract Kind kind();

    /** {@return the indicator rolled up} */
    public abstract Indicator indicator();

    /** {@return every unit and period, rolled up or not, by unit (level, code) then period} */
    public abstract ImmutableList<Entry> entries();

    /** {@return the entries that got a value, in entry order} */
    public ImmutableList<Entry> rolledUp() {
      return entries().stream().filter(Entry::isRolledUp).collect(ImmutableList.toImmutableList());
    }

    /**
     * {@return the entries without a value, in entry order: incomplete, shares without counts or
     * partial predecessors, unless the roll-up was told to include them}
     */
    public ImmutableList<Entry> notRolledUp() {
      return entries().stream().filter(e -> !e.isRolledUp()).collect(ImmutableList.toImmutableList());
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
      return entries().stream().filter(e -> e.unit().code().equals(unitCode) && e.period().equals(period))
          .findFirst();
    }

    /**
     * {@return the observations rolled up, as a set of their own}
     * Restated observations of new units carry the new units' codes on old periods (the new Bắc
     * Ninh, 24, for 2024, which a set reads on 31 December 2024 as Bắc Giang): keep them apart from
     * the old units' observations.
     */
    @Value.Derived
    @Value.Auxiliary
    public ObservationSet observations() {
      return ObservationSet.of(entries().stream().flatMap(e -> e.observation().stream()).toList());
    }

    /**
     * {@return the observations that could not be placed, by location then message: a unit code
     * that names no unit of the registry on the observation's date, or a unit with no ancestor at
     * the level rolled up to}
     */
    public abstract ImmutableList<InvalidDataException.Problem> leftOut();

    @Override
    public String toString() {
      return "RollUp.Result{" + kind().label().en() + ", " + indicator().code() + ", " + entries().size()
          + " entries, " + rolledUp().size() + " rolled up}";
    }
  }
}
