package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@code cds-indicators} document into an {@link IndicatorCatalogue}, collecting every
 * problem with its location.
 */
final class JsonCatalogueDecoder extends JsonDecoder {
  JsonCatalogueDecoder(JsonReading reading) {
    super(reading);
  }

  IndicatorCatalogue catalogue(JsonValue root) {
    JsonObjectReader doc = header(root, CATALOGUE);
    List<JsonValue> items = doc.array("indicators", true);
    doc.finish();
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Indicator> byCode = new HashMap<>();
    Map<String, JsonValue> where = new HashMap<>();
    if (items != null) {
      for (JsonValue n : items) {
        JsonObjectReader o = new JsonObjectReader(reading, n, "indicator");
        Indicator i = indicator(o);
        if (i == null) {
          continue;
        }
        Indicator previous = byCode.putIfAbsent(i.code(), i);
        if (previous != null && !previous.equals(i)) {
          JsonValue first = where.get(i.code());
          reading.add(o.locate("code"), "indicator '" + i.code() + "' is already defined differently at line "
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

  private Indicator indicator(JsonObjectReader o) {
    int before = problems().size();
    String code = o.text("code", true);
    JsonObjectReader labelObj = o.object("label", true);
    JsonObjectReader measureObj = o.object("measure", true);
    Direction direction = o.parsed("direction", true, t -> Codes.read(Direction.class, "direction", t));
    JsonValue pillarNode = o.get("pillar", true);
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
      reading.refused(o.locate(tail(e.field(), "Indicator.")), e);
      return null;
    }
  }

  private Pillar pillar(JsonValue n) {
    if (n.kind == JsonValue.Kind.STRING) {
      Optional<Pillar> p = Pillar.builtIn(n.text);
      if (p.isEmpty()) {
        reading.add(n, "unknown pillar '" + n.text + "': built-in pillars are "
            + Pillar.builtIns().stream().map(Pillar::code).toList()
            + "; write a pillar of your own as an object with its code and label");
      }
      return p.orElse(null);
    }
    JsonObjectReader o = new JsonObjectReader(reading, n, "'pillar'");
    if (!o.ok) {
      return null;
    }
    return coded(o, (code, label) -> Pillar.of(code, label.vi(), label.en()), "Pillar.");
  }

  private Measure measure(JsonObjectReader o) {
    Measure.Kind kind = o.parsed("kind", true, t -> Codes.read(Measure.Kind.class, "measure kind", t));
    if (kind == null) {
      return null;
    }
    int before = problems().size();
    String unit = null;
    Double min = null;
    Double max = null;
    List<Measure.Category> categories = new ArrayList<>();
    switch (kind) {
      case AMOUNT -> unit = o.text("unit", true);
      case INDEX -> {
        min = o.number("min", true);
        max = o.number("max", true);
      }
      case ORDINAL -> {
        List<JsonValue> nodes = o.array("categories", true);
        if (nodes != null) {
          for (JsonValue c : nodes) {
            JsonObjectReader co = new JsonObjectReader(reading, c, "category");
            if (co.ok) {
              Measure.Category cat = coded(co, (code, label) -> Measure.Category.of(code, label.vi(), label.en()),
                  "OrdinalCategory.");
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
      reading.refused(o.locate(tail(e.field(), "Measure.")), e);
      return null;
    }
  }
}
