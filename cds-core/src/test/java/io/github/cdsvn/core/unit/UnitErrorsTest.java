package io.github.cdsvn.core.unit;

import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented refusal of the unit package's value types. */
class UnitErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankUnitCodeIsRefused(String code) {
    assertThatThrownBy(() -> AdministrativeUnit.builder().code(code).name("Quảng Bình").kind(UnitKind.PROVINCE).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("AdministrativeUnit.code")
        .hasMessageContaining("must not be blank");
    assertRefused(() -> AdministrativeUnit.builder().code(code).name("Quảng Bình").kind(UnitKind.PROVINCE).build(),
        "AdministrativeUnit.code", code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4 4", "vn", "12345678901", "44-1", "Đ1"})
  void aMalformedUnitCodeIsRefused(String code) {
    assertRefused(() -> AdministrativeUnit.builder().code(code).name("Quảng Bình").kind(UnitKind.PROVINCE).build(),
        "AdministrativeUnit.code", code);
  }

  @Test
  void blankNamesAndBadParentsAreRefused() {
    assertRefused(() -> AdministrativeUnit.builder().code("44").name(" ").kind(UnitKind.PROVINCE).build(),
        "AdministrativeUnit.name", " ");
    assertRefused(() -> AdministrativeUnit.builder().code("44").name("Quảng Bình").kind(UnitKind.PROVINCE)
        .parentCode("vn").build(), "AdministrativeUnit.parentCode", "vn");
    assertThatThrownBy(() -> AdministrativeUnit.builder().code("44").name("Quảng Bình").kind(UnitKind.PROVINCE)
        .parentCode("44").build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AdministrativeUnit.parentCode").hasMessageContaining("'44'")
        .hasMessageContaining("own parent");
  }

  @Test
  void validityBetweenRefusesAnEndBeforeTheStart() {
    LocalDate from = LocalDate.of(2025, 7, 1);
    LocalDate until = LocalDate.of(2025, 6, 30);
    assertThatThrownBy(() -> Validity.between(from, until)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Validity.until").hasMessageContaining("2025-06-30")
        .hasMessageContaining("must not be before from 2025-07-01");
    assertRefused(() -> Validity.between(from, until), "Validity.until", until);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "tinh", "provinces", "cấp", "huyện xã", "state", "cấp thôn", "1"})
  void administrativeLevelParseRefusesJunk(String text) {
    assertThatThrownBy(() -> AdministrativeLevel.parse(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AdministrativeLevel").hasMessageContaining("'" + text + "'")
        .hasMessageContaining("valid values nation, province, district, commune");
    assertRefused(() -> AdministrativeLevel.parse(text), "AdministrativeLevel", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Tinh", "Làng", "thôn", "quan", "rural district", "Thành phố Hà Nội"})
  void unitKindParseRefusesJunk(String text) {
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      assertThatThrownBy(() -> UnitKind.parse(text, level)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("UnitKind").hasMessageContaining("'" + text + "'");
      assertRefused(() -> UnitKind.parse(text, level), "UnitKind", text);
    }
  }

  @Test
  void unitKindParseRefusesAKindAtTheWrongLevel() {
    assertThatThrownBy(() -> UnitKind.parse("Tỉnh", AdministrativeLevel.DISTRICT))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("UnitKind")
        .hasMessageContaining("'Tỉnh'").hasMessageContaining("district level");
    assertRefused(() -> UnitKind.parse("Phường", AdministrativeLevel.PROVINCE), "UnitKind", "Phường");
    assertRefused(() -> UnitKind.parse("Thành phố", AdministrativeLevel.COMMUNE), "UnitKind", "Thành phố");
    assertRefused(() -> UnitKind.parse("Thành phố trực thuộc trung ương", AdministrativeLevel.DISTRICT),
        "UnitKind", "Thành phố trực thuộc trung ương");
  }
}
