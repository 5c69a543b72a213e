package io.github.cdsvn.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kinds of unit read as official lists write them: "Thành phố" depends on the level. */
class UnitKindParseTest {
  @ParameterizedTest
  @CsvSource({
      "Thành phố, PROVINCE, CENTRAL_CITY",
      "Thành phố Trung ương, PROVINCE, CENTRAL_CITY",
      "Thành phố trực thuộc trung ương, PROVINCE, CENTRAL_CITY",
      "'  THÀNH PHỐ  ', PROVINCE, CENTRAL_CITY",
      "Thành phố, DISTRICT, PROVINCIAL_CITY",
      "Tỉnh, PROVINCE, PROVINCE",
      "Huyện, DISTRICT, RURAL_DISTRICT",
      "Quận, DISTRICT, URBAN_DISTRICT",
      "Thị xã, DISTRICT, DISTRICT_TOWN",
      "Xã, COMMUNE, COMMUNE",
      "Phường, COMMUNE, WARD",
      "Thị trấn, COMMUNE, TOWNSHIP",
      "Đặc khu, COMMUNE, SPECIAL_ZONE",
      "ward, COMMUNE, WARD",
      "central-city, PROVINCE, CENTRAL_CITY",
      "central_city, PROVINCE, CENTRAL_CITY",
      "rural-district, DISTRICT, RURAL_DISTRICT"})
  void readsTheKindAtItsLevel(String text, AdministrativeLevel level, UnitKind expected) {
    assertThat(UnitKind.parse(text, level)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "Thành phố trực thuộc trung ương, DISTRICT",
      "Thành phố Trung ương, DISTRICT",
      "Thành phố, COMMUNE",
      "Huyện, PROVINCE",
      "Phường, DISTRICT",
      "ward, PROVINCE",
      "Làng, COMMUNE"})
  void aKindNotFoundAtTheLevelIsRefused(String text, AdministrativeLevel level) {
    assertThatThrownBy(() -> UnitKind.parse(text, level)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("UnitKind").hasMessageContaining(text)
        .hasMessageContaining("no kind of unit with that name at " + level.label().en());
  }
}
