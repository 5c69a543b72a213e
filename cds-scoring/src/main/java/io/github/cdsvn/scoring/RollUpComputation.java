package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.RollUp.Entry;
import io.github.cdsvn.scoring.RollUp.Flag;
import io.github.cdsvn.scoring.RollUp.Kind;
import io.github.cdsvn.scoring.RollUp.Method;
import io.github.cdsvn.scoring.RollUp.Result;
import io.github.cdsvn.scoring.RollUp.ShareRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One roll-up with the settings of a {@link RollUp}: groups the observations by the unit they
 * roll up to and by period, checks each group's completeness, sums it and explains it.
 */
final class RollUpComputation {
  private static final Comparator<AdministrativeUnit> UNIT_ORDER = Comparator
      .comparing(AdministrativeUnit::level)
      .thenComparing(AdministrativeUnit::code)
      .thenComparing(u -> u.validity().from().orElse(LocalDate.MIN));
  private static final Comparator<InvalidDataException.Problem> PROBLEM_ORDER = Comparator.comparing(InvalidDataException.Problem::location)
      .thenComparing(InvalidDataException.Problem::message);

  private final UnitRegistry registry;
  private final ShareRule shareRule;
  private final boolean includeIncomplete;
  private final boolean includePartial;
  private final Optional<AdministrativeLevel> inputsMeasuredAt;

  RollUpComputation(RollUp settings) {
    this.registry = settings.registry();
    this.shareRule = settings.shareRule();
    this.includeIncomplete = settings.includesIncomplete();
    this.includePartial = settings.includesPartialPredecessors();
    this.inputsMeasuredAt = settings.inputsMeasuredAt();
  }

  private static Result result(Kind kind, Indicator indicator, List<Entry> entries, List<InvalidDataException.Problem> leftOut) {
    return ImmutableRollUp.Result.builder().kind(kind).indicator(indicator).entries(entries)
        .leftOut(ImmutableList.sortedCopyOf(PROBLEM_ORDER, leftOut)).build();
  }

  /** As {@link RollUp#toLevel}. */
  Result toLevel(ObservationSet observations, Indicator indicator, AdministrativeLevel from,
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
    List<InvalidDataException.Problem> leftOut = new ArrayList<>();
    for (Observation o : selected) {
      Optional<AdministrativeUnit> unit = registry.find(o.unitCode(), o.date());
      if (unit.isEmpty()) {
        leftOut.add(InvalidDataException.Problem.of(where(o), "unit code " + o.unitCode() + " names no unit of the registry on "
            + o.date() + "; left out"));
        continue;
      }
      if (unit.get().level() != from) {
        continue;
      }
      Optional<AdministrativeUnit> parent = registry.ancestor(unit.get(), to);
      if (parent.isEmpty()) {
        leftOut.add(InvalidDataException.Problem.of(where(o), unit.get() + " has no " + to.label().en()
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
    return result(Kind.HIERARCHY, indicator, entries, leftOut);
  }

  /** As {@link RollUp#toSuccessors}. */
  Result toSuccessors(ObservationSet observations, Indicator indicator, AdministrativeLevel level,
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
        boolean whole = link.type() == Succession.Type.FULL;
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
    return result(Kind.LINEAGE, indicator, entries, List.of());
  }

  private ObservationSet.Series series(ObservationSet observations, String unitCode, String indicatorCode) {
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
    Measure.Kind kind = indicator.measure().kind();
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
    boolean share = indicator.measure().kind() == Measure.Kind.PERCENT;
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
    return ImmutableRollUp.Entry.builder().kind(kind).unit(unit).period(period).observation(observation)
        .method(method).inputs(inputs).expected(expected).missing(missing).partialPredecessors(partial)
        .sharesWithoutCounts(withoutCounts).flags(flags).explanation(explanation).build();
  }

  private static void checkFinite(AdministrativeUnit unit, ObservationPeriod period, double sum) {
    if (!Double.isFinite(sum)) {
      throw new InvalidValueException("RollUp.sum (unit " + unit.code() + ", " + period + ")", sum,
          "the sum of the inputs overflows");
    }
  }

  private static Observation.Status status(List<Observation> inputs, boolean exact) {
    Observation.Status weakest = exact ? Observation.Status.FINAL : Observation.Status.ESTIMATE;
    for (Observation o : inputs) {
      if (weakness(o.status()) > weakness(weakest)) {
        weakest = o.status();
      }
    }
    return weakest;
  }

  private static int weakness(Observation.Status status) {
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
}
