package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Turns a {@code cds-plan} document into a {@link Plan}: its unit resolved against a registry,
 * its targets' indicators against a catalogue, every problem collected with its location.
 */
final class JsonPlanDecoder extends JsonDecoder {
  JsonPlanDecoder(JsonReading reading) {
    super(reading);
  }

  Plan plan(JsonValue root, IndicatorCatalogue catalogue, UnitRegistry registry) {
    JsonObjectReader doc = header(root, PLAN);
    String id = doc.text("id", true);
    JsonObjectReader unitRef = doc.object("unit", true);
    String title = doc.text("title", true);
    List<JsonValue> documentNodes = doc.array("documents", true);
    List<JsonValue> carriesNodes = doc.array("carries_out", false);
    List<JsonValue> targetNodes = doc.array("targets", false);
    List<JsonValue> noteNodes = doc.array("notes", false);
    doc.finish();

    AdministrativeUnit unit = unitRef == null ? null : unitRef(unitRef, registry);
    List<Document> documents = new ArrayList<>();
    boolean documentsOk = true;
    if (documentNodes != null) {
      if (documentNodes.isEmpty()) {
        reading.add(doc.locate("documents"), "a plan names at least one document");
      }
      for (JsonValue n : documentNodes) {
        Document d = document(n);
        documentsOk &= d != null;
        documents.add(d);
      }
    }
    List<String> carriesOut = texts(carriesNodes, "carries_out");
    List<String> notes = texts(noteNodes, "notes");
    List<Target> targets = new ArrayList<>();
    Map<Target.Key, JsonValue> keys = new HashMap<>();
    if (targetNodes != null) {
      for (JsonValue n : targetNodes) {
        Target t = target(n, catalogue, documents, documentsOk);
        if (t == null) {
          continue;
        }
        if (unit != null && t.level().isAbove(unit.level())) {
          reading.add(new JsonObjectReader(reading, n, "target").locate("level"), "the target measures " + t.level().label().en()
              + ", above the level of the adopting unit " + unit);
        }
        JsonValue first = keys.putIfAbsent(t.key(), n);
        if (first != null) {
          reading.add(n, "a second target for " + t.key() + " (same indicator, level, horizon and population"
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
      reading.refused(locatePlan(doc, e.field()), e);
      throw new Problems.Stop();
    }
  }

  private JsonValue locatePlan(JsonObjectReader doc, String field) {
    String a = field.startsWith("Plan.") ? field.substring(5) : field;
    Matcher m = INDEXED.matcher(a);
    if (m.find() && m.group(1).equals("targets")) {
      List<JsonValue> items = doc.locate("targets").items;
      int i = Integer.parseInt(m.group(2));
      return i < items.size() ? items.get(i) : doc.object;
    }
    Map<String, String> names = Map.of("id", "id", "title", "title", "notes", "notes",
        "documents", "documents", "carriesOut", "carries_out", "targets", "targets", "unit", "unit");
    String head = a.split("[.\\[ ]", 2)[0];
    return names.containsKey(head) ? doc.locate(names.get(head)) : doc.object;
  }

  private AdministrativeUnit unitRef(JsonObjectReader ref, UnitRegistry registry) {
    String code = ref.text("code", true);
    LocalDate on = ref.date("on", false);
    ref.finish();
    if (code == null || (ref.given("on") && on == null)) {
      return null;
    }
    if (on != null) {
      Optional<AdministrativeUnit> u = registry.find(code, on);
      if (u.isEmpty()) {
        reading.add(ref.locate("code"), "unit code '" + code + "' names no unit on " + on
            + describeCode(registry, code));
      }
      return u.orElse(null);
    }
    List<AdministrativeUnit> all = registry.unitsWithCode(code);
    if (all.size() != 1) {
      reading.add(ref.locate("code"), "unit code '" + code + "' names " + all.size()
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

  private List<String> texts(List<JsonValue> nodes, String what) {
    List<String> out = new ArrayList<>();
    if (nodes != null) {
      for (JsonValue n : nodes) {
        if (n.kind != JsonValue.Kind.STRING) {
          reading.add(n, "wrong type: each of '" + what + "' must be a text, not " + n.kind.what);
        } else {
          out.add(n.text);
        }
      }
    }
    return out;
  }

  private Document document(JsonValue n) {
    JsonObjectReader o = new JsonObjectReader(reading, n, "document");
    Document.Kind kind = o.parsed("kind", true, Document.Kind::parse);
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
      reading.refused(o.locate(tail(e.field(), "Document.")), e);
      return null;
    }
  }

  private Target target(JsonValue n, IndicatorCatalogue catalogue, List<Document> documents, boolean documentsOk) {
    JsonObjectReader o = new JsonObjectReader(reading, n, "target");
    int before = problems().size();
    String code = o.text("indicator", true);
    AdministrativeLevel level = o.parsed("level", true, AdministrativeLevel::parse);
    Integer year = o.integer("horizon", true);
    JsonObjectReader boundObj = o.object("bound", true);
    JsonObjectReader baselineObj = o.object("baseline", false);
    JsonObjectReader populationObj = o.object("population", false);
    List<JsonValue> exclusionNodes = o.array("exclusions", false);
    JsonObjectReader sourceObj = o.object("source", true);
    String note = o.text("note", false);
    o.finish();

    Indicator indicator = null;
    if (code != null) {
      indicator = catalogue.find(code).orElse(null);
      if (indicator == null) {
        reading.add(o.locate("indicator"), "unknown indicator code '" + code + "': the catalogue has no such indicator");
      }
    }
    Horizon horizon = null;
    if (year != null) {
      try {
        horizon = Horizon.of(year);
      } catch (InvalidValueException e) {
        reading.refused(o.locate("horizon"), e);
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
          reading.refused(baselineObj.locate(tail(e.field(), "Baseline.")), e);
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
      JsonValue at = o.locate(f);
      if (f.equals("bound") && boundObj != null) {
        String inner = e.field().startsWith("Target.bound.") ? e.field().substring("Target.bound.".length()) : "";
        at = inner.isEmpty() ? boundObj.object : boundObj.locate(inner);
      } else if (f.equals("baseline") && baselineObj != null) {
        at = baselineObj.locate(e.field().endsWith(".year") ? "year" : "value");
      }
      reading.refused(at, e);
      return null;
    }
  }

  private Bound bound(JsonObjectReader o) {
    Bound.Kind kind = o.parsed("kind", true, t -> Codes.read(Bound.Kind.class, "bound kind", t));
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
      reading.refused(o.locate(tail(e.field(), "Bound.")), e);
      return null;
    }
  }

  private Population population(JsonObjectReader o) {
    return coded(o, (code, label) -> Population.of(code, label.vi(), label.en()), "Population.");
  }

  private Source source(JsonObjectReader o, List<Document> documents, boolean documentsOk) {
    JsonValue ref = o.get("document", true);
    String clause = o.text("clause", true);
    o.finish();
    Document document = null;
    if (ref != null) {
      if (ref.kind == JsonValue.Kind.NUMBER) {
        Integer i = JsonObjectReader.integer(reading, ref, "'document'");
        if (i != null) {
          if (i < 0 || i >= documents.size()) {
            reading.add(ref, "document " + i + " is not an index of the plan's documents (0 to "
                + (documents.size() - 1) + ")");
          } else {
            document = documents.get(i);
          }
        }
      } else if (ref.kind == JsonValue.Kind.STRING) {
        List<Document> cited = documents.stream().filter(d -> d != null && d.citation().equals(ref.text)).toList();
        if (cited.size() == 1) {
          document = cited.get(0);
        } else if (documentsOk) {
          reading.add(ref, cited.isEmpty() ? "no document of the plan is cited as '" + ref.text + "'"
              : "several documents of the plan are cited as '" + ref.text + "'; name it by its index");
        }
      } else {
        reading.add(ref, "wrong type: 'document' must be the index of one of the plan's documents or its citation, not "
            + ref.kind.what);
      }
    }
    if (document == null || clause == null) {
      return null;
    }
    try {
      return Source.of(document, clause);
    } catch (InvalidValueException e) {
      reading.refused(o.locate("clause"), e);
      return null;
    }
  }
}
