package io.github.cdsvn.core;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cdsvn.core.testing.CoreGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LabelTest {
  /** Empty and whitespace-only texts, including non-ASCII whitespace that String.isBlank knows. */
  private static final Gen<String> BLANKS = lists().of(Generate.pick(List.of(" ", "\t", "\n", "\u2003", "\u3000")))
      .ofSizeBetween(0, 4).map(l -> String.join("", l));

  @Test
  void labelsBuiltFromEqualTextsAreEqual() {
    qt().forAll(CoreGenerators.texts(), CoreGenerators.texts()).checkAssert((vi, en) -> {
      Label label = Label.of(vi, en);
      assertEqualValues(label, Label.of(new String(vi), new String(en)));
      assertThat(label.in("vi")).isEqualTo(vi);
      assertThat(label.in("en")).isEqualTo(en);
    });
  }

  @Test
  void labelsDifferingInOneTextAreNotEqual() {
    qt().forAll(CoreGenerators.texts(), CoreGenerators.texts()).checkAssert((vi, en) -> {
      Label label = Label.of(vi, en);
      assertDifferentValues(label, Label.of(vi + "!", en));
      assertDifferentValues(label, Label.of(vi, en + "!"));
    });
  }

  @Test
  void blankTextsAreRefusedNamingTheField() {
    qt().forAll(BLANKS, CoreGenerators.texts()).checkAssert((blank, text) -> {
      assertRefused(() -> Label.of(blank, text), "Label.vi", blank);
      assertRefused(() -> Label.of(text, blank), "Label.en", blank);
    });
  }

  @Test
  void anUnknownLanguageIsRefused() {
    assertRefused(() -> Label.of("khá", "good").in("fr"), "Label.language", "fr");
  }
}
