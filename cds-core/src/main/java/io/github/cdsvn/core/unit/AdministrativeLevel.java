package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The tiers of Vietnam's administration: the nation, provinces, districts and communes.
 *
 * <p>The district tier was abolished on 1 July 2025 (Resolution 202/2025/QH15): from then on
 * local government has two tiers, province and commune. {@link #isInForceOn(LocalDate)} says
 * whether a level exists on a date; a target set for district-level work after that date no
 * longer has a level to apply to.
 */
public enum AdministrativeLevel {
  /** The nation (cấp quốc gia / trung ương). */
  NATION(Label.of("cấp quốc gia", "national level"), null),
  /** Provinces and centrally governed cities (cấp tỉnh). */
  PROVINCE(Label.of("cấp tỉnh", "province level"), null),
  /** Districts, urban districts, district-level towns and provincial cities (cấp huyện). */
  DISTRICT(Label.of("cấp huyện", "district level"), LocalDate.of(2025, 7, 1)),
  /** Communes, wards, townships and special zones (cấp xã). */
  COMMUNE(Label.of("cấp xã", "commune level"), null);

  /** The day the two-tier local government took effect: 1 July 2025. */
  public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

  private final Label label;
  private final LocalDate abolishedOn;

  AdministrativeLevel(Label label, LocalDate abolishedOn) {
    this.label = label;
    this.abolishedOn = abolishedOn;
  }

  /**
   * Returns the name of this level.
   *
   * @return the Vietnamese and English name, for example "cấp huyện / district level"
   */
  public Label label() {
    return label;
  }

  /**
   * Returns the first day on which this level no longer exists.
   *
   * @return 2025-07-01 for {@link #DISTRICT}; empty for the levels still in force
   */
  public Optional<LocalDate> abolishedOn() {
    return Optional.ofNullable(abolishedOn);
  }

  /**
   * Tells whether this level exists on a date.
   *
   * @param date the date
   * @return {@code false} only for {@link #DISTRICT} from 1 July 2025
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return abolishedOn == null || date.isBefore(abolishedOn);
  }

  /**
   * Tells whether this level is above another, the nation being the highest.
   *
   * @param other the other level
   * @return {@code true} if this level is strictly above {@code other}
   */
  public boolean isAbove(AdministrativeLevel other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Returns the level with a name, read case-insensitively: the constant's name
   * ({@code "province"}) or its Vietnamese name ({@code "cấp tỉnh"}, or {@code "tỉnh"}).
   *
   * @param text the name
   * @return the level
   * @throws InvalidValueException if no level has that name
   */
  public static AdministrativeLevel parse(String text) {
    Objects.requireNonNull(text, "AdministrativeLevel");
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (AdministrativeLevel level : values()) {
      String vi = level.label.vi().toLowerCase(Locale.ROOT);
      if (t.equals(level.name().toLowerCase(Locale.ROOT)) || t.equals(vi)
          || t.equals(vi.substring("cấp ".length()))) {
        return level;
      }
    }
    throw new InvalidValueException("AdministrativeLevel", text,
        "valid values nation, province, district, commune");
  }
}
