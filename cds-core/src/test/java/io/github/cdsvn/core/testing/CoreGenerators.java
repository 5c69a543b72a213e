package io.github.cdsvn.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
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
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid values of the model, and of awkward numbers to feed its
 * checks. Every generator here yields values the model must accept.
 */
public final class CoreGenerators {
  /** The reform date: units before it end the day before. */
  public static final LocalDate REFORM = AdministrativeLevel.REFORM_DATE;

  /** Quảng Bình as it was before the 2025 reform. */
  public static final AdministrativeUnit QUANG_BINH = AdministrativeUnit.builder().code("44")
      .name("Quảng Bình").kind(UnitKind.PROVINCE).parentCode("VN")
      .validity(Validity.until(REFORM.minusDays(1))).build();

  /** The nation. */
  public static final AdministrativeUnit VIET_NAM = AdministrativeUnit.builder().code("VN")
      .name("Việt Nam").kind(UnitKind.NATION).build();

  /** Ba Tri district of Bến Tre, abolished with the district tier. */
  public static final AdministrativeUnit BA_TRI = AdministrativeUnit.builder().code("836")
      .name("Ba Tri").kind(UnitKind.RURAL_DISTRICT).parentCode("83")
      .validity(Validity.until(REFORM.minusDays(1))).build();

  /** Kế hoạch 698/KH-UBND of Quảng Bình. */
  public static final Document KH_698 = Document.builder().kind(Document.Kind.PLAN)
      .number("698/KH-UBND").issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29))
      .title("Kế hoạch chuyển đổi số tỉnh Quảng Bình giai đoạn đến năm 2025, định hướng đến năm 2030")
      .build();

  /** Nghị quyết 07-NQ/TU of the Quảng Bình Party Committee. */
  public static final Document NQ_07 = Document.builder().kind(Document.Kind.RESOLUTION)
      .number("07-NQ/TU").issuer("Tỉnh ủy Quảng Bình").date(LocalDate.of(2022, 3, 31))
      .title("Nghị quyết về chuyển đổi số tỉnh Quảng Bình").build();

  /** A document with neither number nor date, as articles sometimes report them. */
  public static final Document BA_TRI_PLAN = Document.builder().kind(Document.Kind.PLAN)
      .issuer("UBND huyện Ba Tri").title("Kế hoạch thực hiện CĐS huyện Ba Tri giai đoạn 2020 - 2025")
      .build();

  /** Every document the generated targets cite. */
  public static final List<Document> DOCUMENTS = List.of(KH_698, NQ_07, BA_TRI_PLAN);

  /** A population narrower than everyone. */
  public static final Population ADULTS = Population.of("adults", "người dân trưởng thành", "adults");
  /** Another narrower population. */
  public static final Population AGED_14_PLUS = Population.of("aged-14-plus",
      "người dân từ 14 tuổi trở lên", "people aged 14 and over");

  /** A percent indicator with a fixed definition, for observation sets. */
  public static final Indicator WORK_RECORDS = Indicator.builder().code("gov.work-records.online")
      .label(Label.of("Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
          "Share of work records processed online"))
      .measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER)
      .pillar(Pillar.DIGITAL_GOVERNMENT).build();
  /** A count indicator with a fixed definition. */
  public static final Indicator DIGITAL_ENTERPRISES = Indicator.builder().code("econ.digital-enterprises.count")
      .label(Label.of("Số doanh nghiệp công nghệ số", "Number of digital-technology enterprises"))
      .measure(Measure.count()).direction(Direction.HIGHER_IS_BETTER)
      .pillar(Pillar.DIGITAL_ECONOMY).build();
  /** A yes/no indicator with a fixed definition. */
  public static final Indicator FIBRE_UNIVERSAL = Indicator.builder().code("infra.fibre.universal")
      .label(Label.of("Phổ cập dịch vụ mạng băng rộng cáp quang", "Universal fibre broadband"))
      .measure(Measure.yesNo()).direction(Direction.HIGHER_IS_BETTER)
      .pillar(Pillar.INFRASTRUCTURE).build();
  /** A rank indicator with a fixed definition. */
  public static final Indicator DTI_RANK = Indicator.builder().code("overall.dti.rank")
      .label(Label.of("Xếp hạng chỉ số chuyển đổi số cấp tỉnh", "Provincial DTI rank"))
      .measure(Measure.rank()).direction(Direction.LOWER_IS_BETTER)
      .pillar(Pillar.OVERALL).build();

  /** The indicators observation sets are generated over. */
  public static final List<Indicator> OBSERVED_INDICATORS =
      List.of(WORK_RECORDS, DIGITAL_ENTERPRISES, FIBRE_UNIVERSAL, DTI_RANK);
  /** The unit codes observation sets are generated over. */
  public static final List<String> OBSERVED_UNITS = List.of("01", "24", "44", "836");

  private static final List<String> CODE_PARTS = List.of("gov", "econ", "society", "infra",
      "work-records", "online", "level4", "5g", "e-payment", "a1", "x", "2030");
  private static final List<String> TEXTS = List.of("Tỷ lệ hồ sơ công việc", "Chính quyền số",
      "kinh tế số", "xã hội số", "Phổ cập điện thoại thông minh", "đô thị thông minh",
      "Share of work records", "Digital economy", "x", "Hạ tầng số / Digital infrastructure");
  private static final List<String> EXCLUSIONS = List.of(
      "hồ sơ công việc thuộc phạm vi bí mật Nhà nước", "hồ sơ mật", "đơn vị sự nghiệp");
  private static final List<String> CLAUSES = List.of(
      "80% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng",
      "phấn đấu đạt 95% hồ sơ công việc cấp tỉnh",
      "trên 50% dân số có tài khoản thanh toán điện tử",
      "nhóm 10 tỉnh, thành phố dẫn đầu về chuyển đổi số");
  private static final List<Measure.Category> SCALE = List.of(
      Measure.Category.of("yeu", "yếu", "weak"),
      Measure.Category.of("trung-binh", "trung bình", "average"),
      Measure.Category.of("trung-binh-kha", "trung bình khá", "fair"),
      Measure.Category.of("kha", "khá", "good"),
      Measure.Category.of("tot", "tốt", "very good"));
  private static final List<Pillar> PILLARS;

  static {
    List<Pillar> pillars = new ArrayList<>(Pillar.builtIns());
    pillars.add(Pillar.of("tourism", "Du lịch số", "Digital tourism"));
    pillars.add(Pillar.of("agriculture", "Nông nghiệp số", "Digital agriculture"));
    PILLARS = List.copyOf(pillars);
  }

  private CoreGenerators() {}

  // ------------------------------------------------------------------ numbers

  /**
   * Doubles that probe validation: NaN, the infinities, both zeros, the smallest and largest
   * doubles, the edges of every measure's range and their neighbours, whole and fractional
   * numbers around 0–100, and arbitrary doubles.
   */
  public static Gen<Double> awkwardDoubles() {
    Gen<Double> specials = Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 0.5, 1.0,
        Math.nextDown(1.0), Math.nextUp(1.0), 1.5, 2.0, 4.0, 63.0, 64.0, 99.99, 100.0,
        Math.nextUp(100.0), 100.05, 120.0, -1.0, -0.05, -99.5, -100.0, Math.nextUp(-100.0),
        Math.nextDown(-100.0), -1000.0, 1e15, 1e20, (double) Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1.0, Double.MAX_VALUE, -Double.MAX_VALUE));
    Gen<Double> nearPercent = doubles().between(-150, 150);
    Gen<Double> wholes = integers().between(-5, 110).map(Integer::doubleValue);
    Gen<Double> any = doubles().any();
    return Generate.frequency(List.of(Pair.of(3, specials), Pair.of(3, nearPercent),
        Pair.of(2, wholes), Pair.of(2, any)));
  }

  /** Years around and beyond the accepted 1945–2100, including the extremes of {@code int}. */
  public static Gen<Integer> awkwardYears() {
    return Generate.frequency(List.of(
        Pair.of(2, Generate.pick(List.of(Integer.MIN_VALUE, -1, 0, 1944, 1945, 1946, 2025, 2030,
            2099, 2100, 2101, 9999, Integer.MAX_VALUE))),
        Pair.of(3, integers().between(1900, 2150)),
        Pair.of(1, integers().all())));
  }

  /** Values valid for a measure, its edges included. */
  public static Gen<Double> validValues(Measure measure) {
    switch (measure.kind()) {
      case PERCENT:
        return doubles().between(0, 100).mix(Generate.pick(List.of(0.0, 100.0, 50.0, 99.99)), 20);
      case COUNT:
        return integers().between(0, 100_000).map(Integer::doubleValue)
            .mix(doubles().between(0, 1e9), 30);
      case AMOUNT:
        return doubles().between(0, 1e6);
      case RATE_PER_YEAR:
        return doubles().between(-99.9, 500).mix(Generate.pick(List.of(Math.nextUp(-100.0), 0.0)), 10);
      case RANK:
        return integers().between(1, 100).map(Integer::doubleValue);
      case INDEX:
        return doubles().between(measure.min(), measure.max())
            .mix(Generate.pick(List.of(measure.min(), measure.max())), 20);
      case YES_NO:
        return Generate.pick(List.of(0.0, 1.0));
      case ORDINAL:
        return integers().between(0, measure.categories().size() - 1).map(Integer::doubleValue);
      default:
        throw new AssertionError(measure.kind());
    }
  }

  // ------------------------------------------------------------------ texts and codes

  /** Well-formed codes: dotted lower-case parts with inner hyphens. */
  public static Gen<String> codes() {
    return lists().of(Generate.pick(CODE_PARTS)).ofSizeBetween(1, 4).map(l -> String.join(".", l));
  }

  /** Texts that are never blank: Vietnamese phrases and random Latin text. */
  public static Gen<String> texts() {
    Gen<String> random = strings().basicLatinAlphabet().ofLengthBetween(1, 16)
        .map(s -> s.isBlank() ? "t" + s : s);
    return Generate.pick(TEXTS).mix(random, 40);
  }

  /** Labels with non-blank texts. */
  public static Gen<Label> labels() {
    return texts().zip(texts(), Label::of);
  }

  // ------------------------------------------------------------------ indicators

  /** Built-in and user-defined pillars. */
  public static Gen<Pillar> pillars() {
    return Generate.pick(PILLARS);
  }

  /** Measures of every kind. */
  public static Gen<Measure> measures() {
    return Generate.enumValues(Measure.Kind.class).flatMap(CoreGenerators::measures);
  }

  /** Measures of one kind; amounts, indexes and ordinal scales vary. */
  public static Gen<Measure> measures(Measure.Kind kind) {
    switch (kind) {
      case PERCENT:
        return Generate.constant(Measure.percent());
      case COUNT:
        return Generate.constant(Measure.count());
      case AMOUNT:
        return Generate.pick(List.of("triệu đồng/lao động", "tỷ đồng", "km")).map(Measure::amount);
      case RATE_PER_YEAR:
        return Generate.constant(Measure.ratePerYear());
      case RANK:
        return Generate.constant(Measure.rank());
      case INDEX:
        // 0 always lies in the range, so a reduction against any baseline stays in it
        return Generate.pick(List.of(-10.0, -1.0, 0.0))
            .zip(Generate.pick(List.of(1.0, 10.0, 100.0, 1000.0)), Measure::index);
      case YES_NO:
        return Generate.constant(Measure.yesNo());
      case ORDINAL:
        return integers().between(2, SCALE.size()).map(n -> Measure.ordinal(SCALE.subList(0, n)));
      default:
        throw new AssertionError(kind);
    }
  }

  /** Indicators of every measure kind. */
  public static Gen<Indicator> indicators() {
    return Generate.enumValues(Measure.Kind.class).flatMap(CoreGenerators::indicators);
  }

  /** Indicators of one measure kind; ranks are always lower-is-better. */
  public static Gen<Indicator> indicators(Measure.Kind kind) {
    Gen<Direction> directions = kind == Measure.Kind.RANK
        ? Generate.constant(Direction.LOWER_IS_BETTER)
        : Generate.enumValues(Direction.class);
    return codes().zip(labels(), measures(kind), directions, pillars(),
        (code, label, measure, direction, pillar) -> Indicator.builder().code(code).label(label)
            .measure(measure).direction(direction).pillar(pillar).build());
  }

  // ------------------------------------------------------------------ units

  /** Validities: open, from, until or between two days. */
  public static Gen<Validity> validities() {
    Gen<LocalDate> days = dates(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));
    Gen<Validity> between = days.zip(integers().between(0, 4000),
        (from, length) -> Validity.between(from, from.plusDays(length)));
    return Generate.oneOf(Generate.constant(Validity.always()), days.map(Validity::from),
        days.map(Validity::until), between);
  }

  /** Days between two days, both inclusive. */
  public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    return longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Administrative units of every kind, with or without parent. */
  public static Gen<AdministrativeUnit> units() {
    Gen<String> codes = Generate.pick(List.of("01", "24", "44", "836", "29110", "VN", "A1"));
    Gen<Optional<String>> parents = Generate.pick(List.of("VN", "83", "44", "99")).toOptionals(30);
    return codes.zip(Generate.pick(List.of("Quảng Bình", "Ba Tri", "Bắc Ninh", "Hà Nội")),
        Generate.enumValues(UnitKind.class), parents, validities(),
        (code, name, kind, parent, validity) -> AdministrativeUnit.builder().code(code).name(name)
            .kind(kind).parentCode(parent.filter(p -> !p.equals(code))).validity(validity).build());
  }

  // ------------------------------------------------------------------ plans

  /** Any accepted horizon. */
  public static Gen<Horizon> horizons() {
    return integers().between(Horizon.MIN_YEAR, Horizon.MAX_YEAR).map(Horizon::of);
  }

  /** Horizons plans name: 2021 to 2040. */
  public static Gen<Horizon> planHorizons() {
    return integers().between(2021, 2040).map(Horizon::of);
  }

  /** Documents of every kind, with and without number and date. */
  public static Gen<Document> documents() {
    return Generate.enumValues(Document.Kind.class).zip(
        Generate.pick(List.of("698/KH-UBND", "07-NQ/TU", "749/QĐ-TTg", "111-NQ/TU")).toOptionals(25),
        Generate.pick(List.of("UBND tỉnh Quảng Bình", "Tỉnh ủy Bắc Giang", "Thủ tướng Chính phủ")),
        dates(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30)).toOptionals(25), texts(),
        (kind, number, issuer, date, title) -> Document.builder().kind(kind).number(number).issuer(issuer)
            .date(date).title(title).build());
  }

  /** Everyone, adults, people aged 14 and over. */
  public static Gen<Population> populations() {
    return Generate.pick(List.of(Population.EVERYONE, ADULTS, AGED_14_PLUS));
  }

  /** Sources citing one of {@link #DOCUMENTS}. */
  public static Gen<Source> sources() {
    return Generate.pick(DOCUMENTS).zip(Generate.pick(CLAUSES), Source::of);
  }

  /** Baselines for a measure, before a horizon, with or without a stated value. */
  public static Gen<Baseline> baselines(Measure measure, Horizon horizon) {
    return integers().between(horizon.year() - 10, horizon.year() - 1)
        .zip(validValues(measure).toOptionals(30),
            (year, value) -> value.map(v -> Baseline.of(year, v)).orElseGet(() -> Baseline.ofYear(year)));
  }

  /** A bound and the baseline that goes with it. */
  public record Condition(Bound bound, Optional<Baseline> baseline) {}

  /**
   * Bounds suited to a measure, each with a baseline where the bound needs one (relative change,
   * maintain) and optionally otherwise.
   */
  public static Gen<Condition> conditions(Measure measure, Horizon horizon) {
    Gen<Baseline> baselines = baselines(measure, horizon);
    Gen<Optional<Baseline>> optionalBaselines = baselines.toOptionals(50);
    List<Gen<Condition>> choices = new ArrayList<>();
    Gen<Condition> maintain = baselines.map(b -> new Condition(Bound.maintain(), Optional.of(b)));
    switch (measure.kind()) {
      case PERCENT:
      case COUNT:
      case AMOUNT:
      case RATE_PER_YEAR:
      case INDEX:
        choices.add(validValues(measure).zip(Generate.enumValues(Threshold.class),
            doubles().between(0, 10), optionalBaselines,
            (v, kind, tolerance, baseline) -> new Condition(kind.bound(measure, v, tolerance), baseline)));
        if (measure.kind() != Measure.Kind.RATE_PER_YEAR) {
          choices.add(doubles().between(-50, 30).zip(booleans().all(), optionalBaselines,
              (g, strict, baseline) -> new Condition(Bound.growthPerYear(g, strict), baseline)));
          choices.add(integers().between(-99, -1).zip(baselines,
              (p, baseline) -> new Condition(Bound.relativeChange(p), Optional.of(baseline))));
        }
        choices.add(maintain);
        break;
      case RANK:
        choices.add(integers().between(1, 100)
            .flatMap(of -> integers().between(1, of).map(n -> Bound.topRank(n, of)))
            .zip(optionalBaselines, Condition::new));
        choices.add(maintain);
        break;
      case YES_NO:
        choices.add(optionalBaselines.map(b -> new Condition(Bound.milestone(), b)));
        break;
      case ORDINAL:
        choices.add(Generate.pick(measure.categories())
            .zip(optionalBaselines, (c, b) -> new Condition(Bound.ordinalAtLeast(c.code()), b)));
        choices.add(maintain);
        break;
      default:
        throw new AssertionError(measure.kind());
    }
    return Generate.pick(choices).flatMap(g -> g);
  }

  /** The bounds on the value itself, for {@link #conditions}. */
  enum Threshold {
    AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN, APPROXIMATELY;

    Bound bound(Measure measure, double v, double tolerance) {
      switch (this) {
        case AT_LEAST:
          return Bound.atLeast(v);
        case AT_MOST:
          return Bound.atMost(v);
        case MORE_THAN:
          return v < measure.max() ? Bound.moreThan(v) : Bound.atLeast(v);
        case LESS_THAN:
          return v > measure.min() ? Bound.lessThan(v) : Bound.atMost(v);
        case APPROXIMATELY:
          return Bound.approximately(v, tolerance);
        default:
          throw new AssertionError(this);
      }
    }
  }

  /** Targets for indicators of every kind. */
  public static Gen<Target> targets() {
    return indicators().flatMap(CoreGenerators::targets);
  }

  /** Targets for one indicator, at any level, horizon and population. */
  public static Gen<Target> targets(Indicator indicator) {
    Gen<List<String>> exclusions = lists().of(Generate.pick(EXCLUSIONS)).ofSizeBetween(0, 2);
    Gen<Optional<String>> notes = Generate.pick(List.of("đọc 'đạt' là tối thiểu", "số liệu năm 2020"))
        .toOptionals(60);
    return planHorizons().flatMap(horizon -> conditions(indicator.measure(), horizon)
        .zip(Generate.enumValues(AdministrativeLevel.class), populations(), sources(),
            exclusions.zip(notes, Pair::of),
            (condition, level, population, source, extras) -> Target.builder()
                .indicator(indicator).level(level).horizon(horizon).bound(condition.bound())
                .baseline(condition.baseline()).population(population).source(source)
                .exclusions(extras._1).note(extras._2).build()));
  }

  /**
   * Plans of the nation or of Quảng Bình citing every document of {@link #DOCUMENTS}, with up to
   * four targets of distinct keys, none above the adopting unit's level.
   */
  public static Gen<Plan> plans() {
    Gen<AdministrativeUnit> units = Generate.pick(List.of(VIET_NAM, QUANG_BINH));
    Gen<List<Target>> targetLists = lists().of(targets()).ofSizeBetween(0, 4);
    Gen<List<String>> carried = lists().of(Generate.pick(List.of("vn.qd-749-2020", "vn.nq-52-2019")))
        .ofSizeBetween(0, 2).map(l -> List.copyOf(Set.copyOf(l)));
    return units.zip(targetLists, carried, Generate.pick(List.of("Kế hoạch chuyển đổi số", "Nghị quyết CĐS")),
        (unit, targets, carriesOut, title) -> Plan.builder()
            .id(unit == VIET_NAM ? "vn.qd-749-2020.own" : "quang-binh.kh-698-2022")
            .unit(unit).title(title).documents(DOCUMENTS).carriesOut(carriesOut)
            .targets(distinctKeys(fitTo(unit, targets))).build());
  }

  private static List<Target> fitTo(AdministrativeUnit unit, List<Target> targets) {
    List<Target> fitted = new ArrayList<>();
    for (Target t : targets) {
      fitted.add(t.level().isAbove(unit.level()) ? Target.builder().from(t).level(unit.level()).build() : t);
    }
    return fitted;
  }

  private static List<Target> distinctKeys(List<Target> targets) {
    Map<Target.Key, Target> byKey = new LinkedHashMap<>();
    targets.forEach(t -> byKey.putIfAbsent(t.key(), t));
    return List.copyOf(byKey.values());
  }

  // ------------------------------------------------------------------ observations

  /** Periods: whole years or single days in 2015–2030. */
  public static Gen<ObservationPeriod> periods() {
    Gen<ObservationPeriod> years = integers().between(2015, 2030).map(ObservationPeriod::ofYear);
    Gen<ObservationPeriod> days = dates(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31))
        .map(ObservationPeriod::ofDate);
    return years.mix(days, 50);
  }

  /**
   * Periods whose end dates identify them: years, and days other than 31 December, so that two
   * periods with one end date are equal.
   */
  public static Gen<ObservationPeriod> distinctEndPeriods() {
    Gen<ObservationPeriod> years = integers().between(2015, 2030).map(ObservationPeriod::ofYear);
    Gen<ObservationPeriod> days = integers().between(2015, 2030).zip(integers().between(1, 364),
        (y, d) -> ObservationPeriod.ofDate(LocalDate.ofYearDay(y, d)));
    return years.mix(days, 50);
  }

  /** Observations of any indicator kind, with optional source and any status. */
  public static Gen<Observation> observations() {
    return indicators().flatMap(indicator -> validValues(indicator.measure()).zip(
        Generate.pick(OBSERVED_UNITS), periods(), Generate.enumValues(Observation.Status.class),
        Generate.pick(List.of("Sở TT&TT", "Cục Thống kê")).toOptionals(40),
        (value, unit, period, status, source) -> Observation.builder().unitCode(unit)
            .indicator(indicator).period(period).value(value).status(status).source(source)
            .build()));
  }

  /**
   * Lists of observations over {@link #OBSERVED_UNITS} and {@link #OBSERVED_INDICATORS} whose
   * value is a function of unit, indicator and end date: any two observations with one key are
   * equal, so every list builds a set. Up to {@code max} observations; keys repeat often.
   */
  public static Gen<List<Observation>> consistentObservationLists(int max) {
    Gen<Observation> one = Generate.pick(OBSERVED_UNITS).zip(Generate.pick(OBSERVED_INDICATORS),
        distinctEndPeriods(), CoreGenerators::consistentObservation);
    return lists().of(one).ofSizeBetween(0, max);
  }

  /** The observation of a key whose value is derived from the key alone. */
  public static Observation consistentObservation(String unit, Indicator indicator, ObservationPeriod period) {
    int h = Objects.hash(unit, indicator.code(), period.endDate()) & 0x7fffffff;
    double value;
    switch (indicator.measure().kind()) {
      case PERCENT:
        value = (h % 10_001) / 100.0;
        break;
      case COUNT:
        value = h % 5000;
        break;
      case YES_NO:
        value = h % 2;
        break;
      case RANK:
        value = 1 + h % 63;
        break;
      default:
        throw new AssertionError(indicator);
    }
    return Observation.builder().unitCode(unit).indicator(indicator).period(period).value(value).build();
  }

  /** Seeds for shuffling with {@link java.util.Random}. */
  public static Gen<Long> seeds() {
    return longs().all();
  }
}
