package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.observation.ObservationStatus;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.BoundKind;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scoring engine behind {@code Scorer}: picks each target's observations, builds its
 * {@link AttainmentInput}, applies the profile's rule and trajectory method, explains the result,
 * and rolls targets up into pillar and composite indices. Immutable and thread-safe.
 */
final class Engine {
  /** The composite index's name. */
  static final Label COMPOSITE = Label.of("Chỉ số tổng hợp", "Composite index");

  private final Profile profile;
  private final Optional<UnitRegistry> registry;
  private final ImmutableMap<AdministrativeLevel, AdministrativeLevel> levelMap;
  private final Views views;
  /**
   * The plan, set and date scored last, prepared: kept for the next request about them, weakly,
   * so that the engine does not keep a set alive that nothing else uses.
   */
  private volatile WeakReference<ColumnScorer> last = new WeakReference<>(null);

  /**
   * Creates an engine that builds every result in full.
   *
   * @param profile the profile
   * @param registry the unit registry, if observations are to be read with it
   * @param levelMap levels mapped to other levels
   */
  public Engine(Profile profile, Optional<UnitRegistry> registry,
      Map<AdministrativeLevel, AdministrativeLevel> levelMap) {
    this(profile, registry, levelMap, Optional.empty());
  }

  /**
   * Creates an engine.
   *
   * @param profile the profile
   * @param registry the unit registry, if observations are to be read with it
   * @param levelMap levels mapped to other levels
   * @param views where given, scorecards are scored from the observation set's columns and their
   *     texts are written when first read; otherwise every result is built in full at once
   */
  public Engine(Profile profile, Optional<UnitRegistry> registry,
      Map<AdministrativeLevel, AdministrativeLevel> levelMap, Optional<Views> views) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.levelMap = ImmutableMap.copyOf(levelMap);
    this.views = Objects.requireNonNull(views, "views").orElse(null);
  }

  /** The plan scored from the columns of a set on a date, prepared once for many units. */
  private ColumnScorer columns(Plan plan, ObservationSet observations, LocalDate asOf) {
    ColumnScorer c = last.get();
    if (c != null && c.isFor(plan, observations, asOf)) {
      return c;
    }
    c = new ColumnScorer(this, views, profile, levelMap, plan, observations, asOf);
    last = new WeakReference<>(c);
    return c;
  }

  /** The unit scored: its code, what is known of it, its own level and the days its code names it. */
  record Subject(String code, Optional<AdministrativeUnit> unit, AdministrativeLevel ownLevel,
      Optional<Validity> window, Optional<Label> unknown) {}

  /** Scores a plan for its adopting unit. */
  public Scorecard score(Plan plan, ObservationSet observations, LocalDate asOf) {
    check(plan, observations, asOf);
    if (views != null && !plan.targets().isEmpty()) {
      ColumnScorer c = columns(plan, observations, asOf);
      return c.score(planSubject(plan), c.scratch());
    }
    return score(plan, planSubject(plan), observations, asOf, keys(plan.targets()));
  }

  /** Scores a plan's targets for the unit that has a code on the as-of date. */
  public Scorecard score(Plan plan, String unitCode, ObservationSet observations, LocalDate asOf) {
    check(plan, observations, asOf);
    Objects.requireNonNull(unitCode, "unitCode");
    if (unitCode.isBlank()) {
      throw new InvalidValueException("unitCode", unitCode, "must not be blank");
    }
    if (views != null && !plan.targets().isEmpty()) {
      ColumnScorer c = columns(plan, observations, asOf);
      return c.score(unitSubject(plan, unitCode, asOf), c.scratch());
    }
    return score(plan, unitSubject(plan, unitCode, asOf), observations, asOf, keys(plan.targets()));
  }

  /** Scores a plan's targets for many units, in unit-code order. */
  public ImmutableList<Scorecard> scoreAll(Plan plan, Collection<String> unitCodes, ObservationSet observations,
      LocalDate asOf) {
    check(plan, observations, asOf);
    Objects.requireNonNull(unitCodes, "unitCodes");
    String[] sorted = unitCodes.toArray(new String[0]);
    for (String code : sorted) {
      Objects.requireNonNull(code, "unitCodes[]");
      if (code.isBlank()) {
        throw new InvalidValueException("unitCodes[]", code, "must not be blank");
      }
    }
    Arrays.sort(sorted);
    List<String> codes = new ArrayList<>(sorted.length);
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
        codes.add(sorted[i]);
      }
    }
    ImmutableList.Builder<Scorecard> out = ImmutableList.builderWithExpectedSize(codes.size());
    if (views != null && !plan.targets().isEmpty()) {
      ColumnScorer c = columns(plan, observations, asOf);
      ColumnScorer.Scratch scratch = c.scratch();
      for (String code : codes) {
        out.add(c.score(unitSubject(plan, code, asOf), scratch));
      }
      return out.build();
    }
    List<String> keys = keys(plan.targets());
    for (String code : codes) {
      out.add(score(plan, unitSubject(plan, code, asOf), observations, asOf, keys));
    }
    return out.build();
  }

  private static void check(Plan plan, ObservationSet observations, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(asOf, "asOf");
  }

  private Subject planSubject(Plan plan) {
    AdministrativeUnit own = plan.unit();
    if (registry.isEmpty()) {
      return new Subject(own.code(), Optional.of(own), own.level(), Optional.empty(), Optional.empty());
    }
    UnitRegistry units = registry.get();
    Optional<AdministrativeUnit> found = units.unitsWithCode(own.code()).contains(own) ? Optional.of(own)
        : Optional.empty();
    List<LocalDate> anchors = new ArrayList<>();
    plan.documents().stream().map(Document::date).flatMap(Optional::stream).findFirst().ifPresent(anchors::add);
    own.validity().from().ifPresent(anchors::add);
    own.validity().until().ifPresent(anchors::add);
    for (LocalDate d : anchors) {
      if (found.isEmpty()) {
        found = units.find(own.code(), d);
      }
    }
    if (found.isEmpty()) {
      return new Subject(own.code(), Optional.of(own), own.level(), Optional.empty(), Optional.of(Label.of(
          "danh mục đơn vị không có " + own.fullName() + " (mã " + own.code() + ")",
          "the unit registry does not know " + own.fullName() + " (code " + own.code() + ")")));
    }
    AdministrativeUnit u = found.get();
    return new Subject(u.code(), found, u.level(), Optional.of(u.validity()), Optional.empty());
  }

  private Subject unitSubject(Plan plan, String code, LocalDate asOf) {
    if (registry.isPresent()) {
      Optional<AdministrativeUnit> u = registry.get().find(code, asOf);
      if (u.isEmpty()) {
        return new Subject(code, Optional.empty(), plan.unit().level(), Optional.empty(), Optional.of(
            Texts.both(lang -> (lang == Texts.VI ? "danh mục đơn vị không có đơn vị nào mang mã " + code + " vào ngày "
                : "the unit registry has no unit with code " + code + " on ") + Texts.date(asOf, lang))));
      }
      return new Subject(code, u, u.get().level(), Optional.of(u.get().validity()), Optional.empty());
    }
    AdministrativeLevel level = plan.unit().level();
    if (!code.equals(plan.unit().code())) {
      // the level of a code the standard registry knows at one level only
      AdministrativeLevel known = null;
      boolean one = true;
      for (AdministrativeUnit u : UnitRegistry.standard().unitsWithCode(code)) {
        if (known == null) {
          known = u.level();
        } else if (known != u.level()) {
          one = false;
        }
      }
      if (known != null && one) {
        level = known;
      }
    }
    return new Subject(code, Optional.empty(), level, Optional.empty(), Optional.empty());
  }

  /** The keys of targets as text, in their order: written once for all the units scored. */
  private static List<String> keys(List<Target> targets) {
    List<String> keys = new ArrayList<>(targets.size());
    for (Target t : targets) {
      keys.add(t.key().toString());
    }
    return keys;
  }

  private Scorecard score(Plan plan, Subject subject, ObservationSet observations, LocalDate asOf,
      List<String> keys) {
    List<TargetResult> results = new ArrayList<>(plan.targets().size());
    for (Target t : plan.targets()) {
      results.add(scoreTarget(plan, t, subject, observations, asOf));
    }
    return aggregate(profile, plan.id(), subject.code(), subject.unit(), asOf, plan.targets().isEmpty(), results,
        keys);
  }

  /**
   * Re-aggregates a scorecard with other weights: each target's result is kept, with the weight
   * the new weights give it, and only the pillar indices and the composite are computed again.
   * The result equals a full score by an engine whose profile is the scorecard's with these
   * weights, named {@code custom} (what {@code Scorer.Builder.weights} gives).
   *
   * @param card the scorecard to re-aggregate
   * @param weights the new weights
   * @return the scorecard with the new weights
   */
  public static Scorecard reweigh(Scorecard card, Weights weights) {
    return reweigh(card, weights, Optional.empty());
  }

  /**
   * Re-aggregates a scorecard with other weights, as {@link #reweigh(Scorecard, Weights)} does;
   * a scorecard scored from the columns of a set is re-aggregated from the numbers it keeps.
   *
   * @param card the scorecard to re-aggregate
   * @param weights the new weights
   * @param views the views the card may have been made with
   * @return the scorecard with the new weights
   */
  public static Scorecard reweigh(Scorecard card, Weights weights, Optional<Views> views) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(weights, "weights");
    Optional<Views.Source> kept = views.flatMap(v -> v.source(card));
    if (kept.isPresent()) {
      return ColumnScorer.reweigh(kept.get(), weights);
    }
    Profile used = Profile.builder().from(card.profile()).name("custom").weights(weights).build();
    List<TargetResult> results = new ArrayList<>(card.targets().size());
    for (TargetResult r : card.targets()) {
      double w = weights.of(r.target());
      results.add(Double.compare(w, r.weight()) == 0 ? r
          : TargetResult.builder().from(r).weight(w).build());
    }
    return aggregate(used, card.planId(), card.unitCode(), card.unit(), card.asOf(), card.targets().isEmpty(),
        results, keys(card.targets().stream().map(TargetResult::target).collect(Collectors.toList())));
  }

  private static Scorecard aggregate(Profile profile, String planId, String unitCode,
      Optional<AdministrativeUnit> unit, LocalDate asOf, boolean noTargets, List<TargetResult> results,
      List<String> keys) {
    TreeMap<Pillar, List<Integer>> byPillar = new TreeMap<>();
    for (int i = 0; i < results.size(); i++) {
      byPillar.computeIfAbsent(results.get(i).pillar(), p -> new ArrayList<>()).add(i);
    }
    List<IndexScore> pillars = new ArrayList<>();
    List<Component> pillarComponents = new ArrayList<>();
    for (Map.Entry<Pillar, List<Integer>> e : byPillar.entrySet()) {
      List<Component> components = new ArrayList<>(e.getValue().size());
      for (int i : e.getValue()) {
        TargetResult r = results.get(i);
        String key = keys.get(i);
        Label name = r.target().indicator().label();
        if (r.outcome() == Outcome.NOT_APPLICABLE) {
          components.add(Component.notApplicable(key, name, r.weight()));
        } else if (r.attainment().isPresent()) {
          components.add(Component.of(key, name, r.weight(), r.attainment().getAsDouble() * 100));
        } else {
          components.add(Component.missing(key, name, r.weight()));
        }
      }
      IndexScore pillar = IndexScore.aggregate(e.getKey().label(), Optional.of(e.getKey()),
          profile.targetAggregator(), profile.coverageThreshold(), components);
      pillars.add(pillar);
      boolean applicable = components.stream().anyMatch(c -> c.applicable() && c.weight() > 0);
      double w = profile.weights().of(e.getKey());
      String key = e.getKey().code();
      if (!applicable) {
        pillarComponents.add(Component.notApplicable(key, e.getKey().label(), w));
      } else if (pillar.score().isPresent()) {
        pillarComponents.add(Component.of(key, e.getKey().label(), w, pillar.score().getAsDouble()));
      } else {
        pillarComponents.add(Component.missing(key, e.getKey().label(), w));
      }
    }
    IndexScore composite;
    if (noTargets) {
      Label reason = Label.of("kế hoạch không có chỉ tiêu nào", "the plan has no targets");
      composite = IndexScore.builder().name(COMPOSITE).aggregator(profile.pillarAggregator().name())
          .coverage(0).threshold(profile.coverageThreshold()).reason(reason)
          .sentence(Label.of(COMPOSITE.vi() + ": chưa có điểm — " + reason.vi(),
              COMPOSITE.en() + ": no score — " + reason.en()))
          .build();
    } else {
      composite = IndexScore.aggregate(COMPOSITE, Optional.empty(), profile.pillarAggregator(),
          profile.coverageThreshold(), pillarComponents);
    }
    return Scorecard.builder().planId(planId).unitCode(unitCode).unit(unit).asOf(asOf)
        .targets(results).pillars(pillars).composite(composite).profile(profile)
        .illustrative(results.stream().anyMatch(TargetResult::illustrative)).build();
  }

  TargetResult scoreTarget(Plan plan, Target target, Subject subject, ObservationSet observations,
      LocalDate asOf) {
    double weight = profile.weights().of(target);
    AdministrativeLevel declared = target.level();
    AdministrativeLevel mapped = levelMap.getOrDefault(declared, declared);
    List<Label> notes = new ArrayList<>();
    if (mapped != declared) {
      notes.add(Label.of(declared.label().vi() + " được ánh xạ sang " + mapped.label().vi(),
          declared.label().en() + " mapped to " + mapped.label().en()));
    }
    TargetResult.Builder result = TargetResult.builder().target(target).weight(weight);
    if (!mapped.isInForceOn(asOf)) {
      LocalDate gone = mapped.abolishedOn().orElse(asOf);
      Label reason = Texts.both(lang -> lang == Texts.VI
          ? mapped.label().vi() + " không còn từ ngày " + Texts.date(gone, lang)
              + " (Nghị quyết 202/2025/QH15); ánh xạ cấp này sang cấp khác để chấm điểm"
          : "the " + mapped.label().en() + " no longer exists from " + Texts.date(gone, lang)
              + " (Resolution 202/2025/QH15); map it to another level to score it");
      return result.outcome(Outcome.NOT_APPLICABLE).level(mapped).reason(reason)
          .explanation(Explanation.builder().sentence(Sentences.notApplicable(reason)).addAllNotes(notes).build())
          .build();
    }
    AdministrativeLevel level = mapped;
    if (mapped == plan.unit().level() && subject.ownLevel() != mapped) {
      level = subject.ownLevel();
      AdministrativeLevel read = level;
      notes.add(Label.of("chỉ tiêu ở cấp của kế hoạch (" + mapped.label().vi() + ") được đo ở cấp của đơn vị được chấm ("
              + read.label().vi() + ")",
          "the plan's own level (" + mapped.label().en() + ") is read as the scored unit's own level ("
              + read.label().en() + ")"));
    }
    result.level(level);
    if (subject.unknown().isPresent()) {
      return noData(result, subject.unknown().get(), notes);
    }
    Indicator indicator = target.indicator();
    Usable usable = fromColumns(target, observations, subject, level, asOf);
    if (usable == null) {
      List<Observation> series = select(observations, subject.code(), indicator.code(), level, subject.ownLevel());
      for (Observation o : series) {
        if (!o.indicator().equals(indicator)) {
          throw wrongDefinition(target, o);
        }
      }
      List<Observation> inWindow = subject.window().isEmpty() ? series
          : series.stream().filter(o -> subject.window().get().contains(o.date())).collect(Collectors.toList());
      List<Observation> usableList = inWindow.stream().filter(o -> !o.date().isAfter(asOf))
          .collect(Collectors.toList());
      if (usableList.isEmpty()) {
        return noData(result, missing(target, subject, level, series, inWindow, asOf), notes);
      }
      usable = new Listed(usableList);
    }
    Base base = baseline(target, usable);
    Prepared now = prepare(target, usable, base);
    if (now.reason != null) {
      return noData(result, now.reason, notes);
    }
    AttainmentInput input = now.input;
    Attainment attainment = profile.rule(target.bound().kind()).attain(input);
    int last = usable.size() - 1;
    LocalDate end = target.horizon().endDate();
    Optional<AttainmentInput> horizonInput = Optional.empty();
    Optional<Attainment> atHorizon = Optional.empty();
    if (asOf.isAfter(end) || usable.date(last).equals(end)) {
      Usable byEnd = usable.until(end);
      if (byEnd.size() > 0) {
        Prepared h = prepare(target, byEnd, base);
        if (h.reason == null) {
          horizonInput = Optional.of(h.input);
          atHorizon = Optional.of(profile.rule(target.bound().kind()).attain(h.input));
        }
      }
    }
    TrajectoryInput judged = new TrajectoryInput(input, attainment, target.horizon(), asOf, horizonInput, atHorizon);
    TrajectoryMethod method = profile.trajectoryMethod();
    // the built-in method cannot fail on a valid input, so it may judge when the trajectory is read
    Trajectory trajectory = method == CompoundGrowthMethod.INSTANCE ? Trajectory.lazily(() -> method.assess(judged))
        : method.assess(judged);
    int[] used = now.used;
    boolean illustrative = false;
    for (int i : used) {
      if (usable.status(i) == ObservationStatus.ILLUSTRATIVE) {
        illustrative = true;
        break;
      }
    }
    boolean shownIllustrative = illustrative;
    List<Label> early = notes;
    Usable from = usable;
    ObservationStatus latestStatus = usable.status(last);
    Explanation explanation = Explanation.lazily(() -> {
      List<Label> all = new ArrayList<>(early);
      all.add(base.note(input));
      if (latestStatus != ObservationStatus.FINAL) {
        ObservationPeriod period = from.period(last);
        all.add(Texts.both(lang -> (lang == Texts.VI ? "giá trị " + period + " là số liệu "
            : "the " + period + " value is ") + lang.of(latestStatus.label())));
      }
      all.addAll(attainment.notes());
      List<Observation> observed = new ArrayList<>(used.length);
      for (int i : used) {
        observed.add(from.get(i));
      }
      return Explanation.builder().observations(observed)
          .addAllInputs(attainment.inputs()).addAllInputs(trajectory.inputs())
          .sentence(Sentences.scored(input, attainment, shownIllustrative)).addAllNotes(all).build();
    });
    return result.outcome(Outcome.SCORED).attainment(attainment.value()).met(attainment.met())
        .value(input.value()).rule(attainment.rule()).trajectory(trajectory).illustrative(illustrative)
        .explanation(explanation).build();
  }

  private static TargetResult noData(TargetResult.Builder result, Label reason, List<Label> notes) {
    return result.outcome(Outcome.NO_DATA).reason(reason)
        .explanation(Explanation.builder().sentence(Sentences.noData(reason)).addAllNotes(notes).build()).build();
  }

  private static InvalidValueException wrongDefinition(Target target, Observation o) {
    Indicator want = target.indicator();
    Indicator got = o.indicator();
    String what = !want.measure().equals(got.measure())
        ? "the target's indicator " + want.code() + " is measured as " + want.measure()
            + " but the observation's as " + got.measure()
        : "the target's indicator " + want.code() + " (" + want.measure() + ", " + want.direction() + ", "
            + want.pillar() + ") is defined differently from the observation's (" + got.measure() + ", "
            + got.direction() + ", " + got.pillar() + ")";
    return new InvalidValueException("Observation.indicator", o, what
        + "; one code must carry one definition");
  }

  /** The unit's series of an indicator at a level: its own-level series where the levels agree. */
  private static List<Observation> select(ObservationSet observations, String code, String indicator,
      AdministrativeLevel level, AdministrativeLevel own) {
    ObservationSet.Series explicit = observations.series(code, indicator, level);
    if (level != own) {
      return explicit;
    }
    ObservationSet.Series ownSeries = observations.series(code, indicator);
    if (explicit.isEmpty()) {
      return ownSeries;
    }
    if (ownSeries.isEmpty()) {
      return explicit;
    }
    TreeMap<LocalDate, Observation> merged = new TreeMap<>();
    explicit.forEach(o -> merged.put(o.date(), o));
    ownSeries.forEach(o -> merged.put(o.date(), o));
    return new ArrayList<>(merged.values());
  }

  private static Label missing(Target target, Subject subject, AdministrativeLevel level, List<Observation> series,
      List<Observation> inWindow, LocalDate asOf) {
    String code = target.indicator().code();
    if (series.isEmpty()) {
      return Label.of("không có quan sát nào của chỉ số " + code + " (" + level.label().vi() + ") cho đơn vị "
              + subject.code(),
          "no observation of " + code + " (" + level.label().en() + ") for unit " + subject.code());
    }
    if (inWindow.isEmpty()) {
      AdministrativeUnit u = subject.unit().orElseThrow();
      Validity v = subject.window().orElseThrow();
      return Texts.both(lang -> (lang == Texts.VI ? "mã " + subject.code() + " chỉ là " + u.fullName() + " "
          + during(v, lang) + "; không có quan sát nào trong thời gian đó"
          : "code " + subject.code() + " names " + u.fullName() + " only " + during(v, lang)
              + "; none of its observations falls within that time"));
    }
    Observation first = inWindow.get(0);
    return Texts.both(lang -> (lang == Texts.VI ? "không có quan sát nào đến ngày " + Texts.date(asOf, lang)
        + "; quan sát sớm nhất là của " + first.period()
        : "no observation on or before " + Texts.date(asOf, lang) + "; the earliest is for " + first.period()));
  }

  private static String during(Validity v, Texts.Lang lang) {
    String from = v.from().map(d -> Texts.date(d, lang)).orElse("…");
    String until = v.until().map(d -> Texts.date(d, lang)).orElse("…");
    return lang == Texts.VI ? "từ " + from + " đến " + until : "from " + from + " to " + until;
  }

  /** The baseline of a target: stated, observed in the baseline year, or none. */
  private static final class Base {
    final OptionalDouble value;
    final LocalDate date;
    /** The position of the observation in the baseline year among the usable ones, or -1. */
    final int observation;
    final Usable usable;
    final Optional<Baseline> declared;

    Base(OptionalDouble value, LocalDate date, int observation, Usable usable, Optional<Baseline> declared) {
      this.value = value;
      this.date = date;
      this.observation = observation;
      this.usable = usable;
      this.declared = declared;
    }

    Label note(AttainmentInput input) {
      if (value.isPresent()) {
        int year = declared.orElseThrow().year();
        return observation < 0
            ? Label.of("cơ sở do kế hoạch nêu (năm " + year + ")", "baseline stated by the plan (" + year + ")")
            : Label.of("cơ sở lấy từ quan sát " + usable.period(observation),
                "baseline from the observation of " + usable.period(observation));
      }
      String yearVi = declared.map(b -> " cho năm " + b.year()).orElse("");
      String yearEn = declared.map(b -> " for " + b.year()).orElse("");
      if (input.bound().kind() == BoundKind.GROWTH_PER_YEAR) {
        return Label.of("không có số liệu cơ sở" + yearVi + ": tăng trưởng tính từ quan sát đầu tiên",
            "no baseline value" + yearEn + ": growth is measured from the first observation");
      }
      return Texts.both(lang -> (lang == Texts.VI ? "không có số liệu cơ sở" + yearVi + ": tính từ "
          : "no baseline value" + yearEn + ": measured from ")
          + Texts.value(input.measure(), input.naturalZero(), lang)
          + (lang == Texts.VI ? ", điểm xuất phát tự nhiên của thước đo" : ", the natural starting point of the measure"));
    }
  }

  private static Base baseline(Target target, Usable usable) {
    Optional<Baseline> declared = target.baseline();
    if (declared.isEmpty()) {
      return new Base(OptionalDouble.empty(), null, -1, usable, declared);
    }
    Baseline b = declared.get();
    if (b.value().isPresent()) {
      return new Base(b.value(), LocalDate.of(b.year(), 12, 31), -1, usable, declared);
    }
    int inYear = -1;
    for (int i = 0; i < usable.size(); i++) {
      if (usable.date(i).getYear() == b.year()) {
        inYear = i;
      }
    }
    return inYear < 0 ? new Base(OptionalDouble.empty(), null, -1, usable, declared)
        : new Base(OptionalDouble.of(usable.value(inYear)), usable.date(inYear), inYear, usable, declared);
  }

  /** An attainment input, the observations it rests on, or why there is none. */
  private static final class Prepared {
    final AttainmentInput input;
    /** The positions of the observations used among the usable ones. */
    final int[] used;
    final Label reason;

    Prepared(AttainmentInput input, int[] used, Label reason) {
      this.input = input;
      this.used = used;
      this.reason = reason;
    }
  }

  private static Prepared prepare(Target target, Usable usable, Base base) {
    BoundKind kind = target.bound().kind();
    int last = usable.size() - 1;
    if ((kind == BoundKind.RELATIVE_CHANGE || kind == BoundKind.MAINTAIN) && base.value.isEmpty()) {
      int year = base.declared.orElseThrow().year();
      return new Prepared(null, NONE, Label.of(
          "thiếu giá trị cơ sở: kế hoạch không nêu và không có quan sát nào trong năm " + year,
          "no baseline value: the plan states none and there is no observation in " + year));
    }
    List<SeriesPoint> points = new ArrayList<>(usable.size() + 1);
    int[] used = new int[usable.size()];
    int count = 0;
    boolean fromBaseline = base.value.isPresent() && base.date.isBefore(usable.date(last));
    if (fromBaseline && base.observation < 0) {
      points.add(SeriesPoint.of(base.date, base.value.getAsDouble()));
    }
    for (int i = 0; i <= last; i++) {
      LocalDate d = usable.date(i);
      boolean include = !fromBaseline || (base.observation >= 0 ? !d.isBefore(base.date) : d.isAfter(base.date));
      if (include) {
        points.add(SeriesPoint.of(d, usable.value(i)));
        used[count++] = i;
      }
    }
    if (kind == BoundKind.GROWTH_PER_YEAR) {
      if (points.size() < 2) {
        ObservationPeriod latest = usable.period(last);
        return new Prepared(null, NONE, Label.of(
            "tăng trưởng hằng năm cần giá trị ở hai thời điểm khác nhau; chỉ có " + latest,
            "growth per year needs values on two different days; there is only " + latest));
      }
      for (SeriesPoint p : points) {
        if (p.value() < 0) {
          return new Prepared(null, NONE, Label.of(
              "tốc độ tăng trưởng không xác định với giá trị âm (" + p.date() + ")",
              "a growth rate is undefined for negative values (" + p.date() + ")"));
        }
      }
    }
    AttainmentInput.Builder b = AttainmentInput.builder().measure(target.indicator().measure())
        .direction(target.indicator().direction()).bound(target.bound()).value(usable.value(last)).points(points);
    if (base.value.isPresent()) {
      b.baseline(base.value.getAsDouble());
    }
    return new Prepared(b.build(), count == used.length ? used : Arrays.copyOf(used, count), null);
  }

  private static final int[] NONE = new int[0];

  /**
   * The series of a target read from the set's columns, where it is one series of the set with
   * an observation in the unit's window on or before the as-of date; {@code null} otherwise
   * (two series to merge, or nothing usable), where the observations are read one by one.
   */
  private static Usable fromColumns(Target target, ObservationSet observations, Subject subject,
      AdministrativeLevel level, LocalDate asOf) {
    String indicator = target.indicator().code();
    ObservationSet.Series explicit = observations.series(subject.code(), indicator, level);
    ObservationSet.Series single;
    if (level != subject.ownLevel()) {
      single = explicit;
    } else {
      ObservationSet.Series own = observations.series(subject.code(), indicator);
      if (explicit.isEmpty()) {
        single = own;
      } else if (own.isEmpty()) {
        single = explicit;
      } else {
        return null;
      }
    }
    if (single.isEmpty()) {
      return null;
    }
    if (!single.indicator().equals(target.indicator())) {
      throw wrongDefinition(target, single.get(0));
    }
    int n = single.size();
    int[] positions = new int[n];
    int count = 0;
    Optional<Validity> window = subject.window();
    for (int i = 0; i < n; i++) {
      LocalDate d = single.date(i);
      if ((window.isEmpty() || window.get().contains(d)) && !d.isAfter(asOf)) {
        positions[count++] = i;
      }
    }
    return count == 0 ? null : new Columns(single, positions, count);
  }

  /** The usable observations of a target, oldest first, read field by field. */
  private interface Usable {
    int size();

    LocalDate date(int i);

    double value(int i);

    ObservationStatus status(int i);

    ObservationPeriod period(int i);

    /** Makes the observation. */
    Observation get(int i);

    /** The observations on or before a day. */
    Usable until(LocalDate end);
  }

  /** Usable observations already made. */
  private static final class Listed implements Usable {
    private final List<Observation> list;

    Listed(List<Observation> list) {
      this.list = list;
    }

    @Override
    public int size() {
      return list.size();
    }

    @Override
    public LocalDate date(int i) {
      return list.get(i).date();
    }

    @Override
    public double value(int i) {
      return list.get(i).value();
    }

    @Override
    public ObservationStatus status(int i) {
      return list.get(i).status();
    }

    @Override
    public ObservationPeriod period(int i) {
      return list.get(i).period();
    }

    @Override
    public Observation get(int i) {
      return list.get(i);
    }

    @Override
    public Usable until(LocalDate end) {
      return new Listed(list.stream().filter(o -> !o.date().isAfter(end)).collect(Collectors.toList()));
    }
  }

  /** Usable observations of one series of the set, by their positions in the series. */
  private static final class Columns implements Usable {
    private final ObservationSet.Series series;
    private final int[] positions;
    private final int size;

    Columns(ObservationSet.Series series, int[] positions, int size) {
      this.series = series;
      this.positions = positions;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    private int at(int i) {
      return positions[Objects.checkIndex(i, size)];
    }

    @Override
    public LocalDate date(int i) {
      return series.date(at(i));
    }

    @Override
    public double value(int i) {
      return series.value(at(i));
    }

    @Override
    public ObservationStatus status(int i) {
      return series.status(at(i));
    }

    @Override
    public ObservationPeriod period(int i) {
      return series.period(at(i));
    }

    @Override
    public Observation get(int i) {
      return series.get(at(i));
    }

    @Override
    public Usable until(LocalDate end) {
      int[] kept = new int[size];
      int count = 0;
      for (int i = 0; i < size; i++) {
        if (!date(i).isAfter(end)) {
          kept[count++] = positions[i];
        }
      }
      return new Columns(series, kept, count);
    }
  }

}
