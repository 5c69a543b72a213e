package io.github.cdsvn.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cdsvn.core.InvalidDataException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The checks {@link UnitRegistry.Builder#build()} makes, each alone and all together. */
class UnitRegistryBuilderTest {
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  private static final Validity OLD = Validity.until(REFORM.minusDays(1));
  private static final Validity NEW = Validity.from(REFORM);

  private static final AdministrativeUnit VN = unit("VN", "Việt Nam", UnitKind.NATION, null, Validity.always());
  private static final AdministrativeUnit BEN_TRE = unit("83", "Bến Tre", UnitKind.PROVINCE, "VN", OLD);
  private static final AdministrativeUnit VINH_LONG_OLD = unit("86", "Vĩnh Long", UnitKind.PROVINCE, "VN", OLD);
  private static final AdministrativeUnit VINH_LONG = unit("86", "Vĩnh Long", UnitKind.PROVINCE, "VN", NEW);
  private static final AdministrativeUnit BA_TRI = unit("836", "Ba Tri", UnitKind.RURAL_DISTRICT, "83", OLD);
  private static final AdministrativeUnit AN_DUC = unit("29110", "An Đức", UnitKind.COMMUNE, "836", OLD);
  private static final AdministrativeUnit XA_BA_TRI = unit("29110", "Ba Tri", UnitKind.COMMUNE, "86", NEW);

  static AdministrativeUnit unit(String code, String name, UnitKind kind, String parent, Validity validity) {
    AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(code).name(name).kind(kind).validity(validity);
    if (parent != null) {
      b.parentCode(parent);
    }
    return b.build();
  }

  private static UnitRegistry.Builder valid() {
    return UnitRegistry.builder().add(VN).add(BEN_TRE).add(VINH_LONG_OLD).add(VINH_LONG).add(BA_TRI)
        .add(AN_DUC).add(XA_BA_TRI)
        .addSuccession(Succession.of(BEN_TRE, VINH_LONG, Succession.Type.FULL, REFORM))
        .addSuccession(Succession.of(VINH_LONG_OLD, VINH_LONG, Succession.Type.FULL, REFORM))
        .addSuccession(Succession.of(AN_DUC, XA_BA_TRI, Succession.Type.FULL, REFORM));
  }

  private static InvalidDataException refused(UnitRegistry.Builder builder) {
    InvalidDataException e = catchThrowableOfType(InvalidDataException.class, builder::build);
    assertThat(e).as("build() must refuse").isNotNull();
    return e;
  }

  @Test
  void aConsistentListBuilds() {
    UnitRegistry r = valid().build();
    assertThat(r.size()).isEqualTo(7);
    assertThat(r.successions()).hasSize(3);
    assertThat(r.unit("29110", REFORM.minusDays(1))).isEqualTo(AN_DUC);
    assertThat(r.unit("29110", REFORM)).isEqualTo(XA_BA_TRI);
    assertThat(r.parent(AN_DUC)).contains(BA_TRI);
    assertThat(r.ancestor(AN_DUC, AdministrativeLevel.PROVINCE)).contains(BEN_TRE);
    assertThat(r.ancestor(XA_BA_TRI, AdministrativeLevel.PROVINCE)).contains(VINH_LONG);
    assertThat(r.ancestor(XA_BA_TRI, AdministrativeLevel.DISTRICT)).isEmpty();
    assertThat(r.children(BA_TRI)).containsExactly(AN_DUC);
    assertThat(r.children(VINH_LONG)).containsExactly(XA_BA_TRI);
    assertThat(r.children(VINH_LONG_OLD)).isEmpty();
  }

  @Test
  void aCodeMayBeReusedOnDaysThatDoNotOverlap() {
    UnitRegistry r = UnitRegistry.builder().add(VN)
        .add(unit("24", "Bắc Giang", UnitKind.PROVINCE, "VN", OLD))
        .add(unit("24", "Bắc Ninh", UnitKind.PROVINCE, "VN", NEW)).build();
    assertThat(r.unitsWithCode("24")).extracting(AdministrativeUnit::name).containsExactly("Bắc Giang", "Bắc Ninh");
  }

  @Test
  void theSameUnitAddedTwiceIsKeptOnce() {
    UnitRegistry r = valid().add(BA_TRI).build();
    assertThat(r.size()).isEqualTo(7);
  }

  @Test
  void overlappingCodesAreRefused() {
    AdministrativeUnit other = unit("836", "Bình Đại", UnitKind.RURAL_DISTRICT, "83",
        Validity.between(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)));
    InvalidDataException e = refused(valid().add(other));
    assertThat(e.problems()).hasSize(1);
    InvalidDataException.Problem p = e.problems().get(0);
    assertThat(p.location()).startsWith("units[7]").contains("836");
    assertThat(p.message()).contains("836").contains("units[4]").contains("overlapping");
  }

  @Test
  void aParentCodeNamingNoUnitIsRefused() {
    AdministrativeUnit orphan = unit("837", "Giồng Trôm", UnitKind.RURAL_DISTRICT, "84", OLD);
    InvalidDataException e = refused(valid().add(orphan));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("units[7]").contains("837");
      assertThat(p.message()).contains("parent code 84");
    });
  }

  @Test
  void aParentInForceOnlyOnOtherDaysIsRefused() {
    // Ba Tri's parent code 83 names Bến Tre only until 30 June 2025
    AdministrativeUnit late = unit("836", "Ba Tri", UnitKind.RURAL_DISTRICT, "83", NEW);
    InvalidDataException e = refused(UnitRegistry.builder().add(VN).add(BEN_TRE).add(late));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("units[2]");
      assertThat(p.message()).contains("parent code 83");
    });
  }

  @Test
  void aParentThatIsNotAboveItsChildIsRefused() {
    AdministrativeUnit underCommune = unit("29999", "Tân Xuân", UnitKind.COMMUNE, "29110", OLD);
    AdministrativeUnit provinceUnderProvince = unit("84", "Trà Vinh", UnitKind.PROVINCE, "83", OLD);
    InvalidDataException e = refused(valid().add(underCommune).add(provinceUnderProvince));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).location()).startsWith("units[7]");
    assertThat(e.problems().get(0).message()).contains("commune level").contains("not above");
    assertThat(e.problems().get(1).location()).startsWith("units[8]");
    assertThat(e.problems().get(1).message()).contains("province level").contains("not above");
  }

  @Test
  void aSuccessionToAUnitNotAddedIsRefused() {
    AdministrativeUnit missing = unit("29122", "Mỹ Chánh Hòa", UnitKind.COMMUNE, "86", NEW);
    InvalidDataException e = refused(valid()
        .addSuccession(Succession.of(AN_DUC, missing, Succession.Type.PARTIAL, REFORM)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("successions[3]").contains("29110 → 29122");
      assertThat(p.message()).contains("successor").contains("not added");
    });
  }

  @Test
  void aSuccessionFromAUnitNotAddedIsRefused() {
    AdministrativeUnit missing = unit("84", "Trà Vinh", UnitKind.PROVINCE, "VN", OLD);
    InvalidDataException e = refused(valid()
        .addSuccession(Succession.of(missing, VINH_LONG, Succession.Type.FULL, REFORM)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("successions[3]").contains("84 → 86");
      assertThat(p.message()).contains("predecessor").contains("not added");
    });
  }

  @Test
  void theSameSuccessionTwiceWithDifferentTypesIsRefused() {
    InvalidDataException e = refused(valid()
        .addSuccession(Succession.of(BEN_TRE, VINH_LONG, Succession.Type.PARTIAL, REFORM)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("successions[3]").contains("83 → 86");
      assertThat(p.message()).contains("added twice").contains("full").contains("partial");
    });
  }

  @Test
  void theSameSuccessionTwiceAlikeIsKeptOnce() {
    UnitRegistry r = valid()
        .addSuccession(Succession.of(BEN_TRE, VINH_LONG, Succession.Type.FULL, REFORM)).build();
    assertThat(r.successions()).hasSize(3);
    assertThat(r.predecessorsOf(VINH_LONG)).extracting(s -> s.predecessor().code()).containsExactly("83", "86");
  }

  @Test
  void everyProblemIsListedInOneExceptionWithItsLocation() {
    AdministrativeUnit clash = unit("83", "Bến Tre (bis)", UnitKind.PROVINCE, "VN", Validity.always());
    AdministrativeUnit orphan = unit("837", "Giồng Trôm", UnitKind.RURAL_DISTRICT, "84", OLD);
    AdministrativeUnit underCommune = unit("29999", "Tân Xuân", UnitKind.COMMUNE, "29110", OLD);
    AdministrativeUnit missing = unit("29122", "Mỹ Chánh Hòa", UnitKind.COMMUNE, "86", NEW);
    InvalidDataException e = refused(valid()
        .add(clash)                                                                  // units[7]
        .add(orphan)                                                                 // units[8]
        .add(underCommune)                                                           // units[9]
        .addSuccession(Succession.of(AN_DUC, missing, Succession.Type.PARTIAL, REFORM))        // [3]
        .addSuccession(Succession.of(AN_DUC, XA_BA_TRI, Succession.Type.PARTIAL, REFORM)));    // [4]
    assertThat(e.problems()).extracting(InvalidDataException.Problem::location).satisfiesExactly(
        l -> assertThat(l).startsWith("units[7]").contains("83"),
        l -> assertThat(l).startsWith("units[8]").contains("837"),
        l -> assertThat(l).startsWith("units[9]").contains("29999"),
        l -> assertThat(l).startsWith("successions[3]"),
        l -> assertThat(l).startsWith("successions[4]"));
    assertThat(e.getMessage()).startsWith("unit registry: 5 problems, nothing loaded");
    for (InvalidDataException.Problem p : e.problems()) {
      assertThat(e.getMessage()).contains(p.toString());
    }
  }
}
