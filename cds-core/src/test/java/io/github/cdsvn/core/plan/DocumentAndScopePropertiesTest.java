package io.github.cdsvn.core.plan;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Equality of documents, sources, populations and target keys. */
class DocumentAndScopePropertiesTest {

  @Test
  void aDocumentCopyFromTheBuilderEqualsTheOriginal() {
    qt().forAll(CoreGenerators.documents()).checkAssert(d -> {
      assertEqualValues(d, Document.builder().from(d).build());
      assertThat(d.citation()).isEqualTo(d.number().orElse(d.title()));
    });
  }

  @Test
  void documentsDifferingInOneFieldAreNotEqual() {
    qt().forAll(CoreGenerators.documents(), integers().between(0, 4)).checkAssert((d, field) -> {
      Document.Builder b = Document.builder().from(d);
      switch (field) {
        case 0:
          b.kind(d.kind() == Document.Kind.PLAN ? Document.Kind.DECISION : Document.Kind.PLAN);
          break;
        case 1:
          b.number(d.number().isPresent() ? Optional.empty() : Optional.of("833/KH-UBND"));
          break;
        case 2:
          b.issuer(d.issuer() + " (sửa)");
          break;
        case 3:
          b.date(d.date().map(day -> day.plusDays(1)).orElse(LocalDate.of(2024, 10, 31)));
          break;
        default:
          b.title(d.title() + " giai đoạn 2021 - 2025");
          break;
      }
      assertDifferentValues(d, b.build());
    });
  }

  @Test
  void sourcesAreEqualExactlyWhenDocumentAndClauseAre() {
    qt().forAll(CoreGenerators.sources(), CoreGenerators.sources()).checkAssert((a, b) -> {
      assertEqualValues(a, Source.of(Document.builder().from(a.document()).build(), new String(a.clause())));
      boolean same = a.document().equals(b.document()) && a.clause().equals(b.clause());
      assertThat(a.equals(b)).isEqualTo(same);
    });
  }

  @Test
  void populationsAreEqualExactlyWhenCodeAndLabelAre() {
    qt().forAll(CoreGenerators.codes(), CoreGenerators.labels()).checkAssert((code, label) -> {
      Population p = Population.of(code, label.vi(), label.en());
      assertEqualValues(p, Population.of(new String(code), label.vi(), label.en()));
      assertDifferentValues(p, Population.of(code + "-2", label.vi(), label.en()));
      assertDifferentValues(p, Population.of(code, label.vi() + " trở lên", label.en()));
      assertThat(p.toString()).isEqualTo(code);
    });
  }

  @Test
  void targetKeysAreEqualExactlyWhenEveryPartIs() {
    qt().forAll(CoreGenerators.codes(), Generate.enumValues(AdministrativeLevel.class), CoreGenerators.planHorizons(),
        CoreGenerators.populations()).checkAssert((code, level, horizon, population) -> {
          Target.Key key = new Target.Key(code, level, horizon, population.code());
          assertEqualValues(key, new Target.Key(new String(code), level, Horizon.of(horizon.year()), population.code()));
          assertDifferentValues(key, new Target.Key(code + ".x", level, horizon, population.code()));
          assertDifferentValues(key, new Target.Key(code, level == AdministrativeLevel.COMMUNE
              ? AdministrativeLevel.PROVINCE : AdministrativeLevel.COMMUNE, horizon, population.code()));
          assertDifferentValues(key, new Target.Key(code, level, Horizon.of(horizon.year() + 1), population.code()));
          assertDifferentValues(key, new Target.Key(code, level, horizon, population.code() + "-x"));
        });
  }
}
