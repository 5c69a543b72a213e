package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Writes the model as the JSON documents of the four formats, in a fixed layout. */
final class JsonEncoding {
  private static final DefaultPrettyPrinter LAYOUT = layout();

  private final JsonGenerator g;

  private JsonEncoding(JsonGenerator g) {
    this.g = g;
  }

  private static DefaultPrettyPrinter layout() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    return pp;
  }

  /** Prepares a generator: the cds layout, and a final line break. */
  static JsonEncoding on(JsonGenerator g) {
    g.setPrettyPrinter(LAYOUT.createInstance());
    return new JsonEncoding(g);
  }

  private void header(String format) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", format);
    g.writeNumberField("version", JsonDecoder.VERSION);
  }

  private void end() throws IOException {
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private void number(String name, double value) throws IOException {
    g.writeFieldName(name);
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }

  private void label(String name, Label label) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("vi", label.vi());
    g.writeStringField("en", label.en());
    g.writeEndObject();
  }

  private void strings(String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void date(String name, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      g.writeStringField(name, date.get().toString());
    }
  }

  // ---------------------------------------------------------------- plan

  void plan(Plan plan) throws IOException {
    header(JsonDecoder.PLAN);
    g.writeStringField("id", plan.id());
    g.writeObjectFieldStart("unit");
    g.writeStringField("code", plan.unit().code());
    date("on", readAt(plan));
    g.writeEndObject();
    g.writeStringField("title", plan.title());
    g.writeArrayFieldStart("documents");
    for (Document d : plan.documents()) {
      g.writeStartObject();
      g.writeStringField("kind", Codes.write(d.kind()));
      if (d.number().isPresent()) {
        g.writeStringField("number", d.number().get());
      }
      g.writeStringField("issuer", d.issuer());
      date("date", d.date());
      g.writeStringField("title", d.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings("carries_out", plan.carriesOut());
    if (!plan.targets().isEmpty()) {
      g.writeArrayFieldStart("targets");
      for (Target t : plan.targets()) {
        target(t, plan.documents());
      }
      g.writeEndArray();
    }
    strings("notes", plan.notes());
    end();
  }

  /**
   * The date the plan's unit is read at: the adopting document's date where the unit was in
   * force then, else the first or last day of the unit; none for a unit always in force.
   */
  private static Optional<LocalDate> readAt(Plan plan) {
    AdministrativeUnit u = plan.unit();
    Optional<LocalDate> adopted = plan.documents().get(0).date();
    if (adopted.isPresent() && u.isValidOn(adopted.get())) {
      return adopted;
    }
    return u.validity().from().or(() -> u.validity().until());
  }

  private void target(Target t, List<Document> documents) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", t.indicator().code());
    g.writeStringField("level", Codes.write(t.level()));
    g.writeNumberField("horizon", t.horizon().year());
    bound(t.bound());
    if (t.baseline().isPresent()) {
      Baseline b = t.baseline().get();
      g.writeObjectFieldStart("baseline");
      g.writeNumberField("year", b.year());
      if (b.value().isPresent()) {
        number("value", b.value().getAsDouble());
      }
      g.writeEndObject();
    }
    if (!t.population().equals(Population.EVERYONE)) {
      g.writeObjectFieldStart("population");
      g.writeStringField("code", t.population().code());
      label("label", t.population().label());
      g.writeEndObject();
    }
    strings("exclusions", t.exclusions());
    g.writeObjectFieldStart("source");
    g.writeNumberField("document", documents.indexOf(t.source().document()));
    g.writeStringField("clause", t.source().clause());
    g.writeEndObject();
    if (t.note().isPresent()) {
      g.writeStringField("note", t.note().get());
    }
    g.writeEndObject();
  }

  private void bound(Bound b) throws IOException {
    g.writeObjectFieldStart("bound");
    g.writeStringField("kind", Codes.write(b.kind()));
    if (b instanceof Bound.AtLeast x) {
      number("value", x.value());
    } else if (b instanceof Bound.MoreThan x) {
      number("value", x.value());
    } else if (b instanceof Bound.AtMost x) {
      number("value", x.value());
    } else if (b instanceof Bound.LessThan x) {
      number("value", x.value());
    } else if (b instanceof Bound.Approximately x) {
      number("value", x.value());
      number("tolerance", x.tolerance());
    } else if (b instanceof Bound.TopRank x) {
      g.writeNumberField("n", x.n());
      g.writeNumberField("of", x.of());
    } else if (b instanceof Bound.RelativeChange x) {
      number("percent", x.percent());
    } else if (b instanceof Bound.GrowthPerYear x) {
      number("percent", x.percent());
      g.writeBooleanField("strict", x.strict());
    } else if (b instanceof Bound.OrdinalAtLeast x) {
      g.writeStringField("category", x.category());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- catalogue

  void catalogue(IndicatorCatalogue catalogue) throws IOException {
    header(JsonDecoder.CATALOGUE);
    g.writeArrayFieldStart("indicators");
    for (Indicator i : catalogue.indicators()) {
      g.writeStartObject();
      g.writeStringField("code", i.code());
      label("label", i.label());
      measure(i.measure());
      g.writeStringField("direction", Codes.write(i.direction()));
      Pillar p = i.pillar();
      if (Pillar.builtIn(p.code()).filter(p::equals).isPresent()) {
        g.writeStringField("pillar", p.code());
      } else {
        g.writeObjectFieldStart("pillar");
        g.writeStringField("code", p.code());
        label("label", p.label());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    end();
  }

  private void measure(Measure m) throws IOException {
    g.writeObjectFieldStart("measure");
    g.writeStringField("kind", Codes.write(m.kind()));
    switch (m.kind()) {
      case AMOUNT -> g.writeStringField("unit", m.unit());
      case INDEX -> {
        number("min", m.min());
        number("max", m.max());
      }
      case ORDINAL -> {
        g.writeArrayFieldStart("categories");
        for (Measure.Category c : m.categories()) {
          g.writeStartObject();
          g.writeStringField("code", c.code());
          label("label", c.label());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      default -> { }
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- registry

  void registry(UnitRegistry registry) throws IOException {
    header(JsonDecoder.REGISTRY);
    g.writeArrayFieldStart("units");
    for (AdministrativeUnit u : registry.units()) {
      g.writeStartObject();
      g.writeStringField("code", u.code());
      g.writeStringField("name", u.name());
      g.writeStringField("kind", Codes.write(u.kind()));
      g.writeStringField("level", Codes.write(u.level()));
      if (u.parentCode().isPresent()) {
        g.writeStringField("parent", u.parentCode().get());
      }
      date("valid_from", u.validity().from());
      date("valid_until", u.validity().until());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!registry.successions().isEmpty()) {
      g.writeArrayFieldStart("successions");
      for (Succession s : registry.successions()) {
        g.writeStartObject();
        member("predecessor", s.predecessor(), s.effective().minusDays(1));
        member("successor", s.successor(), s.effective());
        g.writeStringField("type", Codes.write(s.type()));
        g.writeStringField("effective", s.effective().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    end();
  }

  private void member(String name, AdministrativeUnit u, LocalDate on) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("code", u.code());
    g.writeStringField("on", on.toString());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- observations

  void observations(ObservationSet set) throws IOException {
    header(JsonDecoder.OBSERVATIONS);
    g.writeArrayFieldStart("observations");
    Iterator<Observation> it = set.stream().iterator();
    while (it.hasNext()) {
      Observation o = it.next();
      g.writeStartObject();
      g.writeStringField("unit", o.unitCode());
      g.writeStringField("indicator", o.indicator().code());
      g.writeStringField("period", o.period().toString());
      if (o.measuredLevel().isPresent()) {
        g.writeStringField("measured_level", Codes.write(o.measuredLevel().get()));
      }
      number("value", o.value());
      if (o.numerator().isPresent()) {
        number("numerator", o.numerator().getAsDouble());
        number("denominator", o.denominator().getAsDouble());
      }
      g.writeStringField("status", Codes.write(o.status()));
      if (o.source().isPresent()) {
        g.writeStringField("source", o.source().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    end();
  }
}
