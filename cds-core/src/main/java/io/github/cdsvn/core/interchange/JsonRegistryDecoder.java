package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code cds-units} document into a {@link UnitRegistry}: its units, then its lineage,
 * with the registry's own problems reported at the items they name.
 */
final class JsonRegistryDecoder extends JsonDecoder {
  JsonRegistryDecoder(JsonReading reading) {
    super(reading);
  }

  UnitRegistry registry(JsonValue root) {
    JsonObjectReader doc = header(root, REGISTRY);
    List<JsonValue> unitNodes = doc.array("units", true);
    List<JsonValue> successionNodes = doc.array("successions", false);
    doc.finish();
    UnitRegistry.Builder builder = UnitRegistry.builder();
    List<JsonValue> unitAt = new ArrayList<>();
    List<AdministrativeUnit> read = new ArrayList<>();
    RefusedUnits refused = new RefusedUnits();
    Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
    if (unitNodes != null) {
      for (JsonValue n : unitNodes) {
        AdministrativeUnit u = unit(new JsonObjectReader(reading, n, "unit"), refused);
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
    List<JsonValue> successionAt = new ArrayList<>();
    if (successionNodes != null) {
      for (JsonValue n : successionNodes) {
        Succession s = succession(new JsonObjectReader(reading, n, "succession"), byCode, refused);
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
  private void relocate(InvalidDataException e, Map<String, List<JsonValue>> items) {
    for (InvalidDataException.Problem p : e.problems()) {
      Matcher m = INDEXED.matcher(p.location());
      List<JsonValue> list = m.find() ? items.get(m.group(1)) : null;
      int i = list == null ? -1 : Integer.parseInt(m.group(2));
      String at = i >= 0 && i < list.size() ? reading.at(list.get(i)) : reading.source();
      Matcher other = Pattern.compile("\\(units\\[(\\d+)\\]\\)").matcher(p.message());
      String message = other.replaceAll(r -> {
        int j = Integer.parseInt(r.group(1));
        return j < unitsAt(items).size() ? "(line " + unitsAt(items).get(j).line + ")" : r.group();
      });
      problems().add(at, message);
    }
  }

  private static List<JsonValue> unitsAt(Map<String, List<JsonValue>> items) {
    return items.get("units");
  }

  /** Reads a unit; or reports its problems, remembers its code as refused and returns {@code null}. */
  private AdministrativeUnit unit(JsonObjectReader o, RefusedUnits refused) {
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
        reading.refused(o.locate("kind"), e);
      }
    }
    if (problems().size() > before || code == null || name == null || kind == null) {
      refused.add(code);
      return null;
    }
    try {
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(code).name(name).kind(kind)
          .validity(UnitValidity.of(from, until));
      if (parent != null) {
        b.parentCode(parent);
      }
      return b.build();
    } catch (InvalidValueException e) {
      String f = tail(e.field(), "AdministrativeUnit.");
      Map<String, String> names = Map.of("code", "code", "name", "name", "parentCode", "parent",
          "Validity", "valid_until");
      reading.refused(o.locate(names.getOrDefault(f.startsWith("Validity") ? "Validity" : f, "code")), e);
      refused.add(code);
      return null;
    }
  }

  private Succession succession(JsonObjectReader o, Map<String, List<AdministrativeUnit>> byCode, RefusedUnits refused) {
    int before = problems().size();
    AdministrativeUnit predecessor = member(o.object("predecessor", true), byCode, refused);
    AdministrativeUnit successor = member(o.object("successor", true), byCode, refused);
    Succession.Type type = o.parsed("type", true, t -> Codes.read(Succession.Type.class, "succession type", t));
    LocalDate effective = o.date("effective", true);
    o.finish();
    if (problems().size() > before || predecessor == null || successor == null || type == null
        || effective == null) {
      return null;
    }
    try {
      return Succession.of(predecessor, successor, type, effective);
    } catch (InvalidValueException e) {
      reading.refused(o.locate(tail(e.field(), "Succession.")), e);
      return null;
    }
  }

  private AdministrativeUnit member(JsonObjectReader ref, Map<String, List<AdministrativeUnit>> byCode, RefusedUnits refused) {
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
      reading.add(ref.locate("code"), "unit code '" + code + "' names no unit of this file on " + on);
    }
    return u.orElse(null);
  }
}
