package io.github.cdsvn.core.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the real unit lists of {@code shared/data} into a {@link UnitRegistry}: test code only,
 * since those files are not shipped with cds.
 *
 * <ul>
 *   <li>{@code units-2025-03-01.json}: nested arrays {@code [code, name, type, ascii, children]},
 *       provinces, districts and communes, valid until 30 June 2025; the kind is read from the
 *       type at the level the nesting gives ("Thành phố" is a centrally governed city at the top,
 *       a provincial city below it), parents from the nesting, the nation {@code VN} above the
 *       provinces.</li>
 *   <li>{@code units-2025-07-01-merges.json}: {@code data[]} of provinces with {@code level2s[]}
 *       of communes, valid from 1 July 2025, names carrying the kind as a prefix ("Xã Ba Tri",
 *       "Thành phố Hà Nội"), each with the old units it was formed from ({@code merges[]}:
 *       {@code old_id}, {@code type} full or partial); each merge becomes a {@link Succession}
 *       effective 1 July 2025.</li>
 * </ul>
 */
final class RealUnitLists {
  static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
  static final LocalDate REFORM = AdministrativeLevel.REFORM_DATE;
  /** The kinds written before names in the new list, longest first where one starts another. */
  private static final List<String> PREFIXES = List.of("Thành phố", "Tỉnh", "Đặc khu", "Phường", "Xã");

  private RealUnitLists() {}

  static UnitRegistry load(Path dataDir, String before, String after) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode oldList = mapper.readTree(dataDir.resolve(before).toFile());
    JsonNode newList = mapper.readTree(dataDir.resolve(after).toFile()).path("data");
    if (!oldList.isArray() || !newList.isArray()) {
      throw new IllegalStateException("unexpected layout of " + before + " or " + after);
    }
    UnitRegistry.Builder builder = UnitRegistry.builder();
    AdministrativeUnit nation = UnitRegistry.standard().unit("VN", REFORM);
    builder.add(nation);

    Validity old = Validity.until(LAST_OLD_DAY);
    Map<String, AdministrativeUnit> oldByCode = new HashMap<>();
    for (JsonNode p : oldList) {
      AdministrativeUnit province = oldUnit(p, AdministrativeLevel.PROVINCE, nation.code(), old);
      add(builder, oldByCode, province);
      for (JsonNode d : children(p)) {
        AdministrativeUnit district = oldUnit(d, AdministrativeLevel.DISTRICT, province.code(), old);
        add(builder, oldByCode, district);
        for (JsonNode c : children(d)) {
          add(builder, oldByCode, oldUnit(c, AdministrativeLevel.COMMUNE, district.code(), old));
        }
      }
    }

    Validity now = Validity.from(REFORM);
    for (JsonNode p : newList) {
      AdministrativeUnit province = newUnit(text(p, "level1_id"), text(p, "name"),
          AdministrativeLevel.PROVINCE, nation.code(), now);
      builder.add(province);
      addMerges(builder, oldByCode, p, province);
      for (JsonNode c : p.path("level2s")) {
        AdministrativeUnit commune = newUnit(text(c, "level2_id"), text(c, "name"),
            AdministrativeLevel.COMMUNE, province.code(), now);
        builder.add(commune);
        addMerges(builder, oldByCode, c, commune);
      }
    }
    return builder.build();
  }

  private static void add(UnitRegistry.Builder builder, Map<String, AdministrativeUnit> byCode,
      AdministrativeUnit unit) {
    if (byCode.put(unit.code(), unit) != null) {
      throw new IllegalStateException("code " + unit.code() + " appears twice in the old list");
    }
    builder.add(unit);
  }

  private static Iterable<JsonNode> children(JsonNode node) {
    return node.size() > 4 ? node.get(4) : List.of();
  }

  private static AdministrativeUnit oldUnit(JsonNode row, AdministrativeLevel level, String parent,
      Validity validity) {
    return AdministrativeUnit.builder().code(row.get(0).asText()).name(row.get(1).asText())
        .kind(UnitKind.parse(row.get(2).asText(), level)).parentCode(parent).validity(validity)
        .build();
  }

  private static AdministrativeUnit newUnit(String code, String fullName, AdministrativeLevel level,
      String parent, Validity validity) {
    for (String prefix : PREFIXES) {
      if (fullName.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
        UnitKind kind = UnitKind.parse(prefix, level);
        String name = fullName.substring(prefix.length() + 1).strip();
        return AdministrativeUnit.builder().code(code).name(name).kind(kind).parentCode(parent)
            .validity(validity).build();
      }
    }
    throw new IllegalStateException("no kind before the name '" + fullName + "' (code " + code + ")");
  }

  private static void addMerges(UnitRegistry.Builder builder, Map<String, AdministrativeUnit> oldByCode,
      JsonNode node, AdministrativeUnit successor) {
    for (JsonNode m : node.path("merges")) {
      String oldId = text(m, "old_id");
      AdministrativeUnit predecessor = oldByCode.get(oldId);
      if (predecessor == null) {
        throw new IllegalStateException(successor.code() + " merges unknown old unit " + oldId);
      }
      Succession.Type type = Succession.Type.valueOf(text(m, "type").toUpperCase(Locale.ROOT));
      builder.addSuccession(Succession.of(predecessor, successor, type, REFORM));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalStateException("missing text field " + field + " in " + node);
    }
    return v.asText();
  }
}
