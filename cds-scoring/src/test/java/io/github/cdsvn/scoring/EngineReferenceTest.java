package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static io.github.cdsvn.core.unit.AdministrativeLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Indicator;
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
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import io.github.cdsvn.scoring.ReferenceScorer.Card;
import io.github.cdsvn.scoring.ReferenceScorer.Index;
import io.github.cdsvn.scoring.ReferenceScorer.Result;
import io.github.cdsvn.scoring.plugin.SteppedRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scorer gives, bit for bit, every number that {@link ReferenceScorer} (a plain reading of
 * the documented rules) gives: each target's outcome, level, value, attainment, "met", rule,
 * weight, illustrative flag and trajectory numbers, each index's score, coverage and components;
 * through {@code score}, {@code scoreAll} and {@code reweigh}; and both refuse the same inputs.
 * Checked over the seed plans, a plan with a bound of every kind (stated, observed and no
 * baselines; horizons 2021, 2025 and 2030) and an empty plan; random observations (own-level and
 * measured-level series, illustrative and provisional values, gaps, indicators redefined); as-of
 * dates either side of the 2025 reform; with and without a registry and a level mapping; and
 * profiles whose rules, aggregators, weights and thresholds differ. Examples with numbers worked
 * out by hand check the reference itself.
 */
class EngineReferenceTest {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final String[] UNITS = {"VN", "01", "24", "44", "60", "83", "836", "29110", "29122", "x-unknown"};
  private static final LocalDate[] DATES = {LocalDate.of(2019, 12, 31), LocalDate.of(2021, 12, 31),
      LocalDate.of(2022, 6, 30), END_2024, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 1),
      LocalDate.of(2025, 12, 31), LocalDate.of(2031, 1, 1)};
  private static final List<Plan> PLANS = List.of(Plans.national(), Plans.quangBinh(), Plans.baTri(),
      Plans.binhThuan(), Fixtures.quangBinhWorkRecords(), everyKind(),
      Fixtures.plan("test.empty", Fixtures.QUANG_BINH, Fixtures.KH698, List.of()),
      adoptedBy(renamed(Validity.always()), Optional.of(LocalDate.of(2022, 4, 29))),
      adoptedBy(renamed(Validity.from(BenTreUnits.REFORM)), Optional.empty()),
      adoptedBy(Fixtures.QUANG_BINH, Optional.of(LocalDate.of(2025, 9, 1))));
  /** The built-in method under another name. */
  private static final TrajectoryMethod WRAPPED = new TrajectoryMethod() {
    @Override
    public String name() {
      return "wrapped-compound-growth";
    }

    @Override
    public Trajectory assess(TrajectoryInput input) {
      return TrajectoryMethod.compoundGrowth().assess(input);
    }
  };
  /** The arithmetic mean, not as a built-in. */
  private static final Aggregator PLAIN_MEAN = new Aggregator() {
    @Override
    public String name() {
      return "plain-mean";
    }

    @Override
    public double aggregate(double[] values, double[] weights) {
      return Aggregator.arithmetic().aggregate(values, weights);
    }
  };

  private static Target target(String indicator, AdministrativeLevel level, int horizon, Bound bound,
      Optional<Baseline> baseline) {
    Target.Builder b = Target.builder().indicator(Fixtures.indicator(indicator)).level(level)
        .horizon(Horizon.of(horizon)).bound(bound).source(Source.of(Fixtures.KH698, bound.toString()));
    baseline.ifPresent(b::baseline);
    return b.build();
  }

  /**
   * Quảng Bình's work-record targets in a plan adopted by a unit, its first document undated and
   * the next, if any, dated: with a registry that does not hold the unit as described, it is
   * found by its code on the date of the first dated document, else on the first or last day of
   * its validity.
   */
  static Plan adoptedBy(AdministrativeUnit unit, Optional<LocalDate> documentDate) {
    Document undated = Document.builder().kind(Document.Kind.PLAN).issuer("UBND tỉnh").title("Kế hoạch").build();
    Plan.Builder b = Plan.builder().id("test.adopted-by").unit(unit).title("Kế hoạch").addDocuments(undated);
    Document source = undated;
    if (documentDate.isPresent()) {
      source = Document.builder().from(Fixtures.KH698).date(documentDate.get()).build();
      b.addDocuments(source);
    }
    for (Target t : Fixtures.quangBinhWorkRecords().targets()) {
      b.addTargets(Target.builder().from(t).source(Source.of(source, "95% / 80% / 60%")).build());
    }
    return b.build();
  }

  /** Quảng Bình as no registry describes it: under another name, valid on other days. */
  private static AdministrativeUnit renamed(Validity validity) {
    return AdministrativeUnit.builder().from(Fixtures.QUANG_BINH).name("Quảng Bình (theo kế hoạch)")
        .validity(validity).build();
  }

  /** Quảng Bình's plan with a bound of every kind, baselines stated, to be read, or none. */
  static Plan everyKind() {
    Optional<Baseline> none = Optional.empty();
    return Fixtures.plan("test.every-kind", Fixtures.QUANG_BINH, Fixtures.KH698, List.of(
        target("gov.online-services.level4", PROVINCE, 2025, Bound.atLeast(90), Optional.of(Baseline.of(2020, 40))),
        target("gov.online-services.level4", PROVINCE, 2030, Bound.atLeast(100), Optional.of(Baseline.ofYear(2019))),
        target("gov.applications.satisfaction", PROVINCE, 2025, Bound.approximately(90, 5), none),
        target("gov.applications.satisfaction", PROVINCE, 2030, Bound.approximately(80, 2),
            Optional.of(Baseline.of(2020, 50))),
        target("gov.procedures.count", PROVINCE, 2025, Bound.relativeChange(-20), Optional.of(Baseline.of(2020, 500))),
        target("econ.e-commerce.revenue", PROVINCE, 2025, Bound.relativeChange(50), Optional.of(Baseline.ofYear(2020))),
        target("econ.e-commerce.revenue", PROVINCE, 2030, Bound.growthPerYear(10, false),
            Optional.of(Baseline.of(2020, 100))),
        target("gov.applications.submitted-online", PROVINCE, 2025, Bound.maintain(), Optional.of(Baseline.of(2021, 60))),
        target("infra.fibre.universal", PROVINCE, 2025, Bound.milestone(), none),
        target("gov.work-records.online", DISTRICT, 2025, Bound.atLeast(80), none),
        target("gov.work-records.online", COMMUNE, 2025, Bound.atLeast(60), none),
        target("econ.digital-enterprises.count", PROVINCE, 2025, Bound.lessThan(5000), none),
        target("gov.reporting.connected", PROVINCE, 2025, Bound.atMost(70), none),
        target("gov.reporting.connected", PROVINCE, 2021, Bound.atLeast(50), none),
        target("infra.fibre.households", PROVINCE, 2025, Bound.moreThan(80), Optional.of(Baseline.of(2019, 30))),
        target("dti.rank", PROVINCE, 2025, Bound.topRank(10, 63), none),
        target("econ.innovation.group", PROVINCE, 2025, Bound.ordinalAtLeast("kha"), none),
        target("econ.labour-productivity", PROVINCE, 2025, Bound.growthPerYear(6, true), none),
        target("econ.labour-productivity", PROVINCE, 2030, Bound.growthPerYear(5, false),
            Optional.of(Baseline.ofYear(2020)))));
  }

  @Test
  void theScorerGivesEveryNumberTheReferenceGives() {
    // 300 cases; fewer where the build caps the examples (mutation testing runs this test once per mutant)
    qt().withExamples(Examples.upTo(300)).forAll(longs().all()).checkAssert(seed -> check(seed, new Random(seed)));
  }

  @Test
  void theGeneratedCasesReachEveryRuleOfTheReference() {
    // every kind of bound scored, every outcome, refusals, illustrative values, horizons reached,
    // indices with and without a score, within 150 cases (the loop stops once all are reached)
    Set<String> reached = new TreeSet<>();
    Set<String> wanted = new TreeSet<>(Set.of("refused", "illustrative", "achieved", "missed", "score", "no score"));
    for (Bound.Kind k : Bound.Kind.values()) {
      wanted.add(k.name());
    }
    for (TargetResult.Outcome o : TargetResult.Outcome.values()) {
      wanted.add(o.name());
    }
    for (int i = 0; i < 150 && !reached.containsAll(wanted); i++) {
      Random r = new Random(i);
      Plan plan = PLANS.get(r.nextInt(PLANS.size()));
      ObservationSet set = observations(r, plan);
      LocalDate asOf = DATES[r.nextInt(DATES.length)];
      try {
        for (Card c : new ReferenceScorer(profile(r), registry(r), levels(r)).scoreAll(plan, List.of(UNITS), set, asOf)) {
          for (Result t : c.targets()) {
            reached.add(t.outcome().name());
            if (t.outcome() == TargetResult.Outcome.SCORED) {
              reached.add(t.target().bound().kind().name());
            }
            if (t.illustrative()) {
              reached.add("illustrative");
            }
            t.trajectory().ifPresent(j -> reached.add(j.status().name().toLowerCase(java.util.Locale.ROOT)));
          }
          reached.add(c.composite().score().isPresent() ? "score" : "no score");
        }
      } catch (InvalidValueException e) {
        reached.add("refused");
      }
    }
    assertThat(reached).containsAll(wanted);
  }

  private static void check(long seed, Random r) {
    Plan plan = PLANS.get(r.nextInt(PLANS.size()));
    ObservationSet set = observations(r, plan);
    LocalDate asOf = DATES[r.nextInt(DATES.length)];
    Profile profile = profile(r);
    Optional<UnitRegistry> registry = registry(r);
    Map<AdministrativeLevel, AdministrativeLevel> levels = levels(r);
    Scorer.Builder builder = Scorer.builder().profile(profile).serviceLoader(false);
    registry.ifPresent(builder::unitRegistry);
    levels.forEach(builder::mapLevel);
    Scorer scorer = builder.build();
    ReferenceScorer reference = new ReferenceScorer(profile, registry, levels);
    List<String> codes = new ArrayList<>(List.of(plan.unit().code(), plan.unit().code()));
    for (String u : UNITS) {
      if (r.nextInt(3) > 0) {
        codes.add(u);
      }
    }
    String where = "seed " + seed + ": " + plan.id() + " as of " + asOf + ", " + profile + ", registry "
        + registry.map(u -> u.size() + " units").orElse("none") + ", levels " + levels;
    Object all = attempt(() -> scorer.scoreAll(plan, codes, set, asOf));
    same(where, all, attempt(() -> reference.scoreAll(plan, codes, set, asOf)), profile);
    same(where + ", own unit", attempt(() -> scorer.score(plan, set, asOf)),
        attempt(() -> reference.score(plan, set, asOf)), profile);
    String one = codes.get(r.nextInt(codes.size()));
    same(where + ", unit " + one, attempt(() -> scorer.score(plan, one, set, asOf)),
        attempt(() -> reference.score(plan, one, set, asOf)), profile);
    if (all instanceof List<?> cards) {
      Weights weights = weights(r, plan);
      Profile reweighed = Profile.builder().from(profile).name("custom").weights(weights).build();
      List<Card> expected = new ReferenceScorer(reweighed, registry, levels).scoreAll(plan, codes, set, asOf);
      List<Scorecard> fresh = scorer.scoreAll(plan, codes, set, asOf);
      for (int i = 0; i < cards.size(); i++) {
        // re-weighed before anything of the card was read, and after
        same(where + ", re-weighed " + weights, scorer.reweigh(fresh.get(i), weights), expected.get(i), reweighed);
        same(where + ", re-weighed " + weights, scorer.reweigh((Scorecard) cards.get(i), weights), expected.get(i),
            reweighed);
      }
    }
  }

  /** The result, or the type and field of the refusal. */
  private static Object attempt(Callable<?> call) {
    try {
      return call.call();
    } catch (InvalidValueException e) {
      return "refused: " + e.field();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts that what the scorer gave (scorecards or a refusal) is what the reference gave. */
  private static void same(String where, Object scorer, Object reference, Profile profile) {
    if (scorer instanceof String || reference instanceof String) {
      assertThat(scorer).as(where).isEqualTo(reference);
    } else if (scorer instanceof List<?> cards) {
      List<?> expected = (List<?>) reference;
      assertThat(cards).as(where).hasSameSizeAs(expected);
      for (int i = 0; i < cards.size(); i++) {
        same(where, cards.get(i), expected.get(i), profile);
      }
    } else {
      Scorecard card = (Scorecard) scorer;
      assertThat(card.profile()).as(where).isEqualTo(profile);
      assertThat(lines(numbers(card))).as(where).containsExactlyElementsOf(lines((Card) reference));
    }
  }

  /** The numbers of a scorecard, as the reference holds them. */
  static Card numbers(Scorecard s) {
    List<Result> targets = s.targets().stream().map(r -> new Result(r.target(), r.outcome(), r.level(), r.value(),
        r.attainment(), r.met(), r.rule(), r.weight(), r.illustrative(), r.trajectory())).collect(Collectors.toList());
    List<Index> pillars = s.pillars().stream().map(EngineReferenceTest::index).collect(Collectors.toList());
    return new Card(s.unitCode(), s.unit(), targets, pillars, index(s.composite()), s.illustrative());
  }

  private static Index index(IndexScore i) {
    return new Index(i.pillar(), i.aggregator(), i.score(), i.coverage(), i.threshold(), i.components());
  }

  /** Every number of a card as text, each double with its bits: equal texts are equal numbers, bit for bit. */
  static List<String> lines(Card c) {
    List<String> out = new ArrayList<>();
    out.add("unit " + c.unitCode() + " " + c.unit() + (c.illustrative() ? ", illustrative" : ""));
    for (Result r : c.targets()) {
      out.add(r.target().key() + ": " + r.outcome() + " at " + r.level() + ", value " + bits(r.value())
          + ", attainment " + bits(r.attainment()) + (r.met() ? ", met" : "") + ", rule " + r.rule() + ", weight "
          + bits(r.weight()) + (r.illustrative() ? ", illustrative" : "") + ", trajectory "
          + r.trajectory().map(EngineReferenceTest::trajectory).orElse("none"));
    }
    for (Index i : c.pillars()) {
      out.addAll(index(i.pillar().orElseThrow().code(), i));
    }
    out.addAll(index("composite", c.composite()));
    return out;
  }

  private static String trajectory(Trajectory t) {
    return t.method() + " " + t.status() + ", R " + bits(t.ratio()) + ", observed " + bits(t.observedRate())
        + ", required " + bits(t.requiredRate()) + (t.linear() ? ", linear" : "") + ", projection "
        + t.projection().map(p -> p.date() + " " + bits(p.value()) + (p.meetsTarget() ? " meets" : " short"))
            .orElse("none");
  }

  private static List<String> index(String name, Index i) {
    List<String> out = new ArrayList<>();
    out.add(name + ": " + i.aggregator() + ", score " + bits(i.score()) + ", coverage " + bits(i.coverage())
        + ", threshold " + bits(i.threshold()));
    for (IndexScore.Component c : i.components()) {
      out.add("  " + name + " / " + c.key() + " (" + c.name().en() + "): weight " + bits(c.weight()) + ", value "
          + bits(c.value()) + (c.applicable() ? "" : ", not applicable"));
    }
    return out;
  }

  private static String bits(double d) {
    return d + " [" + Long.toHexString(Double.doubleToRawLongBits(d)) + "]";
  }

  private static String bits(OptionalDouble d) {
    return d.isPresent() ? bits(d.getAsDouble()) : "-";
  }

  private static Optional<UnitRegistry> registry(Random r) {
    int which = r.nextInt(3);
    return which == 0 ? Optional.empty() : Optional.of(which == 1 ? UnitRegistry.standard() : BenTreUnits.registry());
  }

  private static Map<AdministrativeLevel, AdministrativeLevel> levels(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return Map.of(DISTRICT, COMMUNE);
      case 1:
        return Map.of(DISTRICT, PROVINCE);
      case 2:
        return Map.of(COMMUNE, DISTRICT);
      default:
        return Map.of();
    }
  }

  private static Profile profile(Random r) {
    Profile.Builder b = Profile.builder().from(Scorer.standard().profile()).name("generated");
    List<Aggregator> aggregators = List.of(Aggregator.arithmetic(), Aggregator.geometric(), Aggregator.harmonic(),
        Aggregator.generalisedMean(2), Aggregator.generalisedMean(-1.5), Aggregator.minimum(), PLAIN_MEAN);
    if (r.nextBoolean()) {
      b.targetAggregator(aggregators.get(r.nextInt(aggregators.size())));
      b.pillarAggregator(aggregators.get(r.nextInt(aggregators.size())));
    }
    double[] thresholds = {0.8, 0.5, 1.0, 0.01};
    b.coverageThreshold(thresholds[r.nextInt(thresholds.length)]);
    if (r.nextInt(4) == 0) {
      b.trajectoryMethod(WRAPPED);
    }
    if (r.nextInt(3) == 0) {
      b.weights(weights(r, PLANS.get(r.nextInt(PLANS.size()))));
    }
    Profile p = b.build();
    if (r.nextInt(4) == 0) {
      p = p.withRule(Bound.Kind.AT_LEAST, new SteppedRule());
    }
    if (r.nextInt(6) == 0) {
      p = p.withRule(Bound.Kind.MORE_THAN, new SteppedRule());
    }
    return p;
  }

  /** Weights of a plan's targets (by key and by indicator, 0 included) and of pillars. */
  private static Weights weights(Random r, Plan plan) {
    Weights.Builder b = Weights.builder();
    Map<Pillar, Double> same = new HashMap<>();
    for (Pillar p : Pillar.builtIns()) {
      if (r.nextInt(4) == 0) {
        same.put(p, new double[] {0, 0.1, 3}[r.nextInt(3)]);
      }
    }
    for (Target t : plan.targets()) {
      Double w = same.get(t.indicator().pillar());
      if (w != null) {
        b.target(t.key(), w);
      } else if (r.nextInt(4) == 0) {
        b.target(t.indicator().code(), r.nextInt(3) + 0.5);
      } else if (r.nextInt(3) == 0) {
        b.target(t.key(), r.nextInt(4));
      }
    }
    for (Pillar p : Pillar.builtIns()) {
      if (r.nextBoolean()) {
        b.pillar(p, r.nextInt(5) == 0 ? 0 : 0.5 + r.nextInt(4));
      }
    }
    return b.build();
  }

  /**
   * Random observations of the plan's indicators for the units, own-level and measured-level,
   * yearly and dated, of every status; now and then one indicator redefined (its pillar changed)
   * in all its observations.
   */
  private static ObservationSet observations(Random r, Plan plan) {
    Map<String, Indicator> observed = new HashMap<>();
    if (!plan.targets().isEmpty() && r.nextInt(8) == 0) {
      Indicator i = plan.targets().get(r.nextInt(plan.targets().size())).indicator();
      observed.put(i.code(), Indicator.builder().from(i)
          .pillar(i.pillar().equals(Pillar.SMART_CITY) ? Pillar.DIGITAL_SOCIETY : Pillar.SMART_CITY).build());
    }
    Observation.Status[] statuses = Observation.Status.values();
    Map<String, Observation> bySeriesAndDay = new HashMap<>();
    for (String unit : UNITS) {
      for (Target t : plan.targets()) {
        Indicator indicator = observed.getOrDefault(t.indicator().code(), t.indicator());
        int series = r.nextInt(4); // 0 none, 1 own level, 2 measured level, 3 both
        for (int which = 1; which <= 2; which++) {
          if ((series & which) == 0) {
            continue;
          }
          Optional<AdministrativeLevel> measured = which == 1 ? Optional.empty() : Optional.of(t.level());
          for (int year = 2015; year <= 2030; year++) {
            if (r.nextInt(3) > 0) {
              continue;
            }
            Observation o = Observation.builder().unitCode(unit).indicator(indicator).measuredLevel(measured)
                .period(r.nextInt(5) == 0 ? ObservationPeriod.ofDate(LocalDate.of(year, 1 + r.nextInt(12), 1))
                    : ObservationPeriod.ofYear(year))
                .value(value(r, indicator.measure()))
                .status(r.nextInt(3) == 0 ? statuses[r.nextInt(statuses.length)] : Observation.Status.FINAL)
                .build();
            // one value per series and day
            bySeriesAndDay.putIfAbsent(unit + "|" + indicator.code() + "|" + measured + "|" + o.date(), o);
          }
        }
      }
    }
    return ObservationSet.of(bySeriesAndDay.values());
  }

  private static double value(Random r, Measure m) {
    if (m.kind() == Measure.Kind.YES_NO) {
      return r.nextInt(2);
    }
    if (m.kind() == Measure.Kind.RANK) {
      return 1 + r.nextInt(63);
    }
    if (m.kind() == Measure.Kind.ORDINAL) {
      return r.nextInt(m.categories().size());
    }
    double hi = Double.isFinite(m.max()) ? m.max() : 10_000;
    double lo = Double.isFinite(m.min()) ? m.min() : 0;
    double v = r.nextInt(5) == 0 ? lo + r.nextInt((int) Math.min(hi - lo, 100) + 1) : lo + (hi - lo) * r.nextDouble();
    return m.isValid(v) ? v : lo;
  }

  // ---- examples worked out by hand: they check the reference itself, and the scorer agrees

  private static Observation obs(String code, int year, double value) {
    return Fixtures.obs("44", code, year, value);
  }

  /** Scores with the reference, checks that the scorer agrees, and returns the reference's card. */
  private static Card both(Scorer scorer, Plan plan, Optional<String> unit, ObservationSet set, LocalDate asOf) {
    ReferenceScorer reference = new ReferenceScorer(scorer.profile(), scorer.unitRegistry(), scorer.levelMapping());
    Card card = unit.isPresent() ? reference.score(plan, unit.get(), set, asOf) : reference.score(plan, set, asOf);
    Scorecard got = unit.isPresent() ? scorer.score(plan, unit.get(), set, asOf) : scorer.score(plan, set, asOf);
    assertThat(lines(numbers(got))).containsExactlyElementsOf(lines(card));
    return card;
  }

  private static Result result(Card card, String key) {
    return card.targets().stream().filter(t -> t.target().key().toString().equals(key)).findFirst().orElseThrow();
  }

  private static double attainment(Card card, String key) {
    return result(card, key).attainment().orElseThrow();
  }

  @Test
  void oneTargetOfEachKindOfBoundByHand() {
    ObservationSet set = ObservationSet.of(List.of(
        obs("gov.online-services.level4", 2022, 50), obs("gov.online-services.level4", 2024, 65),
        obs("gov.applications.satisfaction", 2024, 80), obs("gov.procedures.count", 2024, 450),
        obs("econ.e-commerce.revenue", 2020, 100), obs("econ.e-commerce.revenue", 2024, 130),
        obs("gov.applications.submitted-online", 2024, 62), obs("infra.fibre.universal", 2024, 1),
        Fixtures.obs("44", "gov.work-records.online", DISTRICT, 2024, 60),
        obs("econ.digital-enterprises.count", 2024, 6000), obs("gov.reporting.connected", 2021, 40),
        obs("gov.reporting.connected", 2024, 50), obs("infra.fibre.households", 2024, 80), obs("dti.rank", 2024, 20),
        obs("econ.innovation.group", 2024, 2), obs("econ.labour-productivity", 2020, 100),
        obs("econ.labour-productivity", 2024, 120)));
    Card c = both(Scorer.standard(), everyKind(), Optional.empty(), set, END_2024);
    // at least 90 from a stated 40: (65 − 40) / (90 − 40); growth 1.625^(1/4) − 1 = 12.9%, 90/65 − 1 = 38.5% needed
    assertThat(attainment(c, "gov.online-services.level4@province/2025")).isEqualTo(0.5);
    Trajectory level4 = result(c, "gov.online-services.level4@province/2025").trajectory().orElseThrow();
    assertThat(level4.observedRate().getAsDouble()).isCloseTo(0.12905, within(1e-5));
    assertThat(level4.requiredRate().getAsDouble()).isCloseTo(0.38462, within(1e-5));
    assertThat(level4.status()).isEqualTo(Trajectory.Status.LIMITED_PROGRESS);
    // no observation in the baseline year 2019: from the natural zero, 65 / 100
    assertThat(attainment(c, "gov.online-services.level4@province/2030")).isEqualTo(0.65);
    // about 90 ± 5 from 0: 1 − (|80 − 90| − 5) / (|0 − 90| − 5) = 1 − 5/85
    assertThat(attainment(c, "gov.applications.satisfaction@province/2025")).isCloseTo(16.0 / 17, within(1e-15));
    // within 80 ± 2
    assertThat(result(c, "gov.applications.satisfaction@province/2030").met()).isTrue();
    // −20% of 500 is 400: (500 − 450) / (500 − 400)
    assertThat(attainment(c, "gov.procedures.count@province/2025")).isEqualTo(0.5);
    // +50% of the 2020 observation, 100: (130 − 100) / (150 − 100)
    assertThat(attainment(c, "econ.e-commerce.revenue@province/2025")).isCloseTo(0.6, within(1e-15));
    // 10% a year from the stated 100 at the end of 2020: 1.3^(1/4) − 1 = 6.78%, over 10%
    assertThat(attainment(c, "econ.e-commerce.revenue@province/2030")).isCloseTo(0.6779, within(1e-4));
    // maintain 60: 62 holds; a milestone done
    assertThat(result(c, "gov.applications.submitted-online@province/2025").met()).isTrue();
    assertThat(attainment(c, "infra.fibre.universal@province/2025")).isEqualTo(1);
    // the district-level series: 60 / 80; none at commune level
    assertThat(attainment(c, "gov.work-records.online@district/2025")).isEqualTo(0.75);
    assertThat(result(c, "gov.work-records.online@commune/2025").outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    // less than 5000 does not improve on the natural zero: 6000 misses, 0; at most 70: 50 holds
    assertThat(attainment(c, "econ.digital-enterprises.count@province/2025")).isEqualTo(0);
    assertThat(attainment(c, "gov.reporting.connected@province/2025")).isEqualTo(1);
    // at least 50 by 2021: 50 now, but 40 at the horizon's end
    assertThat(result(c, "gov.reporting.connected@province/2021").met()).isTrue();
    assertThat(result(c, "gov.reporting.connected@province/2021").trajectory().orElseThrow().status())
        .isEqualTo(Trajectory.Status.MISSED);
    // more than 80 from 30, exactly 80: attains 1, not met
    Result fibre = result(c, "infra.fibre.households@province/2025");
    assertThat(fibre.attainment()).hasValue(1);
    assertThat(fibre.met()).isFalse();
    // rank 20, top 10 of 63: (63 − 20) / (63 − 10); group 2 of the scale, "khá" is 3
    assertThat(attainment(c, "dti.rank@province/2025")).isCloseTo(43.0 / 53, within(1e-15));
    assertThat(attainment(c, "econ.innovation.group@province/2025")).isCloseTo(2.0 / 3, within(1e-15));
    // 1.2^(1/4) − 1 = 4.66% a year, against 6% and (baseline 2020 observed) 5%
    assertThat(attainment(c, "econ.labour-productivity@province/2025")).isCloseTo(0.77725, within(1e-5));
    assertThat(attainment(c, "econ.labour-productivity@province/2030")).isCloseTo(0.93270, within(1e-5));
  }

  @Test
  void indicesByHand() {
    Plan plan = Fixtures.quangBinhWorkRecords();
    // province 76 of 95 (0.8), district 60 of 80 (0.75), commune none
    ObservationSet set = ObservationSet.of(List.of(obs("gov.work-records.online", 2024, 76),
        Fixtures.obs("44", "gov.work-records.online", DISTRICT, 2024, 60)));
    Card c = both(Scorer.standard(), plan, Optional.empty(), set, END_2024);
    Index gov = c.pillars().get(0);
    assertThat(gov.coverage()).isEqualTo(2.0 / 3);
    assertThat(gov.score()).isEmpty();
    assertThat(c.composite().coverage()).isEqualTo(0);
    assertThat(c.composite().score()).isEmpty();
    Card half = both(Scorer.builder().coverageThreshold(0.5).build(), plan, Optional.empty(), set, END_2024);
    assertThat(half.pillars().get(0).score()).hasValue(77.5);
    assertThat(half.composite().score()).hasValue(77.5);
    assertThat(half.composite().coverage()).isEqualTo(1);
    // the province's target weighs 3: coverage 4/5, just at the threshold; (3·80 + 75) / 4
    Weights three = Weights.builder().target(plan.targets().get(0).key(), 3).build();
    Card weighed = both(Scorer.builder().weights(three).build(), plan, Optional.empty(), set, END_2024);
    assertThat(weighed.pillars().get(0).coverage()).isEqualTo(0.8);
    assertThat(weighed.pillars().get(0).score()).hasValue(78.75);
    // the commune's weighs 0: left out, full coverage
    Weights zero = Weights.builder().target(plan.targets().get(2).key(), 0).build();
    Card without = both(Scorer.builder().weights(zero).build(), plan, Optional.empty(), set, END_2024);
    assertThat(without.pillars().get(0).coverage()).isEqualTo(1);
    assertThat(without.pillars().get(0).score()).hasValue(77.5);
    // geometric: √(80 · 75)
    Card geometric = both(Scorer.builder().profile("geometric").coverageThreshold(0.5).build(), plan,
        Optional.empty(), set, END_2024);
    assertThat(geometric.pillars().get(0).score().getAsDouble()).isCloseTo(Math.sqrt(6000), within(1e-12));
    // after the reform the district's target is not applicable: half the remaining weight has data
    Card after = both(Scorer.standard(), plan, Optional.empty(), set, LocalDate.of(2025, 8, 1));
    assertThat(after.targets().get(1).outcome()).isEqualTo(TargetResult.Outcome.NOT_APPLICABLE);
    assertThat(after.pillars().get(0).coverage()).isEqualTo(0.5);
    assertThat(after.pillars().get(0).components().get(1).applicable()).isFalse();
  }

  @Test
  void theNationalProgrammeIsReadAtTheProvincesOwnLevelWithinItsCodesValidity() {
    Plan plan = Plans.national();
    ObservationSet set = ObservationSet.of(List.of(obs("gov.work-records.online", 2024, 45),
        obs("econ.digital-economy.share-of-grdp", 2024, 15)));
    Card c = both(Scorer.standard(), plan, Optional.of("44"), set, END_2024);
    // the nation's target of 20% is read at Quảng Bình's own level: 15 / 20
    Result economy = result(c, "econ.digital-economy.share-of-grdp@nation/2025");
    assertThat(economy.level()).isEqualTo(PROVINCE);
    assertThat(economy.attainment()).hasValue(0.75);
    assertThat(attainment(c, "gov.work-records.online@province/2025")).isEqualTo(0.5);
    // with the registry, from 1 July 2025 code 44 names Quảng Trị: Quảng Bình's 2024 values are not its
    Scorer withUnits = Scorer.builder().unitRegistry(UnitRegistry.standard()).build();
    Card after = both(withUnits, plan, Optional.of("44"), set, LocalDate.of(2025, 8, 1));
    assertThat(result(after, "econ.digital-economy.share-of-grdp@nation/2025").outcome()).isEqualTo(TargetResult.Outcome.NO_DATA);
    Card before = both(withUnits, plan, Optional.of("44"), set, LocalDate.of(2025, 6, 30));
    assertThat(result(before, "econ.digital-economy.share-of-grdp@nation/2025").value()).hasValue(15);
  }

  @Test
  void onADayInBothTheOwnSeriesIsRead() {
    Plan plan = Fixtures.quangBinhWorkRecords();
    ObservationSet set = ObservationSet.of(List.of(Fixtures.obs("44", "gov.work-records.online", PROVINCE, 2023, 70),
        Fixtures.obs("44", "gov.work-records.online", PROVINCE, 2024, 79), obs("gov.work-records.online", 2024, 80)));
    Card c = both(Scorer.standard(), plan, Optional.empty(), set, END_2024);
    assertThat(c.targets().get(0).value()).hasValue(80);
    assertThat(c.targets().get(0).trajectory().orElseThrow().observedRate().getAsDouble())
        .isCloseTo(80.0 / 70 - 1, within(1e-12));
  }

  @Test
  void bothRefuseAnIndicatorCodeWithAnotherDefinitionAndBlankCodes() {
    Indicator records = Fixtures.indicator("gov.work-records.online");
    Indicator other = Indicator.builder().from(records).pillar(Pillar.SMART_CITY).build();
    ObservationSet set = ObservationSet.of(List.of(Observation.of("44", other, ObservationPeriod.ofYear(2024), 80)));
    Plan plan = Fixtures.quangBinhWorkRecords();
    ReferenceScorer reference = new ReferenceScorer(Scorer.standard().profile(), Optional.empty(), Map.of());
    Object refused = attempt(() -> Scorer.standard().score(plan, set, END_2024));
    assertThat(refused).isEqualTo("refused: Observation.indicator");
    assertThat(attempt(() -> reference.score(plan, set, END_2024))).isEqualTo(refused);
    // a unit without that series is scored
    assertThat(attempt(() -> reference.score(plan, "24", set, END_2024))).isInstanceOf(Card.class);
    same("24", attempt(() -> Scorer.standard().score(plan, "24", set, END_2024)),
        attempt(() -> reference.score(plan, "24", set, END_2024)), Scorer.standard().profile());
    List<String> blank = List.of("44", " ");
    assertThat(attempt(() -> Scorer.standard().scoreAll(plan, blank, ObservationSet.empty(), END_2024)))
        .isEqualTo("refused: unitCodes[]")
        .isEqualTo(attempt(() -> reference.scoreAll(plan, blank, ObservationSet.empty(), END_2024)));
    assertThat(attempt(() -> Scorer.standard().score(plan, "", ObservationSet.empty(), END_2024)))
        .isEqualTo("refused: unitCode")
        .isEqualTo(attempt(() -> reference.score(plan, "", ObservationSet.empty(), END_2024)));
  }

  @Test
  void aPlanWithoutTargetsHasNoCompositeScore() {
    Plan empty = Fixtures.plan("test.empty", Fixtures.QUANG_BINH, Fixtures.KH698, List.of());
    Card c = both(Scorer.standard(), empty, Optional.empty(), ObservationSet.empty(), END_2024);
    assertThat(c.pillars()).isEmpty();
    assertThat(c.composite().score()).isEmpty();
    assertThat(c.composite().coverage()).isEqualTo(0);
  }
}
