package io.github.cdsvn.scoring;

import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Succession;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small registry built by hand from the real lists of 1 March 2025 and 1 July 2025 (statistics
 * office codes and the 2025 commune mapping): Bến Tre (83) with its district Ba Tri (836) and all
 * 22 of Ba Tri's communes, four communes of Mỏ Cày Bắc (838), three of Tam Bình (860) in the old
 * Vĩnh Long (86); the new Vĩnh Long (86) with the seven communes Ba Tri's communes became, and two
 * new communes that received part of the old commune Hòa Lộc (28924). Mỏ Cày Bắc and Tam Bình
 * had more communes; only these are listed here.
 */
final class BenTreUnits {
  static final LocalDate REFORM = AdministrativeLevel.REFORM_DATE;
  static final LocalDate BEFORE = REFORM.minusDays(1);
  static final Validity OLD = Validity.until(BEFORE);
  static final Validity NEW = Validity.from(REFORM);

  /** Ba Tri's 22 communes: code, name, kind. */
  static final String[][] BA_TRI_COMMUNES = {
      {"29110", "Ba Tri", "TOWNSHIP"}, {"29116", "Mỹ Hòa", "COMMUNE"}, {"29119", "Tân Xuân", "COMMUNE"},
      {"29122", "Mỹ Chánh", "COMMUNE"}, {"29125", "Bảo Thạnh", "COMMUNE"}, {"29128", "An Phú Trung", "COMMUNE"},
      {"29131", "Mỹ Thạnh", "COMMUNE"}, {"29134", "Mỹ Nhơn", "COMMUNE"}, {"29137", "Phước Ngãi", "COMMUNE"},
      {"29143", "An Ngãi Trung", "COMMUNE"}, {"29146", "Phú Lễ", "COMMUNE"}, {"29149", "An Bình Tây", "COMMUNE"},
      {"29152", "Bảo Thuận", "COMMUNE"}, {"29155", "Tân Hưng", "COMMUNE"}, {"29158", "An Ngãi Tây", "COMMUNE"},
      {"29161", "An Hiệp", "COMMUNE"}, {"29164", "Vĩnh Hòa", "COMMUNE"}, {"29167", "Tân Thủy", "COMMUNE"},
      {"29170", "Vĩnh An", "COMMUNE"}, {"29173", "An Đức", "COMMUNE"}, {"29176", "An Hòa Tây", "COMMUNE"},
      {"29179", "Tiệm Tôm", "TOWNSHIP"},
  };

  /** Mỏ Cày Bắc's communes listed here. */
  static final String[][] MO_CAY_BAC_COMMUNES = {
      {"28918", "Tân Thành Bình", "COMMUNE"}, {"28921", "Thành An", "COMMUNE"},
      {"28924", "Hòa Lộc", "COMMUNE"}, {"28933", "Tân Bình", "COMMUNE"},
  };

  /** Tam Bình's communes listed here. */
  static final String[][] TAM_BINH_COMMUNES = {
      {"29731", "Hòa Thạnh", "COMMUNE"}, {"29734", "Hoà Lộc", "COMMUNE"}, {"29743", "Hòa Hiệp", "COMMUNE"},
  };

  /** New commune, name, then the old communes that went fully into it. */
  static final Map<String, List<String>> BA_TRI_MERGES = new LinkedHashMap<>();
  static final Map<String, String> NEW_NAMES = new LinkedHashMap<>();

  static {
    merge("29110", "Ba Tri", "29110", "29149", "29164", "29170", "29173");
    merge("29122", "Mỹ Chánh Hòa", "29116", "29122", "29134");
    merge("29125", "Bảo Thạnh", "29125", "29152");
    merge("29137", "Tân Xuân", "29119", "29137", "29146");
    merge("29143", "An Ngãi Trung", "29128", "29131", "29143");
    merge("29158", "An Hiệp", "29155", "29158", "29161");
    merge("29167", "Tân Thủy", "29167", "29176", "29179");
  }

  private static void merge(String code, String name, String... old) {
    BA_TRI_MERGES.put(code, List.of(old));
    NEW_NAMES.put(code, name);
  }

  private BenTreUnits() {}

  static AdministrativeUnit unit(String code, String name, UnitKind kind, String parent, Validity validity) {
    AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(code).name(name).kind(kind).validity(validity);
    if (parent != null) {
      b.parentCode(parent);
    }
    return b.build();
  }

  /** The registry, built from units and links in the order given. */
  static UnitRegistry registry() {
    return registry(null);
  }

  /** The registry, its units and links added in an order shuffled by a seed (none: as listed). */
  static UnitRegistry registry(Long seed) {
    List<AdministrativeUnit> units = new ArrayList<>();
    List<Succession> links = new ArrayList<>();
    AdministrativeUnit vn = unit("VN", "Việt Nam", UnitKind.NATION, null, Validity.always());
    AdministrativeUnit benTre = unit("83", "Bến Tre", UnitKind.PROVINCE, "VN", OLD);
    AdministrativeUnit oldVinhLong = unit("86", "Vĩnh Long", UnitKind.PROVINCE, "VN", OLD);
    AdministrativeUnit vinhLong = unit("86", "Vĩnh Long", UnitKind.PROVINCE, "VN", NEW);
    units.addAll(List.of(vn, benTre, oldVinhLong, vinhLong,
        unit("836", "Ba Tri", UnitKind.RURAL_DISTRICT, "83", OLD),
        unit("838", "Mỏ Cày Bắc", UnitKind.RURAL_DISTRICT, "83", OLD),
        unit("860", "Tam Bình", UnitKind.RURAL_DISTRICT, "86", OLD)));
    Map<String, AdministrativeUnit> old = new LinkedHashMap<>();
    addCommunes(BA_TRI_COMMUNES, "836", old);
    addCommunes(MO_CAY_BAC_COMMUNES, "838", old);
    addCommunes(TAM_BINH_COMMUNES, "860", old);
    units.addAll(old.values());
    Map<String, AdministrativeUnit> fresh = new LinkedHashMap<>();
    NEW_NAMES.forEach((code, name) -> fresh.put(code, unit(code, name, UnitKind.COMMUNE, "86", NEW)));
    fresh.put("28921", unit("28921", "Tân Thành Bình", UnitKind.COMMUNE, "86", NEW));
    fresh.put("29734", unit("29734", "Hòa Hiệp", UnitKind.COMMUNE, "86", NEW));
    units.addAll(fresh.values());

    links.add(Succession.of(benTre, vinhLong, Succession.Type.FULL, REFORM));
    links.add(Succession.of(oldVinhLong, vinhLong, Succession.Type.FULL, REFORM));
    BA_TRI_MERGES.forEach((code, olds) -> olds.forEach(o ->
        links.add(Succession.of(old.get(o), fresh.get(code), Succession.Type.FULL, REFORM))));
    for (String[] link : new String[][] {
        {"28918", "28921", "FULL"}, {"28921", "28921", "FULL"}, {"28924", "28921", "PARTIAL"},
        {"28933", "28921", "FULL"}, {"28924", "29734", "PARTIAL"}, {"29731", "29734", "FULL"},
        {"29734", "29734", "FULL"}, {"29743", "29734", "FULL"}}) {
      links.add(Succession.of(old.get(link[0]), fresh.get(link[1]), Succession.Type.valueOf(link[2]), REFORM));
    }
    if (seed != null) {
      Collections.shuffle(units, new Random(seed));
      Collections.shuffle(links, new Random(seed + 1));
    }
    UnitRegistry.Builder b = UnitRegistry.builder().addAll(units);
    links.forEach(b::addSuccession);
    return b.build();
  }

  private static void addCommunes(String[][] rows, String district, Map<String, AdministrativeUnit> out) {
    for (String[] row : rows) {
      out.put(row[0], unit(row[0], row[1], UnitKind.valueOf(row[2]), district, OLD));
    }
  }

  /** The codes of every old commune listed, Ba Tri's first. */
  static List<String> oldCommuneCodes() {
    List<String> codes = new ArrayList<>();
    for (String[][] rows : List.of(BA_TRI_COMMUNES, MO_CAY_BAC_COMMUNES, TAM_BINH_COMMUNES)) {
      for (String[] row : rows) {
        codes.add(row[0]);
      }
    }
    return codes;
  }
}
