package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Locale;
import java.util.Objects;

/** The kinds of official document that adopt or carry out targets. */
public enum DocumentKind {
  /** Nghị quyết (NQ), such as a Party Committee's resolution {@code 07-NQ/TU}. */
  RESOLUTION(Label.of("Nghị quyết", "resolution")),
  /** Kế hoạch (KH), such as a People's Committee's plan {@code 698/KH-UBND}. */
  PLAN(Label.of("Kế hoạch", "plan")),
  /** Quyết định (QĐ), such as the Prime Minister's decision {@code 749/QĐ-TTg}. */
  DECISION(Label.of("Quyết định", "decision")),
  /** Chương trình: a programme. */
  PROGRAMME(Label.of("Chương trình", "programme")),
  /** Đề án: a scheme or project. */
  SCHEME(Label.of("Đề án", "scheme")),
  /** Chỉ thị: a directive. */
  DIRECTIVE(Label.of("Chỉ thị", "directive")),
  /** Công văn: an official letter. */
  OFFICIAL_LETTER(Label.of("Công văn", "official letter")),
  /** Any other kind of document. */
  OTHER(Label.of("Văn bản", "document"));

  private final Label label;

  DocumentKind(Label label) {
    this.label = label;
  }

  /**
   * Returns the name of this kind.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }

  /**
   * Reads a kind from its constant name ({@code "resolution"}) or Vietnamese name
   * ({@code "Nghị quyết"}), ignoring case.
   *
   * @param text the name
   * @return the kind
   * @throws InvalidValueException if no kind has that name
   */
  public static DocumentKind parse(String text) {
    Objects.requireNonNull(text, "DocumentKind");
    String t = text.strip();
    for (DocumentKind k : values()) {
      if (k.name().equalsIgnoreCase(t.replace('-', '_')) || k.label.vi().equalsIgnoreCase(t)) {
        return k;
      }
    }
    throw new InvalidValueException("DocumentKind", text, "valid values "
        + java.util.Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
  }
}
