package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A roll-up's sum that overflows is refused naming the unit and the period; a rolled-up value is
 * as weak as its weakest input; inputs are listed by unit code; entries, results and the
 * choices of a roll-up name themselves.
 */
class RollUpEdgesTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  private static final Indicator ENTERPRISES = CATALOGUE.get("econ.digital-enterprises.count");
  private static final ObservationPeriod Y2024 = ObservationPeriod.ofYear(2024);
  private static final UnitRegistry BEN_TRE = BenTreUnits.registry();

  private static List<String> baTri() {
    List<String> codes = new ArrayList<>();
    for (String[] row : BenTreUnits.BA_TRI_COMMUNES) {
      codes.add(row[0]);
    }
    return codes;
  }

  private static Observation count(String code, double value, Observation.Status status) {
    return Observation.builder().unitCode(code).indicator(ENTERPRISES).period(Y2024).value(value).status(status)
        .build();
  }

  private static ObservationSet counts(double value, Observation.Status... statuses) {
    List<String> codes = baTri();
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      obs.add(count(codes.get(codes.size() - 1 - i), value, statuses[i % statuses.length]));
    }
    return ObservationSet.of(obs);
  }

  @Test
  void aSumThatOverflowsIsRefused() {
    assertThatThrownBy(() -> RollUp.over(BEN_TRE).toLevel(counts(1e307, Observation.Status.FINAL), ENTERPRISES,
        COMMUNE, DISTRICT)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("RollUp.sum (unit 836, 2024)");
          assertThat(e.getMessage()).contains("the sum of the inputs overflows");
        });
  }

  @Test
  void aRolledUpValueIsAsWeakAsItsWeakestInput() {
    RollUp up = RollUp.over(BEN_TRE);
    assertThat(status(up, Observation.Status.FINAL)).isEqualTo(Observation.Status.FINAL);
    assertThat(status(up, Observation.Status.FINAL, Observation.Status.PROVISIONAL)).isEqualTo(Observation.Status.PROVISIONAL);
    assertThat(status(up, Observation.Status.ESTIMATE, Observation.Status.PROVISIONAL, Observation.Status.FINAL))
        .isEqualTo(Observation.Status.ESTIMATE);
    assertThat(status(up, Observation.Status.PROVISIONAL, Observation.Status.ILLUSTRATIVE, Observation.Status.ESTIMATE))
        .isEqualTo(Observation.Status.ILLUSTRATIVE);
  }

  private static Observation.Status status(RollUp up, Observation.Status... statuses) {
    return up.toLevel(counts(2, statuses), ENTERPRISES, COMMUNE, DISTRICT).entries().get(0).observation()
        .orElseThrow().status();
  }

  @Test
  void inputsAreListedByUnitCodeAndEntriesNameThemselves() {
    RollUp.Result r = RollUp.over(BEN_TRE).toLevel(counts(2, Observation.Status.FINAL), ENTERPRISES, COMMUNE, DISTRICT);
    RollUp.Entry e = r.entries().get(0);
    List<String> codes = e.inputs().stream().map(Observation::unitCode).toList();
    assertThat(codes).isSorted().hasSize(baTri().size());
    assertThat(e.expected()).extracting(u -> u.code()).isSorted();
    assertThat(e.kind()).isEqualTo(RollUp.Kind.HIERARCHY);
    assertThat(e.isComplete()).isTrue();
    assertThat(e.toString()).isEqualTo("RollUp.Entry{" + e.explanation().en() + " = " + 2 * baTri().size() + "}");
    assertThat(r.indicator()).isEqualTo(ENTERPRISES);
    assertThat(r.toString()).isEqualTo("RollUp.Result{up the hierarchy, econ.digital-enterprises.count, 1 entries,"
        + " 1 rolled up}");
    assertThat(r).isEqualTo(RollUp.over(BEN_TRE).toLevel(counts(2, Observation.Status.FINAL), ENTERPRISES, COMMUNE,
        DISTRICT)).isNotEqualTo(RollUp.over(BEN_TRE).toLevel(counts(3, Observation.Status.FINAL), ENTERPRISES, COMMUNE,
        DISTRICT));
    assertThat(e).isNotEqualTo(RollUp.over(BEN_TRE).toLevel(counts(3, Observation.Status.FINAL), ENTERPRISES, COMMUNE,
        DISTRICT).entries().get(0));
    // one commune short: incomplete, not rolled up, and its text has no value
    List<Observation> short1 = new ArrayList<>(counts(2, Observation.Status.FINAL).stream().toList());
    short1.remove(0);
    RollUp.Entry incomplete = RollUp.over(BEN_TRE).toLevel(ObservationSet.of(short1), ENTERPRISES, COMMUNE, DISTRICT)
        .entries().get(0);
    assertThat(incomplete.isComplete()).isFalse();
    assertThat(incomplete.flags()).contains(RollUp.Flag.INCOMPLETE);
    assertThat(incomplete.toString()).isEqualTo("RollUp.Entry{" + incomplete.explanation().en() + "}");
  }

  @Test
  void choicesAndKindsHaveLabels() {
    assertThat(RollUp.Kind.HIERARCHY.label().en()).isEqualTo("up the hierarchy");
    assertThat(RollUp.Kind.LINEAGE.label().vi()).isEqualTo("quy đổi sang đơn vị mới");
    assertThat(RollUp.Flag.INCOMPLETE.label().en()).isEqualTo("incomplete");
    assertThat(RollUp.Flag.PARTIAL_PREDECESSOR.label().vi()).isEqualTo("đơn vị tiền thân chỉ nhập một phần");
    assertThat(RollUp.ShareRule.EXACT_ONLY.label().en()).isEqualTo("only exactly, from numerators and denominators");
    assertThat(RollUp.Method.RATIO_OF_SUMS.label().en()).isEqualTo("summed numerators over summed denominators");
    assertThat(TargetResult.Outcome.SCORED.label().en()).isEqualTo("scored");
    assertThat(TargetResult.Outcome.NO_DATA.label().vi()).isEqualTo("chưa có số liệu");
  }
}
