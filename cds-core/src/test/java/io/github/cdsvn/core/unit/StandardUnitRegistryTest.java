package io.github.cdsvn.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry shipped with cds: the nation, 63 provinces, then 34, and the lineage between. */
class StandardUnitRegistryTest {
  private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  private static final UnitRegistry STANDARD = UnitRegistry.standard();

  @Test
  void sixtyThreeProvincesUntilTheReformAndThirtyFourFromIt() {
    assertThat(STANDARD.units(AdministrativeLevel.PROVINCE, LAST_OLD_DAY)).hasSize(63);
    assertThat(STANDARD.units(AdministrativeLevel.PROVINCE, REFORM)).hasSize(34);
    assertThat(STANDARD.units(AdministrativeLevel.PROVINCE, LocalDate.of(2020, 6, 3))).hasSize(63);
    assertThat(STANDARD.units(AdministrativeLevel.PROVINCE, LocalDate.of(2030, 12, 31))).hasSize(34);
    assertThat(STANDARD.units(AdministrativeLevel.DISTRICT, LAST_OLD_DAY)).isEmpty();
    assertThat(STANDARD.units(AdministrativeLevel.COMMUNE, REFORM)).isEmpty();
    assertThat(STANDARD.size()).isEqualTo(1 + 63 + 34);
  }

  @Test
  void theNationIsTheParentOfEveryProvinceOnEitherSide() {
    AdministrativeUnit vn = STANDARD.unit("VN", REFORM);
    assertThat(vn.level()).isEqualTo(AdministrativeLevel.NATION);
    assertThat(vn.parentCode()).isEmpty();
    assertThat(STANDARD.unit("VN", LAST_OLD_DAY)).isEqualTo(vn);
    for (LocalDate day : List.of(LAST_OLD_DAY, REFORM)) {
      for (AdministrativeUnit p : STANDARD.units(AdministrativeLevel.PROVINCE, day)) {
        assertThat(STANDARD.parent(p)).as("parent of %s", p).contains(vn);
        assertThat(STANDARD.ancestor(p, AdministrativeLevel.NATION)).contains(vn);
        assertThat(STANDARD.ancestor(p, AdministrativeLevel.PROVINCE)).contains(p);
        assertThat(STANDARD.ancestor(p, AdministrativeLevel.COMMUNE)).isEmpty();
      }
    }
    assertThat(STANDARD.children(vn)).hasSize(63 + 34);
  }

  @ParameterizedTest(name = "code {0}: {1} until 30 June 2025, {2} from 1 July 2025")
  @CsvSource({
      "24, Bắc Giang, Bắc Ninh",
      "44, Quảng Bình, Quảng Trị",
      "40, Nghệ An, Nghệ An",
      "68, Lâm Đồng, Lâm Đồng",
      "86, Vĩnh Long, Vĩnh Long",
      "52, Bình Định, Gia Lai",
      "80, Long An, Tây Ninh",
  })
  void aCodeIsReadWithADate(String code, String before, String after) {
    AdministrativeUnit old = STANDARD.unit(code, LAST_OLD_DAY);
    AdministrativeUnit now = STANDARD.unit(code, REFORM);
    assertThat(old.name()).isEqualTo(before);
    assertThat(now.name()).isEqualTo(after);
    assertThat(old).isNotEqualTo(now);
    assertThat(old.validity()).isEqualTo(Validity.until(LAST_OLD_DAY));
    assertThat(now.validity()).isEqualTo(Validity.from(REFORM));
    assertThat(STANDARD.unitsWithCode(code)).containsExactly(old, now);
    assertThat(STANDARD.find(code, LocalDate.of(2000, 1, 1))).contains(old);
  }

  @Test
  void codesOfProvincesThatWereMergedAwayNameNothingAfterTheReform() {
    assertThat(STANDARD.find("60", LAST_OLD_DAY)).get().extracting(AdministrativeUnit::name)
        .isEqualTo("Bình Thuận");
    assertThat(STANDARD.find("60", REFORM)).isEmpty();
    assertThat(STANDARD.find("83", REFORM)).isEmpty();
  }

  @ParameterizedTest(name = "{1} ({0}) became {3} ({2})")
  @CsvSource({
      "44, Quảng Bình, 44, Quảng Trị",
      "45, Quảng Trị, 44, Quảng Trị",
      "24, Bắc Giang, 24, Bắc Ninh",
      "27, Bắc Ninh, 24, Bắc Ninh",
      "60, Bình Thuận, 68, Lâm Đồng",
      "83, Bến Tre, 86, Vĩnh Long",
      "40, Nghệ An, 40, Nghệ An",
  })
  void lineageOfTheSeedProvinces(String oldCode, String oldName, String newCode, String newName) {
    AdministrativeUnit old = STANDARD.unit(oldCode, LAST_OLD_DAY);
    assertThat(old.name()).isEqualTo(oldName);
    List<Succession> links = STANDARD.successorsOf(old);
    assertThat(links).hasSize(1);
    Succession link = links.get(0);
    assertThat(link.predecessor()).isEqualTo(old);
    assertThat(link.successor().code()).isEqualTo(newCode);
    assertThat(link.successor().name()).isEqualTo(newName);
    assertThat(link.successor().isValidOn(REFORM)).isTrue();
    assertThat(link.type()).isEqualTo(Succession.Type.FULL);
    assertThat(link.effective()).isEqualTo(REFORM);
    assertThat(STANDARD.predecessorsOf(link.successor())).contains(link);
  }

  @Test
  void lamDongWasMadeFromBinhThuanDakNongAndLamDong() {
    AdministrativeUnit lamDong = STANDARD.unit("68", REFORM);
    List<Succession> from = STANDARD.predecessorsOf(lamDong);
    assertThat(from).extracting(s -> s.predecessor().code()).containsExactly("60", "67", "68");
    assertThat(from).extracting(s -> s.predecessor().name())
        .containsExactly("Bình Thuận", "Đắk Nông", "Lâm Đồng");
    assertThat(from).allSatisfy(s -> {
      assertThat(s.type()).isEqualTo(Succession.Type.FULL);
      assertThat(s.successor()).isEqualTo(lamDong);
      assertThat(s.predecessor().validity()).isEqualTo(Validity.until(LAST_OLD_DAY));
    });
  }

  @Test
  void everyOldProvinceWentWhollyIntoExactlyOneNewOne() {
    int links = 0;
    for (AdministrativeUnit old : STANDARD.units(AdministrativeLevel.PROVINCE, LAST_OLD_DAY)) {
      List<Succession> to = STANDARD.successorsOf(old);
      assertThat(to).as("successors of %s", old).hasSize(1);
      assertThat(to.get(0).type()).isEqualTo(Succession.Type.FULL);
      links++;
    }
    int predecessors = 0;
    for (AdministrativeUnit now : STANDARD.units(AdministrativeLevel.PROVINCE, REFORM)) {
      assertThat(STANDARD.predecessorsOf(now)).as("predecessors of %s", now).isNotEmpty();
      assertThat(STANDARD.successorsOf(now)).isEmpty();
      predecessors += STANDARD.predecessorsOf(now).size();
    }
    assertThat(links).isEqualTo(63);
    assertThat(predecessors).isEqualTo(63);
    assertThat(STANDARD.successions()).hasSize(63);
  }

  @Test
  void anUnknownCodeIsRefusedNamingTheCodeAndTheDate() {
    LocalDate day = LocalDate.of(2024, 5, 17);
    assertThat(STANDARD.find("99", day)).isEmpty();
    assertThatThrownBy(() -> STANDARD.unit("99", day))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'99'")
        .hasMessageContaining("2024-05-17")
        .satisfies(e -> assertThat(((InvalidValueException) e).value()).isEqualTo("99"));
  }

  @Test
  void aCodeReadOnADayItNamesNothingSaysWhatItDidName() {
    assertThatThrownBy(() -> STANDARD.unit("60", REFORM))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'60'")
        .hasMessageContaining("2025-07-01")
        .hasMessageContaining("Bình Thuận");
  }

  @Test
  void unitsAreListedByLevelThenCode() {
    List<AdministrativeUnit> after = STANDARD.units(AdministrativeLevel.PROVINCE, REFORM);
    assertThat(after).extracting(AdministrativeUnit::code).isSorted();
    assertThat(STANDARD.units().get(0).code()).isEqualTo("VN");
    assertThat(after.get(0).fullName()).isEqualTo("Thành phố Hà Nội");
    assertThat(after.get(0).kind()).isEqualTo(UnitKind.CENTRAL_CITY);
    assertThat(STANDARD.unitsWithCode("VN").get(0).fullName()).isEqualTo("Việt Nam");
    assertThat(STANDARD.successorsOf(STANDARD.unitsWithCode("VN").get(0))).isEmpty();
    assertThat(STANDARD.unit("44", REFORM).fullName()).isEqualTo("Tỉnh Quảng Trị");
  }
}
