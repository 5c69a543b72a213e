package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Locale;
import java.util.Objects;

/**
 * The kind of an administrative unit, which fixes its level: a {@link #PROVINCE} (tỉnh) and a
 * {@link #CENTRAL_CITY} (thành phố trực thuộc trung ương) are province-level, a
 * {@link #PROVINCIAL_CITY} (thành phố thuộc tỉnh) is district-level, and so on.
 */
public enum UnitKind {
  /** The nation. */
  NATION(AdministrativeLevel.NATION, Label.of("Quốc gia", "nation")),
  /** A province (tỉnh). */
  PROVINCE(AdministrativeLevel.PROVINCE, Label.of("Tỉnh", "province")),
  /** A centrally governed city (thành phố trực thuộc trung ương). */
  CENTRAL_CITY(AdministrativeLevel.PROVINCE,
      Label.of("Thành phố trực thuộc trung ương", "centrally governed city")),
  /** A rural district (huyện). */
  RURAL_DISTRICT(AdministrativeLevel.DISTRICT, Label.of("Huyện", "rural district")),
  /** An urban district (quận). */
  URBAN_DISTRICT(AdministrativeLevel.DISTRICT, Label.of("Quận", "urban district")),
  /** A district-level town (thị xã). */
  DISTRICT_TOWN(AdministrativeLevel.DISTRICT, Label.of("Thị xã", "district-level town")),
  /** A city under a province (thành phố thuộc tỉnh), district-level. */
  PROVINCIAL_CITY(AdministrativeLevel.DISTRICT, Label.of("Thành phố", "provincial city")),
  /** A rural commune (xã). */
  COMMUNE(AdministrativeLevel.COMMUNE, Label.of("Xã", "commune")),
  /** A ward (phường). */
  WARD(AdministrativeLevel.COMMUNE, Label.of("Phường", "ward")),
  /** A township (thị trấn), abolished with the district tier. */
  TOWNSHIP(AdministrativeLevel.COMMUNE, Label.of("Thị trấn", "township")),
  /** A special zone (đặc khu), commune-level, created on 1 July 2025. */
  SPECIAL_ZONE(AdministrativeLevel.COMMUNE, Label.of("Đặc khu", "special zone"));

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final AdministrativeLevel level;
  private final Label label;

  UnitKind(AdministrativeLevel level, Label label) {
    this.level = level;
    this.label = label;
  }

  /**
   * Returns the level every unit of this kind belongs to.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns the name of this kind.
   *
   * @return the Vietnamese and English name, for example "Thị xã / district-level town"
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the word written before a unit's name: "Tỉnh" Quảng Bình, "Thành phố" Hà Nội (a
   * centrally governed city is written so, like a provincial city), "Xã" Ba Tri; nothing before
   * the nation's name.
   *
   * @return the prefix, empty for the nation
   */
  public String prefix() {
    switch (this) {
      case NATION:
        return "";
      case CENTRAL_CITY:
        return "Thành phố";
      default:
        return label.vi();
    }
  }

  /**
   * Reads a kind written in Vietnamese, as official lists write it, at a known level.
   *
   * <p>The level settles the one ambiguous name: "Thành phố" at province level is a
   * {@link #CENTRAL_CITY}, at district level a {@link #PROVINCIAL_CITY}. Case and surrounding
   * spaces are ignored ("Thị Trấn" is "Thị trấn"); "Thành phố Trung ương" is accepted for
   * {@link #CENTRAL_CITY}. The constant's name ({@code "ward"}) is accepted too.
   *
   * @param text the kind as written, for example {@code "Huyện"}
   * @param level the level of the unit
   * @return the kind
   * @throws InvalidValueException if the text names no kind at that level
   */
  public static UnitKind parse(String text, AdministrativeLevel level) {
    Objects.requireNonNull(text, "UnitKind");
    Objects.requireNonNull(level, "level");
    String t = text.strip().toLowerCase(VI);
    if (t.equals("thành phố") || t.equals("thành phố trung ương")
        || t.equals("thành phố trực thuộc trung ương")) {
      if (level == AdministrativeLevel.PROVINCE) {
        return CENTRAL_CITY;
      }
      if (level == AdministrativeLevel.DISTRICT && t.equals("thành phố")) {
        return PROVINCIAL_CITY;
      }
    }
    for (UnitKind kind : values()) {
      if (kind.level == level && (t.equals(kind.label.vi().toLowerCase(VI))
          || t.equals(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          || t.equals(kind.name().toLowerCase(Locale.ROOT)))) {
        return kind;
      }
    }
    throw new InvalidValueException("UnitKind", text, "no kind of unit with that name at "
        + level.label().en());
  }
}
