package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A unit of government: the nation, a province, a district or a commune, as it stood between
 * two dates.
 *
 * <p>A unit has an official code, a name, a {@link UnitKind} (which fixes its
 * {@link AdministrativeLevel}), the code of its parent and the {@link Validity} of this record.
 * Codes are dated: from 1 July 2025 code 24 names Bắc Ninh, before it Bắc Giang. A code is
 * therefore read together with a date; {@link UnitRegistry} does that.
 *
 * <p>Codes of the statistics office are digits: 2 for a province, 3 for a district, 5 for a
 * commune. The nation is {@code VN}. Immutable and thread-safe.
 *
 * <pre>{@code
 * AdministrativeUnit baTri = AdministrativeUnit.builder()
 *     .code("836").name("Ba Tri").kind(UnitKind.RURAL_DISTRICT).parentCode("83")
 *     .validity(Validity.until(LocalDate.of(2025, 6, 30)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class AdministrativeUnit {
  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,10}");

  AdministrativeUnit() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the official code, read together with {@link #validity()}.
   *
   * @return the code, for example {@code "44"}
   */
  public abstract String code();

  /**
   * Returns the name, without the kind: {@code "Quảng Bình"}, not {@code "Tỉnh Quảng Bình"}.
   *
   * @return the Vietnamese name
   */
  public abstract String name();

  /**
   * Returns the kind of unit.
   *
   * @return the kind
   */
  public abstract UnitKind kind();

  /**
   * Returns the code of the unit this one belongs to, read on the same dates.
   *
   * @return the parent's code, or empty for the nation or where it is not known
   */
  public abstract Optional<String> parentCode();

  /**
   * Returns the days this record of the unit is in force.
   *
   * @return the validity; {@link Validity#always()} unless set
   */
  @Value.Default
  public Validity validity() {
    return Validity.always();
  }

  /**
   * Returns the level of this unit, fixed by its kind.
   *
   * @return the level
   */
  public final AdministrativeLevel level() {
    return kind().level();
  }

  /**
   * Returns the name with the kind, as official texts write it: {@code "Tỉnh Quảng Bình"},
   * {@code "Thành phố Hà Nội"}, {@code "Việt Nam"} (see {@link UnitKind#prefix()}).
   *
   * @return the full Vietnamese name
   */
  public final String fullName() {
    String prefix = kind().prefix();
    return prefix.isEmpty() ? name() : prefix + " " + name();
  }

  /**
   * Tells whether this record is in force on a day.
   *
   * @param date the day
   * @return {@code true} if {@link #validity()} contains it
   */
  public final boolean isValidOn(LocalDate date) {
    return validity().contains(date);
  }

  @Value.Check
  void check() {
    InvalidValueException.requireNonBlank("AdministrativeUnit.code", code());
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidValueException("AdministrativeUnit.code", code(),
          "digits or capital letters, 1 to 10 characters");
    }
    InvalidValueException.requireNonBlank("AdministrativeUnit.name", name());
    parentCode().ifPresent(p -> {
      if (!CODE.matcher(p).matches()) {
        throw new InvalidValueException("AdministrativeUnit.parentCode", p,
            "digits or capital letters, 1 to 10 characters");
      }
      if (p.equals(code())) {
        throw new InvalidValueException("AdministrativeUnit.parentCode", p,
            "a unit cannot be its own parent");
      }
    });
  }

  @Override
  public String toString() {
    return fullName() + " (" + code() + ", " + validity() + ")";
  }

  /** Builds an {@link AdministrativeUnit}; code, name and kind are required. */
  public static final class Builder extends ImmutableAdministrativeUnit.Builder {
    Builder() {}
  }
}
