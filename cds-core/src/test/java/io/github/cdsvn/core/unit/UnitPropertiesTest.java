package io.github.cdsvn.core.unit;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.core.testing.CoreGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UnitPropertiesTest {
  private static final Gen<LocalDate> DAYS =
      CoreGenerators.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31));
  private static final Gen<Optional<LocalDate>> ENDS = DAYS.toOptionals(25);
  /** Strings over digits, capitals and characters unit codes forbid. */
  private static final Gen<String> CODE_LIKE = lists()
      .of(Generate.pick(List.of("0", "4", "9", "A", "V", "N", "a", " ", "-", ".", "Đ")))
      .ofSizeBetween(0, 12).map(l -> String.join("", l));

  @Test
  void betweenIsAcceptedExactlyWhenUntilIsNotBeforeFrom() {
    qt().forAll(DAYS, DAYS).checkAssert((from, until) -> {
      if (until.isBefore(from)) {
        assertRefused(() -> Validity.between(from, until), "Validity.until", until);
        assertRefused(() -> validity(Optional.of(from), Optional.of(until)), "Validity.until", until);
      } else {
        Validity v = Validity.between(from, until);
        assertThat(v.from()).contains(from);
        assertThat(v.until()).contains(until);
        assertEqualValues(v, validity(Optional.of(from), Optional.of(until)));
      }
    });
  }

  @Test
  void containsMeansBetweenTheEndsInclusive() {
    qt().forAll(ENDS, ENDS, DAYS)
        .assuming((from, until, day) -> from.isEmpty() || until.isEmpty() || !until.get().isBefore(from.get()))
        .checkAssert((from, until, day) -> {
          Validity v = validity(from, until);
          boolean expected = from.map(f -> !day.isBefore(f)).orElse(true)
              && until.map(u -> !day.isAfter(u)).orElse(true);
          assertThat(v.contains(day)).as("%s contains %s", v, day).isEqualTo(expected);
        });
  }

  @Test
  void overlapsIsSymmetricAndMeansSharingADay() {
    qt().forAll(CoreGenerators.validities(), CoreGenerators.validities()).checkAssert((a, b) -> {
      LocalDate latestStart = max(a.from(), b.from());
      LocalDate earliestEnd = min(a.until(), b.until());
      boolean expected = latestStart == null || earliestEnd == null || !earliestEnd.isBefore(latestStart);
      assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(expected);
      assertThat(b.overlaps(a)).isEqualTo(expected);
      if (expected && latestStart != null) {
        assertThat(a.contains(latestStart) && b.contains(latestStart)).isTrue();
      }
    });
  }

  /** The validity with the given ends, through the factory for each combination of open ends. */
  private static Validity validity(Optional<LocalDate> from, Optional<LocalDate> until) {
    if (from.isPresent()) {
      return until.isPresent() ? Validity.between(from.get(), until.get()) : Validity.from(from.get());
    }
    return until.isPresent() ? Validity.until(until.get()) : Validity.always();
  }

  private static LocalDate max(Optional<LocalDate> a, Optional<LocalDate> b) {
    return a.isEmpty() ? b.orElse(null) : b.isEmpty() ? a.get() : a.get().isAfter(b.get()) ? a.get() : b.get();
  }

  private static LocalDate min(Optional<LocalDate> a, Optional<LocalDate> b) {
    return a.isEmpty() ? b.orElse(null) : b.isEmpty() ? a.get() : a.get().isBefore(b.get()) ? a.get() : b.get();
  }

  @Test
  void validitiesFromEqualEndsAreEqualAndOthersAreNot() {
    qt().forAll(CoreGenerators.validities(), CoreGenerators.validities()).checkAssert((a, b) -> {
      Validity copy = validity(a.from(), a.until());
      if (copy == a) {
        assertThat(a).isEqualTo(Validity.always());
      } else {
        assertEqualValues(a, copy);
      }
      boolean same = a.from().equals(b.from()) && a.until().equals(b.until());
      assertThat(a.equals(b)).isEqualTo(same);
    });
  }

  @Test
  void aUnitCopyFromTheBuilderEqualsTheOriginal() {
    qt().forAll(CoreGenerators.units()).checkAssert(u ->
        assertEqualValues(u, AdministrativeUnit.builder().from(u).build()));
  }

  @Test
  void unitsDifferingInOneFieldAreNotEqual() {
    qt().forAll(CoreGenerators.units(), integers().between(0, 4)).checkAssert((u, field) -> {
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().from(u);
      switch (field) {
        case 0:
          b.code(u.code().equals("12345") ? "54321" : "12345");
          break;
        case 1:
          b.name(u.name() + " mới");
          break;
        case 2:
          b.kind(u.kind() == UnitKind.WARD ? UnitKind.COMMUNE : UnitKind.WARD);
          break;
        case 3:
          b.parentCode(u.parentCode().isPresent() ? Optional.empty() : Optional.of("99999"));
          break;
        default:
          b.validity(u.validity().equals(Validity.always())
              ? Validity.from(CoreGenerators.REFORM) : Validity.always());
          break;
      }
      assertDifferentValues(u, b.build());
    });
  }

  @Test
  void aUnitCodeIsAcceptedExactlyWhenItIsOneToTenDigitsOrCapitals() {
    qt().forAll(CODE_LIKE).checkAssert(code -> {
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(code).name("Ba Tri")
          .kind(UnitKind.RURAL_DISTRICT);
      if (code.matches("[0-9A-Z]{1,10}")) {
        assertThat(b.build().code()).isEqualTo(code);
      } else {
        assertRefused(b::build, "AdministrativeUnit.code", code);
      }
    });
  }

  @Test
  void levelAndKindNamesReadBack() {
    qt().forAll(Generate.enumValues(AdministrativeLevel.class)).checkAssert(level -> {
      assertThat(AdministrativeLevel.parse(level.name().toLowerCase(Locale.ROOT))).isEqualTo(level);
      assertThat(AdministrativeLevel.parse(" " + level.label().vi().toUpperCase(Locale.ROOT) + " "))
          .isEqualTo(level);
    });
    qt().forAll(Generate.enumValues(UnitKind.class)).checkAssert(kind -> {
      assertThat(UnitKind.parse(kind.label().vi(), kind.level())).isEqualTo(kind);
      assertThat(UnitKind.parse(kind.name(), kind.level())).isEqualTo(kind);
    });
  }
}
