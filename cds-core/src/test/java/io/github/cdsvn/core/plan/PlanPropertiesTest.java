package io.github.cdsvn.core.plan;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.Examples;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PlanPropertiesTest {
  /** Targets over a small set of keys (2 indicators × 2 levels × 2 horizons × 2 populations). */
  private static final Gen<Target> FEW_KEYS = Generate.pick(List.of(CoreGenerators.WORK_RECORDS, CoreGenerators.DIGITAL_ENTERPRISES))
      .zip(Generate.pick(List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT)),
          Generate.pick(List.of(Horizon.Y2025, Horizon.Y2030)),
          Generate.pick(List.of(Population.EVERYONE, CoreGenerators.ADULTS)),
          integers().between(0, 100),
          (indicator, level, horizon, population, v) -> Target.builder().indicator(indicator).level(level)
              .horizon(horizon).population(population).bound(Bound.atLeast(v))
              .source(Source.of(CoreGenerators.KH_698, "đạt " + v + "%")).build());

  private static Plan.Builder plan() {
    return Plan.builder().id("quang-binh.kh-698-2022").unit(CoreGenerators.QUANG_BINH)
        .title("Kế hoạch chuyển đổi số tỉnh Quảng Bình").documents(CoreGenerators.DOCUMENTS);
  }

  @Test
  void aCopyFromTheBuilderEqualsTheOriginal() {
    qt().withExamples(Examples.upTo(200)).forAll(CoreGenerators.plans()).checkAssert(p ->
        assertEqualValues(p, Plan.builder().from(p).build()));
  }

  @Test
  void plansDifferingInOneFieldAreNotEqual() {
    qt().withExamples(Examples.upTo(200)).forAll(CoreGenerators.plans(), integers().between(0, 6)).checkAssert((p, field) -> {
      Plan.Builder b = Plan.builder().from(p);
      switch (field) {
        case 0:
          b.id(p.id() + ".v2");
          break;
        case 1:
          b.title(p.title() + " (sửa đổi)");
          break;
        case 2:
          b.addNotes("số liệu lấy từ bài báo");
          break;
        case 3:
          b.addCarriesOut("vn.qd-942-2021");
          break;
        case 4:
          b.addDocuments(Document.builder().kind(Document.Kind.DECISION).number("749/QĐ-TTg")
                  .issuer("Thủ tướng Chính phủ").title("Chương trình Chuyển đổi số quốc gia").build());
          break;
        case 5:
          b.unit(AdministrativeUnit.builder().from(p.unit()).name(p.unit().name() + " mới").build());
          break;
        default:
          List<Target> fewer = new ArrayList<>(p.targets());
          if (fewer.isEmpty()) {
            b.addTargets(Target.builder().indicator(CoreGenerators.WORK_RECORDS).level(AdministrativeLevel.PROVINCE)
                .horizon(Horizon.Y2025).bound(Bound.atLeast(90)).source(Source.of(CoreGenerators.KH_698, "90%")).build());
          } else {
            fewer.remove(fewer.size() - 1);
            b.targets(fewer);
          }
          break;
      }
      assertDifferentValues(p, b.build());
    });
  }

  @Test
  void aPlanIsRefusedExactlyWhenTwoTargetsShareAKeyAndTheMessageListsEveryPair() {
    qt().withExamples(Examples.upTo(500)).forAll(lists().of(FEW_KEYS).ofSizeBetween(0, 6)).checkAssert(targets -> {
      Map<Target.Key, Integer> first = new HashMap<>();
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        Integer j = first.putIfAbsent(targets.get(i).key(), i);
        if (j != null) {
          pairs.add("targets[" + j + "] and targets[" + i + "] both " + targets.get(i).key());
        }
      }
      if (pairs.isEmpty()) {
        Plan p = plan().targets(targets).build();
        assertThat(p.targets()).containsExactlyElementsOf(targets);
        targets.forEach(t -> assertThat(p.target(t.key())).contains(t));
      } else {
        assertThat(assertRefused(() -> plan().targets(targets).build(), "Plan.targets", String.join("; ", pairs)))
            .hasMessageContaining("two targets for the same indicator, level, horizon and population")
            .hasMessageContaining("quang-binh.kh-698-2022");
      }
    });
  }

  @Test
  void aPlanRefusesTargetsAboveItsUnitsLevel() {
    qt().forAll(FEW_KEYS, Generate.enumValues(AdministrativeLevel.class)).checkAssert((t, level) -> {
      Target atLevel = Target.builder().from(t).level(level).build();
      if (level == AdministrativeLevel.NATION) {
        assertRefused(() -> plan().addTargets(atLevel).build(), "Plan.targets[0].level", level);
      } else {
        assertThat(plan().addTargets(atLevel).build().targets()).containsExactly(atLevel);
      }
      assertThat(plan().unit(CoreGenerators.VIET_NAM).addTargets(atLevel).build().targets()).containsExactly(atLevel);
    });
  }
}
