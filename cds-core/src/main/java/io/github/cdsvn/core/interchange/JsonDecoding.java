package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.Problem;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.MeasureKind;
import io.github.cdsvn.core.indicator.OrdinalCategory;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.BoundKind;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.DocumentKind;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.plan.TargetKey;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.SuccessionType;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the JSON documents of the four formats into the model, collecting every problem. */
final class JsonDecoding {
  static final int VERSION = 1;
  static final String PLAN = "cds-plan";
  static final String CATALOGUE = "cds-indicators";
  static final String REGISTRY = "cds-units";
  static final String OBSERVATIONS = "cds-observations";

  private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)\\]");

  private final Obj.Ctx ctx;

  JsonDecoding(Obj.Ctx ctx) {
    this.ctx = ctx;
  }

  private Problems problems() {
    return ctx.problems();
  }

  /** Checks format and version; a document of another format is not read further. */
  private Obj header(Node root, String format) {
    if (root.kind != Node.Kind.OBJECT) {
      // one problem, not a wrong type and then a missing object
      throw problems().fatal(ctx.at(root), "expected a JSON object with \"format\": \"" + format + "\", not "
          + root.kind.what);
    }
    Obj doc = new Obj(ctx, root, "the document");
    String f = doc.text("format", true);
    Integer v = doc.integer("version", true);
    if (f == null) {
      throw new Problems.Stop();
    }
    if (!f.equals(format)) {
      throw problems().fatal(ctx.at(doc.locate("format")), "format is '" + f + "'; expected '" + format + "'");
    }
    if (v != null && v != VERSION) {
      throw problems().fatal(ctx.at(doc.locate("version")), "version " + v + " of " + format
          + " is not supported; this reader reads version " + VERSION);
    }
    return doc;
  }

  // ---------------------------------------------------------------- plan

  Plan plan(Node root, IndicatorCatalogue catalogue, UnitRegistry registry) {
    Obj doc = header(root, PLAN);
    String id = doc.text("id", true);
    Obj unitRef = doc.object("unit", true);
    String title = doc.text("title", true);
    List<Node> documentNodes = doc.array("documents", true);
    List<Node> carriesNodes = doc.array("carries_out", false);
    List<Node> targetNodes = doc.array("targets", false);
    List<Node> noteNodes = doc.array("notes", false);
    doc.finish();

    AdministrativeUnit unit = unitRef == null ? null : unitRef(unitRef, registry);
    List<Document> documents = new ArrayList<>();
    boolean documentsOk = true;
    if (documentNodes != null) {
      if (documentNodes.isEmpty()) {
        ctx.add(doc.locate("documents"), "a plan names at least one document");
      }
      for (Node n : documentNodes) {
        Document d = document(n);
        documentsOk &= d != null;
        documents.add(d);
      }
    }
    List<String> carriesOut = texts(carriesNodes, "carries_out");
    List<String> notes = texts(noteNodes, "notes");
    List<Target> targets = new ArrayList<>();
    Map<TargetKey, Node> keys = new HashMap<>();
    if (targetNodes != null) {
      for (Node n : targetNodes) {
        Target t = target(n, catalogue, documents, documentsOk);
        if (t == null) {
          continue;
        }
        if (unit != null && t.level().isAbove(unit.level())) {
          ctx.add(new Obj(ctx, n, "target").locate("level"), "the target measures " + t.level().label().en()
              + ", above the level of the adopting unit " + unit);
        }
        Node first = keys.putIfAbsent(t.key(), n);
        if (first != null) {
          ctx.add(n, "a second target for " + t.key() + " (same indicator, level, horizon and population"
              + " as the target at line " + first.line + ", column " + first.column + ")");
        }
        targets.add(t);
      }
    }
    if (!problems().isEmpty() || unit == null || id == null || title == null) {
      throw new Problems.Stop();
    }
    try {
      return Plan.builder().id(id).unit(unit).title(title).addAllDocuments(documents)
          .addAllCarriesOut(carriesOut).addAllTargets(targets).addAllNotes(notes).build();
    } catch (InvalidValueException e) {
      ctx.refused(locatePlan(doc, e.field()), e);
      throw new Problems.Stop();
    }
  }

  private Node locatePlan(Obj doc, String field) {
    String a = field.startsWith("Plan.") ? field.substring(5) : field;
    Matcher m = INDEXED.matcher(a);
    if (m.find() && m.group(1).equals("targets")) {
      List<Node> items = doc.locate("targets").items;
      int i = Integer.parseInt(m.group(2));
      return i < items.size() ? items.get(i) : doc.node;
    }
    Map<String, String> names = Map.of("id", "id", "title", "title", "notes", "notes",
        "documents", "documents", "carriesOut", "carries_out", "targets", "targets", "unit", "unit");
    String head = a.split("[.\\[ ]", 2)[0];
    return names.containsKey(head) ? doc.locate(names.get(head)) : doc.node;
  }

  private AdministrativeUnit unitRef(Obj ref, UnitRegistry registry) {
    String code = ref.text("code", true);
    LocalDate on = ref.date("on", false);
    ref.finish();
    if (code == null || (ref.given("on") && on == null)) {
      return null;
    }
    if (on != null) {
      Optional<AdministrativeUnit> u = registry.find(code, on);
      if (u.isEmpty()) {
        ctx.add(ref.locate("code"), "unit code '" + code + "' names no unit on " + on
            + describeCode(registry, code));
      }
      return u.orElse(null);
    }
    List<AdministrativeUnit> all = registry.unitsWithCode(code);
    if (all.size() != 1) {
      ctx.add(ref.locate("code"), "unit code '" + code + "' names " + all.size()
          + " units in the registry; give the date it is read at with \"on\"");
      return null;
    }
    return all.get(0);
  }

  private static String describeCode(UnitRegistry registry, String code) {
    List<AdministrativeUnit> all = registry.unitsWithCode(code);
    return all.isEmpty() ? "; the registry has no unit with that code at any date"
        : "; it names " + all.stream().map(AdministrativeUnit::toString).toList();
  }

  private List<String> texts(List<Node> nodes, String what) {
    List<String> out = new ArrayList<>();
    if (nodes != null) {
      for (Node n : nodes) {
        if (n.kind != Node.Kind.STRING) {
          ctx.add(n, "wrong type: each of '" + what + "' must be a text, not " + n.kind.what);
        } else {
          out.add(n.text);
        }
      }
    }
    return out;
  }

  private Document document(Node n) {
    Obj o = new Obj(ctx, n, "document");
    DocumentKind kind = o.parsed("kind", true, DocumentKind::parse);
    String number = o.text("number", false);
    String issuer = o.text("issuer", true);
    LocalDate date = o.date("date", false);
    String title = o.text("title", true);
    o.finish();
    if (kind == null || issuer == null || title == null || (o.given("date") && date == null)
        || (o.given("number") && number == null)) {
      return null;
    }
    try {
      Document.Builder b = Document.builder().kind(kind).issuer(issuer).title(title);
      if (number != null) {
        b.number(number);
      }
      if (date != null) {
        b.date(date);
      }
      return b.build();
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(tail(e.field(), "Document.")), e);
      return null;
    }
  }

  private static String tail(String field, String prefix) {
    String a = field.startsWith(prefix) ? field.substring(prefix.length()) : field;
    return a.split("[.\\[ (]", 2)[0];
  }

  private Target target(Node n, IndicatorCatalogue catalogue, List<Document> documents, boolean documentsOk) {
    Obj o = new Obj(ctx, n, "target");
    int before = problems().size();
    String code = o.text("indicator", true);
    AdministrativeLevel level = o.parsed("level", true, AdministrativeLevel::parse);
    Integer year = o.integer("horizon", true);
    Obj boundObj = o.object("bound", true);
    Obj baselineObj = o.object("baseline", false);
    Obj populationObj = o.object("population", false);
    List<Node> exclusionNodes = o.array("exclusions", false);
    Obj sourceObj = o.object("source", true);
    String note = o.text("note", false);
    o.finish();

    Indicator indicator = null;
    if (code != null) {
      indicator = catalogue.find(code).orElse(null);
      if (indicator == null) {
        ctx.add(o.locate("indicator"), "unknown indicator code '" + code + "': the catalogue has no such indicator");
      }
    }
    Horizon horizon = null;
    if (year != null) {
      try {
        horizon = Horizon.of(year);
      } catch (InvalidValueException e) {
        ctx.refused(o.locate("horizon"), e);
      }
    }
    Bound bound = boundObj == null ? null : bound(boundObj);
    Baseline baseline = null;
    if (baselineObj != null) {
      Integer y = baselineObj.integer("year", true);
      Double v = baselineObj.number("value", false);
      baselineObj.finish();
      if (y != null) {
        try {
          baseline = v == null ? Baseline.ofYear(y) : Baseline.of(y, v);
        } catch (InvalidValueException e) {
          ctx.refused(baselineObj.locate(tail(e.field(), "Baseline.")), e);
        }
      }
    }
    Population population = populationObj == null ? null : population(populationObj);
    List<String> exclusions = texts(exclusionNodes, "exclusions");
    Source source = sourceObj == null ? null : source(sourceObj, documents, documentsOk);
    if (problems().size() > before || indicator == null || level == null || horizon == null
        || bound == null || source == null) {
      return null;
    }
    Target.Builder b = Target.builder().indicator(indicator).level(level).horizon(horizon)
        .bound(bound).addAllExclusions(exclusions).source(source);
    if (baseline != null) {
      b.baseline(baseline);
    }
    if (population != null) {
      b.population(population);
    }
    if (note != null) {
      b.note(note);
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      String f = tail(e.field(), "Target.");
      Node at = o.locate(f);
      if (f.equals("bound") && boundObj != null) {
        String inner = e.field().startsWith("Target.bound.") ? e.field().substring("Target.bound.".length()) : "";
        at = inner.isEmpty() ? boundObj.node : boundObj.locate(inner);
      } else if (f.equals("baseline") && baselineObj != null) {
        at = baselineObj.locate(e.field().endsWith(".year") ? "year" : "value");
      }
      ctx.refused(at, e);
      return null;
    }
  }

  private Bound bound(Obj o) {
    BoundKind kind = o.parsed("kind", true, t -> Codes.read(BoundKind.class, "bound kind", t));
    if (kind == null) {
      return null;
    }
    int before = problems().size();
    Double value = null;
    Double tolerance = null;
    Double percent = null;
    Integer n = null;
    Integer of = null;
    Boolean strict = null;
    String category = null;
    switch (kind) {
      case AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN -> value = o.number("value", true);
      case APPROXIMATELY -> {
        value = o.number("value", true);
        tolerance = o.number("tolerance", true);
      }
      case TOP_RANK -> {
        n = o.integer("n", true);
        of = o.integer("of", true);
      }
      case RELATIVE_CHANGE -> percent = o.number("percent", true);
      case GROWTH_PER_YEAR -> {
        percent = o.number("percent", true);
        strict = o.bool("strict", false);
      }
      case ORDINAL_AT_LEAST -> category = o.text("category", true);
      case MILESTONE, MAINTAIN -> { }
      default -> throw new AssertionError(kind);
    }
    o.finish();
    if (problems().size() > before) {
      return null;
    }
    try {
      return switch (kind) {
        case AT_LEAST -> Bound.atLeast(value);
        case MORE_THAN -> Bound.moreThan(value);
        case AT_MOST -> Bound.atMost(value);
        case LESS_THAN -> Bound.lessThan(value);
        case APPROXIMATELY -> Bound.approximately(value, tolerance);
        case TOP_RANK -> Bound.topRank(n, of);
        case RELATIVE_CHANGE -> Bound.relativeChange(percent);
        case GROWTH_PER_YEAR -> Bound.growthPerYear(percent, strict != null && strict);
        case MILESTONE -> Bound.milestone();
        case ORDINAL_AT_LEAST -> Bound.ordinalAtLeast(category);
        case MAINTAIN -> Bound.maintain();
      };
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(tail(e.field(), "Bound.")), e);
      return null;
    }
  }

  private Label label(Obj o) {
    String vi = o.text("vi", true);
    String en = o.text("en", true);
    o.finish();
    if (vi == null || en == null) {
      return null;
    }
    try {
      return Label.of(vi, en);
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(e.field().endsWith("vi") ? "vi" : "en"), e);
      return null;
    }
  }

  /** An object with a code and a label, built by a factory that may refuse it. */
  private <T> T coded(Obj o, java.util.function.BiFunction<String, Label, T> factory, String prefix) {
    String code = o.text("code", true);
    Obj labelObj = o.object("label", true);
    o.finish();
    Label label = labelObj == null ? null : label(labelObj);
    if (code == null || label == null) {
      return null;
    }
    try {
      return factory.apply(code, label);
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(tail(e.field(), prefix)), e);
      return null;
    }
  }

  private Population population(Obj o) {
    return coded(o, Population::new, "Population.");
  }

  private Source source(Obj o, List<Document> documents, boolean documentsOk) {
    Node ref = o.get("document", true);
    String clause = o.text("clause", true);
    o.finish();
    Document document = null;
    if (ref != null) {
      if (ref.kind == Node.Kind.NUMBER) {
        Integer i = Obj.integer(ctx, ref, "'document'");
        if (i != null) {
          if (i < 0 || i >= documents.size()) {
            ctx.add(ref, "document " + i + " is not an index of the plan's documents (0 to "
                + (documents.size() - 1) + ")");
          } else {
            document = documents.get(i);
          }
        }
      } else if (ref.kind == Node.Kind.STRING) {
        List<Document> cited = documents.stream().filter(d -> d != null && d.citation().equals(ref.text)).toList();
        if (cited.size() == 1) {
          document = cited.get(0);
        } else if (documentsOk) {
          ctx.add(ref, cited.isEmpty() ? "no document of the plan is cited as '" + ref.text + "'"
              : "several documents of the plan are cited as '" + ref.text + "'; name it by its index");
        }
      } else {
        ctx.add(ref, "wrong type: 'document' must be the index of one of the plan's documents or its citation, not "
            + ref.kind.what);
      }
    }
    if (document == null || clause == null) {
      return null;
    }
    try {
      return Source.of(document, clause);
    } catch (InvalidValueException e) {
      ctx.refused(o.locate("clause"), e);
      return null;
    }
  }

  // ---------------------------------------------------------------- catalogue

  IndicatorCatalogue catalogue(Node root) {
    Obj doc = header(root, CATALOGUE);
    List<Node> items = doc.array("indicators", true);
    doc.finish();
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Indicator> byCode = new HashMap<>();
    Map<String, Node> where = new HashMap<>();
    if (items != null) {
      for (Node n : items) {
        Obj o = new Obj(ctx, n, "indicator");
        Indicator i = indicator(o);
        if (i == null) {
          continue;
        }
        Indicator previous = byCode.putIfAbsent(i.code(), i);
        if (previous != null && !previous.equals(i)) {
          Node first = where.get(i.code());
          ctx.add(o.locate("code"), "indicator '" + i.code() + "' is already defined differently at line "
              + first.line + ", column " + first.column);
          continue;
        }
        where.putIfAbsent(i.code(), n);
        indicators.add(i);
      }
    }
    problems().throwIfAny();
    return IndicatorCatalogue.of(indicators);
  }

  private Indicator indicator(Obj o) {
    int before = problems().size();
    String code = o.text("code", true);
    Obj labelObj = o.object("label", true);
    Obj measureObj = o.object("measure", true);
    Direction direction = o.parsed("direction", true, t -> Codes.read(Direction.class, "direction", t));
    Node pillarNode = o.get("pillar", true);
    o.finish();
    Label label = labelObj == null ? null : label(labelObj);
    Measure measure = measureObj == null ? null : measure(measureObj);
    Pillar pillar = pillarNode == null ? null : pillar(pillarNode);
    if (problems().size() > before || code == null || label == null || measure == null
        || direction == null || pillar == null) {
      return null;
    }
    try {
      return Indicator.builder().code(code).label(label).measure(measure).direction(direction)
          .pillar(pillar).build();
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(tail(e.field(), "Indicator.")), e);
      return null;
    }
  }

  private Pillar pillar(Node n) {
    if (n.kind == Node.Kind.STRING) {
      Optional<Pillar> p = Pillar.builtIn(n.text);
      if (p.isEmpty()) {
        ctx.add(n, "unknown pillar '" + n.text + "': built-in pillars are "
            + Pillar.builtIns().stream().map(Pillar::code).toList()
            + "; write a pillar of your own as an object with its code and label");
      }
      return p.orElse(null);
    }
    Obj o = new Obj(ctx, n, "'pillar'");
    if (!o.ok) {
      return null;
    }
    return coded(o, (code, label) -> Pillar.of(code, label.vi(), label.en()), "Pillar.");
  }

  private Measure measure(Obj o) {
    MeasureKind kind = o.parsed("kind", true, t -> Codes.read(MeasureKind.class, "measure kind", t));
    if (kind == null) {
      return null;
    }
    int before = problems().size();
    String unit = null;
    Double min = null;
    Double max = null;
    List<OrdinalCategory> categories = new ArrayList<>();
    switch (kind) {
      case AMOUNT -> unit = o.text("unit", true);
      case INDEX -> {
        min = o.number("min", true);
        max = o.number("max", true);
      }
      case ORDINAL -> {
        List<Node> nodes = o.array("categories", true);
        if (nodes != null) {
          for (Node c : nodes) {
            Obj co = new Obj(ctx, c, "category");
            if (co.ok) {
              OrdinalCategory cat = coded(co, OrdinalCategory::new, "OrdinalCategory.");
              if (cat != null) {
                categories.add(cat);
              }
            }
          }
        }
      }
      default -> { }
    }
    o.finish();
    if (problems().size() > before) {
      return null;
    }
    try {
      return switch (kind) {
        case PERCENT -> Measure.percent();
        case COUNT -> Measure.count();
        case AMOUNT -> Measure.amount(unit);
        case RATE_PER_YEAR -> Measure.ratePerYear();
        case RANK -> Measure.rank();
        case INDEX -> Measure.index(min, max);
        case YES_NO -> Measure.yesNo();
        case ORDINAL -> Measure.ordinal(categories);
      };
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(tail(e.field(), "Measure.")), e);
      return null;
    }
  }

  // ---------------------------------------------------------------- registry

  UnitRegistry registry(Node root) {
    Obj doc = header(root, REGISTRY);
    List<Node> unitNodes = doc.array("units", true);
    List<Node> successionNodes = doc.array("successions", false);
    doc.finish();
    UnitRegistry.Builder builder = UnitRegistry.builder();
    List<Node> unitAt = new ArrayList<>();
    List<AdministrativeUnit> read = new ArrayList<>();
    RefusedUnits refused = new RefusedUnits();
    Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
    if (unitNodes != null) {
      for (Node n : unitNodes) {
        AdministrativeUnit u = unit(new Obj(ctx, n, "unit"), refused);
        if (u != null) {
          read.add(u);
          unitAt.add(n);
          byCode.computeIfAbsent(u.code(), c -> new ArrayList<>()).add(u);
        }
      }
    }
    for (AdministrativeUnit u : read) {
      builder.add(refused.withoutRefusedParent(u));
    }
    List<Node> successionAt = new ArrayList<>();
    if (successionNodes != null) {
      for (Node n : successionNodes) {
        Succession s = succession(new Obj(ctx, n, "succession"), byCode, refused);
        if (s != null) {
          builder.addSuccession(s);
          successionAt.add(n);
        }
      }
    }
    // the registry's own checks run on the units that could be read, so that one reading
    // reports every problem
    UnitRegistry registry;
    try {
      registry = builder.build();
    } catch (InvalidDataException e) {
      relocate(e, Map.of("units", unitAt, "successions", successionAt));
      throw new Problems.Stop();
    }
    problems().throwIfAny();
    return registry;
  }

  /** Reports the problems of a model builder at the file locations of the items they name. */
  private void relocate(InvalidDataException e, Map<String, List<Node>> items) {
    for (Problem p : e.problems()) {
      Matcher m = INDEXED.matcher(p.location());
      List<Node> list = m.find() ? items.get(m.group(1)) : null;
      int i = list == null ? -1 : Integer.parseInt(m.group(2));
      String at = i >= 0 && i < list.size() ? ctx.at(list.get(i)) : ctx.source();
      Matcher other = Pattern.compile("\\(units\\[(\\d+)\\]\\)").matcher(p.message());
      String message = other.replaceAll(r -> {
        int j = Integer.parseInt(r.group(1));
        return j < unitsAt(items).size() ? "(line " + unitsAt(items).get(j).line + ")" : r.group();
      });
      problems().add(at, message);
    }
  }

  private static List<Node> unitsAt(Map<String, List<Node>> items) {
    return items.get("units");
  }

  /** Reads a unit; or reports its problems, remembers its code as refused and returns {@code null}. */
  private AdministrativeUnit unit(Obj o, RefusedUnits refused) {
    int before = problems().size();
    String code = o.text("code", true);
    String name = o.text("name", true);
    String kindText = o.text("kind", true);
    AdministrativeLevel level = o.parsed("level", true, AdministrativeLevel::parse);
    String parent = o.text("parent", false);
    LocalDate from = o.date("valid_from", false);
    LocalDate until = o.date("valid_until", false);
    o.finish();
    UnitKind kind = null;
    if (kindText != null && level != null) {
      try {
        kind = UnitKind.parse(kindText, level);
      } catch (InvalidValueException e) {
        ctx.refused(o.locate("kind"), e);
      }
    }
    if (problems().size() > before || code == null || name == null || kind == null) {
      refused.add(code);
      return null;
    }
    try {
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(code).name(name).kind(kind)
          .validity(Validity.of(Optional.ofNullable(from), Optional.ofNullable(until)));
      if (parent != null) {
        b.parentCode(parent);
      }
      return b.build();
    } catch (InvalidValueException e) {
      String f = tail(e.field(), "AdministrativeUnit.");
      Map<String, String> names = Map.of("code", "code", "name", "name", "parentCode", "parent",
          "Validity", "valid_until");
      ctx.refused(o.locate(names.getOrDefault(f.startsWith("Validity") ? "Validity" : f, "code")), e);
      refused.add(code);
      return null;
    }
  }

  private Succession succession(Obj o, Map<String, List<AdministrativeUnit>> byCode, RefusedUnits refused) {
    int before = problems().size();
    AdministrativeUnit predecessor = member(o.object("predecessor", true), byCode, refused);
    AdministrativeUnit successor = member(o.object("successor", true), byCode, refused);
    SuccessionType type = o.parsed("type", true, t -> Codes.read(SuccessionType.class, "succession type", t));
    LocalDate effective = o.date("effective", true);
    o.finish();
    if (problems().size() > before || predecessor == null || successor == null || type == null
        || effective == null) {
      return null;
    }
    try {
      return Succession.of(predecessor, successor, type, effective);
    } catch (InvalidValueException e) {
      ctx.refused(o.locate(tail(e.field(), "Succession.")), e);
      return null;
    }
  }

  private AdministrativeUnit member(Obj ref, Map<String, List<AdministrativeUnit>> byCode, RefusedUnits refused) {
    if (ref == null) {
      return null;
    }
    String code = ref.text("code", true);
    LocalDate on = ref.date("on", true);
    ref.finish();
    if (code == null || on == null) {
      return null;
    }
    Optional<AdministrativeUnit> u = byCode.getOrDefault(code, List.of()).stream()
        .filter(x -> x.isValidOn(on)).findFirst();
    if (u.isEmpty() && !refused.contains(code)) {
      ctx.add(ref.locate("code"), "unit code '" + code + "' names no unit of this file on " + on);
    }
    return u.orElse(null);
  }

  // ---------------------------------------------------------------- observations

  ObservationSet observations(Node root, IndicatorCatalogue catalogue, UnitRegistry registry) {
    Obj doc = header(root, OBSERVATIONS);
    List<Node> items = doc.array("observations", true);
    doc.finish();
    ObservationDecoder decoder = new ObservationDecoder(catalogue, registry);
    List<Observation> observations = new ArrayList<>();
    Map<ObservationDecoder.Key, Object[]> seen = new HashMap<>();
    if (items != null) {
      for (Node n : items) {
        Obj o = new Obj(ctx, n, "observation");
        if (!o.ok) {
          continue;
        }
        int before = problems().size();
        String unit = o.text("unit", true);
        String indicator = o.text("indicator", true);
        Node periodNode = o.get("period", true);
        String period = null;
        if (periodNode != null) {
          if (periodNode.kind == Node.Kind.STRING) {
            period = periodNode.text;
          } else if (periodNode.kind == Node.Kind.NUMBER && periodNode.integral) {
            period = periodNode.text;
          } else {
            ctx.add(periodNode, "wrong type: 'period' must be a year or a date written yyyy-mm-dd, not "
                + periodNode.kind.what);
          }
        }
        String level = o.text("measured_level", false);
        Double value = o.number("value", true);
        Double numerator = o.number("numerator", false);
        Double denominator = o.number("denominator", false);
        String status = o.text("status", false);
        String source = o.text("source", false);
        o.finish();
        ObservationDecoder.Where where = f -> ctx.at(f.isEmpty() ? n : o.locate(f));
        Observation obs = decoder.decode(problems(), where, unit, indicator, period, level, value,
            numerator, denominator, status, source);
        if (obs == null || problems().size() > before) {
          continue;
        }
        Object[] first = seen.putIfAbsent(ObservationDecoder.Key.of(obs), new Object[] {obs, n});
        if (first != null) {
          if (!first[0].equals(obs)) {
            Node at = (Node) first[1];
            ctx.add(n, "duplicates the observation at line " + at.line + ", column " + at.column
                + " (" + ObservationDecoder.describe(obs) + ") with a different value or details");
          }
          continue;
        }
        observations.add(obs);
      }
    }
    problems().throwIfAny();
    return ObservationSet.of(observations);
  }
}
