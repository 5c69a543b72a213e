package io.github.cdsvn.core.interchange;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of plans and observation sets, over every kind of bound and measure. */
final class Generators {
  /** The standard indicators, and one of each measure kind the standard catalogue lacks. */
  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builder()
      .addAll(IndicatorCatalogue.standard().indicators())
      .add(Indicator.builder().code("dti.score").label(Label.of("Chỉ số DTI", "DTI score"))
          .measure(Measure.index(0, 1)).direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.OVERALL).build())
      .add(Indicator.builder().code("econ.grdp.growth").label(Label.of("Tăng trưởng GRDP", "GRDP growth"))
          .measure(Measure.ratePerYear()).direction(Direction.HIGHER_IS_BETTER).pillar(Pillar.DIGITAL_ECONOMY).build())
      .add(Indicator.builder().code("tourism.e-tickets").label(Label.of("Vé điện tử", "E-tickets"))
          .measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER)
          .pillar(Pillar.of("tourism", "Du lịch số", "Digital tourism")).build())
      .add(Indicator.builder().code("gov.index.scaled").label(Label.of("Chỉ số âm", "Signed index"))
          .measure(Measure.index(-5.5, 12.25)).direction(Direction.LOWER_IS_BETTER).pillar(Pillar.AWARENESS).build())
      .build();
  static final UnitRegistry REGISTRY = UnitRegistry.standard();

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
      + "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐƯƠ";
  private static final String OTHERS = "0123456789 ,.;:\"'()/-&%#\n\t";
  private static final List<Indicator> INDICATORS = CATALOGUE.indicators();
  private static final List<AdministrativeUnit> UNITS = REGISTRY.units();

  private Generators() {}

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static double between(RandomnessSource in, double min, double max) {
    return doubles().between(min, max).generate(in);
  }

  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  static <T> T pick(RandomnessSource in, List<T> list) {
    return list.get(between(in, 0, list.size() - 1));
  }

  /** Text that is not blank, with Vietnamese letters, separators, quotes and line breaks. */
  static String text(RandomnessSource in) {
    int n = between(in, 1, 30);
    StringBuilder sb = new StringBuilder();
    sb.append(LETTERS.charAt(between(in, 0, LETTERS.length() - 1)));
    for (int i = 1; i < n; i++) {
      String pool = chance(in, 70) ? LETTERS : OTHERS;
      sb.append(pool.charAt(between(in, 0, pool.length() - 1)));
    }
    return sb.toString();
  }

  static String code(RandomnessSource in) {
    return "x" + between(in, 0, 999) + (chance(in, 50) ? "." + "abc-def".substring(0, between(in, 1, 3)) : "");
  }

  /** A value valid for a measure, sometimes one of its ends. */
  static double value(RandomnessSource in, Measure m) {
    switch (m.kind()) {
      case PERCENT:
        return chance(in, 10) ? pick(in, List.of(0.0, 100.0)) : between(in, 0.0, 100.0);
      case COUNT:
        return chance(in, 50) ? between(in, 0, 1_000_000) : between(in, 0.0, 1e12);
      case AMOUNT:
        return between(in, 0.0, 1e7);
      case RATE_PER_YEAR:
        return between(in, -99.99, 500.0);
      case INDEX:
        return between(in, m.min(), m.max());
      case RANK:
        return between(in, 1, 63);
      case YES_NO:
        return between(in, 0, 1);
      case ORDINAL:
        return between(in, 0, m.categories().size() - 1);
      default:
        throw new AssertionError(m);
    }
  }

  private static Bound bound(RandomnessSource in, Measure m, boolean baseline) {
    List<String> kinds = new ArrayList<>();
    switch (m.kind()) {
      case RANK -> kinds.addAll(List.of("top", "maintain"));
      case YES_NO -> kinds.add("milestone");
      case ORDINAL -> kinds.addAll(List.of("ordinal", "maintain"));
      default -> {
        kinds.addAll(List.of("atLeast", "atMost", "moreThan", "lessThan", "approximately", "maintain"));
        if (m.kind() != Measure.Kind.RATE_PER_YEAR) {
          kinds.addAll(List.of("relative", "growth"));
        }
      }
    }
    if (!baseline) {
      kinds.removeAll(List.of("maintain", "relative"));
    }
    switch (pick(in, kinds)) {
      case "top": {
        int of = between(in, 1, 100);
        return Bound.topRank(between(in, 1, of), of);
      }
      case "maintain":
        return Bound.maintain();
      case "milestone":
        return Bound.milestone();
      case "ordinal":
        return Bound.ordinalAtLeast(pick(in, m.categories()).code());
      case "atLeast":
        return Bound.atLeast(value(in, m));
      case "atMost":
        return Bound.atMost(value(in, m));
      case "moreThan": {
        double v = value(in, m);
        return Bound.moreThan(v >= m.max() ? m.max() / 2 : v);
      }
      case "lessThan": {
        double v = value(in, m);
        return Bound.lessThan(v <= m.min() ? (m.max() > 1e6 ? 1 : m.max()) : v);
      }
      case "approximately":
        return Bound.approximately(value(in, m), between(in, 0.0, 5.0));
      case "relative":
        return Bound.relativeChange(-between(in, 0.5, 99.5));
      case "growth":
        return Bound.growthPerYear(between(in, -99.0, 50.0), booleans().all().generate(in));
      default:
        throw new AssertionError();
    }
  }

  private static Document document(RandomnessSource in) {
    Document.Builder b = Document.builder().kind(pick(in, List.of(Document.Kind.values())))
        .issuer(text(in)).title(text(in));
    if (chance(in, 70)) {
      b.number(between(in, 1, 9999) + "/KH-UBND");
    }
    if (chance(in, 70)) {
      b.date(LocalDate.of(2000, 1, 1).plusDays(between(in, 0, 10_000)));
    }
    return b.build();
  }

  /** Plans with every kind of bound, baselines, populations, exclusions, notes, documents. */
  static Gen<Plan> plans() {
    return in -> {
      AdministrativeUnit unit = pick(in, UNITS);
      List<Document> documents = new ArrayList<>();
      int docs = between(in, 1, 3);
      for (int i = 0; i < docs; i++) {
        documents.add(document(in));
      }
      Plan.Builder plan = Plan.builder().id(code(in)).unit(unit).title(text(in)).addAllDocuments(documents);
      Set<String> carried = new HashSet<>();
      for (int i = between(in, 0, 2); i > 0; i--) {
        String c = "plan." + code(in);
        if (carried.add(c)) {
          plan.addCarriesOut(c);
        }
      }
      for (int i = between(in, 0, 2); i > 0; i--) {
        plan.addNotes(text(in));
      }
      Set<Target.Key> keys = new HashSet<>();
      int targets = between(in, 0, 8);
      for (int i = 0; i < targets; i++) {
        Target t = target(in, unit, documents);
        if (keys.add(t.key())) {
          plan.addTargets(t);
        }
      }
      return plan.build();
    };
  }

  private static Target target(RandomnessSource in, AdministrativeUnit unit, List<Document> documents) {
    Indicator indicator = pick(in, INDICATORS);
    Measure m = indicator.measure();
    List<AdministrativeLevel> levels = List.of(AdministrativeLevel.values()).stream()
        .filter(l -> !l.isAbove(unit.level())).toList();
    int horizon = between(in, 1990, 2060);
    boolean hasBaseline = chance(in, 50);
    Baseline baseline = null;
    if (hasBaseline) {
      int year = between(in, 1950, horizon - 1);
      baseline = chance(in, 50) ? Baseline.ofYear(year) : Baseline.of(year, value(in, m));
    }
    Bound bound = bound(in, m, hasBaseline);
    Target.Builder t = Target.builder().indicator(indicator).level(pick(in, levels))
        .horizon(Horizon.of(horizon)).bound(bound)
        .source(Source.of(pick(in, documents), text(in)));
    if (baseline != null) {
      t.baseline(baseline);
    }
    if (chance(in, 30)) {
      t.population(Population.of(code(in).replace('.', '-'), text(in), text(in)));
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      t.addExclusions(text(in));
    }
    if (chance(in, 30)) {
      t.note(text(in));
    }
    return t.build();
  }

  /** Observation sets: shares with numerator and denominator, measured levels, statuses, sources, years and dates. */
  static Gen<ObservationSet> observationSets() {
    return in -> {
      List<Observation> all = new ArrayList<>();
      Set<ObservationDecoder.Key> keys = new HashSet<>();
      int n = between(in, 0, 40);
      for (int i = 0; i < n; i++) {
        Observation o = observation(in);
        if (keys.add(ObservationDecoder.Key.of(o))) {
          all.add(o);
        }
      }
      return ObservationSet.of(all);
    };
  }

  private static Observation observation(RandomnessSource in) {
    AdministrativeUnit unit = pick(in, UNITS);
    LocalDate from = unit.validity().from().orElse(LocalDate.of(1990, 1, 1));
    LocalDate until = unit.validity().until().orElse(LocalDate.of(2060, 12, 31));
    LocalDate day = from.plusDays(between(in, 0, (int) (until.toEpochDay() - from.toEpochDay())));
    ObservationPeriod period = ObservationPeriod.ofDate(day);
    if (chance(in, 50)) {
      int year = day.getYear();
      if (LocalDate.of(year, 12, 31).isAfter(until)) {
        year--;
      }
      period = ObservationPeriod.ofYear(year);
    }
    Indicator indicator = pick(in, INDICATORS);
    Observation.Builder b = Observation.builder().unitCode(unit.code()).indicator(indicator).period(period);
    if (indicator.measure().kind() == Measure.Kind.PERCENT && chance(in, 40)) {
      double denominator = chance(in, 50) ? between(in, 1, 1_000_000) : between(in, 0.001, 1e9);
      double numerator = chance(in, 10) ? denominator : between(in, 0.0, denominator);
      // 100 × n / d can round to just above 100 when n is close to d
      b.numerator(numerator).denominator(denominator).value(Math.min(100, 100 * numerator / denominator));
    } else {
      b.value(value(in, indicator.measure()));
    }
    if (chance(in, 30)) {
      b.measuredLevel(pick(in, List.of(AdministrativeLevel.values())));
    }
    if (chance(in, 70)) {
      b.status(pick(in, List.of(Observation.Status.values())));
    }
    if (chance(in, 50)) {
      b.source(text(in));
    }
    return b.build();
  }
}
