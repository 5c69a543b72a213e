package io.github.cdsvn.core.unit;

import static io.github.cdsvn.core.unit.UnitRegistryBuilderTest.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link UnitRegistry#successorsOf(AdministrativeUnit)} says of a unit that has no links of
 * its own: a district abolished on 1 July 2025 became whatever its communes went into.
 */
class DerivedSuccessionTest {
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  private static final Validity OLD = Validity.until(REFORM.minusDays(1));
  private static final Validity NEW = Validity.from(REFORM);

  private static final AdministrativeUnit VN = unit("VN", "Việt Nam", UnitKind.NATION, null, Validity.always());
  private static final AdministrativeUnit P_OLD = unit("83", "Bến Tre", UnitKind.PROVINCE, "VN", OLD);
  private static final AdministrativeUnit P_NEW = unit("86", "Vĩnh Long", UnitKind.PROVINCE, "VN", NEW);
  // district D: communes 00001 and 00002 went fully into X, 00003 was split between X and Y
  private static final AdministrativeUnit D = unit("801", "Alpha", UnitKind.RURAL_DISTRICT, "83", OLD);
  private static final AdministrativeUnit D1 = unit("00001", "Một", UnitKind.COMMUNE, "801", OLD);
  private static final AdministrativeUnit D2 = unit("00002", "Hai", UnitKind.TOWNSHIP, "801", OLD);
  private static final AdministrativeUnit D3 = unit("00003", "Ba", UnitKind.COMMUNE, "801", OLD);
  // district E: both communes went fully into Z
  private static final AdministrativeUnit E = unit("802", "Beta", UnitKind.DISTRICT_TOWN, "83", OLD);
  private static final AdministrativeUnit E1 = unit("00004", "Bốn", UnitKind.WARD, "802", OLD);
  private static final AdministrativeUnit E2 = unit("00005", "Năm", UnitKind.WARD, "802", OLD);
  // district F: went directly (no communes) into a special zone
  private static final AdministrativeUnit F = unit("803", "Gamma", UnitKind.RURAL_DISTRICT, "83", OLD);
  // district G: one commune went fully into Z, the other partly into Z and partly into Y
  private static final AdministrativeUnit G = unit("804", "Delta", UnitKind.RURAL_DISTRICT, "83", OLD);
  private static final AdministrativeUnit G1 = unit("00006", "Sáu", UnitKind.COMMUNE, "804", OLD);
  private static final AdministrativeUnit G2 = unit("00007", "Bảy", UnitKind.COMMUNE, "804", OLD);
  // district H: no communes and no links
  private static final AdministrativeUnit H = unit("805", "Epsilon", UnitKind.RURAL_DISTRICT, "83", OLD);

  private static final AdministrativeUnit X = unit("00003", "Xê", UnitKind.COMMUNE, "86", NEW);
  private static final AdministrativeUnit Y = unit("00001", "Y", UnitKind.WARD, "86", NEW);
  private static final AdministrativeUnit Z = unit("00005", "Dét", UnitKind.WARD, "86", NEW);
  private static final AdministrativeUnit S = unit("00009", "Sê", UnitKind.SPECIAL_ZONE, "86", NEW);

  private static final UnitRegistry R = UnitRegistry.builder()
      .addAll(List.of(VN, P_OLD, P_NEW, D, D1, D2, D3, E, E1, E2, F, G, G1, G2, H, X, Y, Z, S))
      .addSuccession(link(P_OLD, P_NEW, Succession.Type.FULL))
      .addSuccession(link(D1, X, Succession.Type.FULL))
      .addSuccession(link(D2, X, Succession.Type.FULL))
      .addSuccession(link(D3, X, Succession.Type.PARTIAL))
      .addSuccession(link(D3, Y, Succession.Type.PARTIAL))
      .addSuccession(link(E1, Z, Succession.Type.FULL))
      .addSuccession(link(E2, Z, Succession.Type.FULL))
      .addSuccession(link(F, S, Succession.Type.FULL))
      .addSuccession(link(G1, Z, Succession.Type.FULL))
      .addSuccession(link(G2, Z, Succession.Type.PARTIAL))
      .addSuccession(link(G2, Y, Succession.Type.PARTIAL))
      .build();

  private static Succession link(AdministrativeUnit from, AdministrativeUnit to, Succession.Type type) {
    return Succession.of(from, to, type, REFORM);
  }

  @Test
  void aDistrictSplitBetweenCommunesGetsOnePartialLinkToEach() {
    List<Succession> links = R.successorsOf(D);
    // by successor code: Y (00001) before X (00003)
    assertThat(links).extracting(Succession::successor).containsExactly(Y, X);
    assertThat(links).allSatisfy(s -> {
      assertThat(s.predecessor()).isEqualTo(D);
      assertThat(s.type()).isEqualTo(Succession.Type.PARTIAL);
      assertThat(s.effective()).isEqualTo(REFORM);
    });
  }

  @Test
  void aDistrictThatWentWhollyIntoOneCommuneGetsOneFullLink() {
    assertThat(R.successorsOf(E)).containsExactly(link(E, Z, Succession.Type.FULL));
  }

  @Test
  void aDistrictWithSomeFullLinksIsStillPartialWhereItWasSplit() {
    assertThat(R.successorsOf(G)).containsExactly(link(G, Y, Succession.Type.PARTIAL),
        link(G, Z, Succession.Type.PARTIAL));
  }

  @Test
  void aUnitsOwnLinksWinOverThoseOfItsParts() {
    assertThat(R.successorsOf(F)).containsExactly(link(F, S, Succession.Type.FULL));
    // the province has its own link: the communes' links are not combined into it
    assertThat(R.successorsOf(P_OLD)).containsExactly(link(P_OLD, P_NEW, Succession.Type.FULL));
  }

  @Test
  void aUnitWithNoLinksAndNoPartsHasNoSuccessor() {
    assertThat(R.successorsOf(H)).isEmpty();
    assertThat(R.successorsOf(X)).isEmpty();
  }

  @Test
  void linksAreDerivedThroughSeveralLevels() {
    // the same tree without the province's own link: the province gets the communes' links
    UnitRegistry r = UnitRegistry.builder().addAll(R.units())
        .addSuccession(link(D1, X, Succession.Type.FULL))
        .addSuccession(link(E1, Z, Succession.Type.FULL))
        .addSuccession(link(E2, Z, Succession.Type.FULL))
        .build();
    assertThat(r.successorsOf(P_OLD)).containsExactly(link(P_OLD, X, Succession.Type.PARTIAL),
        link(P_OLD, Z, Succession.Type.PARTIAL));
  }

  @Test
  void predecessorsAreOnlyTheRecordedLinks() {
    assertThat(R.predecessorsOf(X)).extracting(Succession::predecessor).containsExactly(D1, D2, D3);
    assertThat(R.predecessorsOf(Z)).extracting(Succession::predecessor).containsExactly(E1, E2, G1, G2);
    assertThat(R.predecessorsOf(Y)).extracting(Succession::predecessor).containsExactly(D3, G2);
    assertThat(R.predecessorsOf(S)).extracting(Succession::predecessor).containsExactly(F);
  }

  @Test
  void aDistrictPartOfWhichWentNowhereRecordedIsNotAFullSuccessor() {
    // K's commune K1 went fully into Z, but nothing is recorded for K2: Z did not receive all of K
    AdministrativeUnit k = unit("806", "Zeta", UnitKind.RURAL_DISTRICT, "83", OLD);
    AdministrativeUnit k1 = unit("00010", "Mười", UnitKind.COMMUNE, "806", OLD);
    AdministrativeUnit k2 = unit("00011", "Mười một", UnitKind.COMMUNE, "806", OLD);
    UnitRegistry r = UnitRegistry.builder().addAll(R.units()).addAll(List.of(k, k1, k2))
        .addSuccession(link(k1, Z, Succession.Type.FULL)).build();
    assertThat(r.successorsOf(k)).containsExactly(link(k, Z, Succession.Type.PARTIAL));
  }
}
