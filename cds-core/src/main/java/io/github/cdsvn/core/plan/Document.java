package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official document: a resolution, plan or decision, with its number, issuer and date.
 *
 * <p>Number and date are optional because articles do not always give them ("Kế hoạch thực
 * hiện CĐS huyện Ba Tri giai đoạn 2020 - 2025" has none). Immutable and thread-safe.
 *
 * <pre>{@code
 * Document kh698 = Document.builder()
 *     .kind(Kind.PLAN).number("698/KH-UBND").issuer("UBND tỉnh Quảng Bình")
 *     .date(LocalDate.of(2022, 4, 29))
 *     .title("Kế hoạch chuyển đổi số giai đoạn đến năm 2025, định hướng đến năm 2030")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Document {

  Document() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of document.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the document's number as written, such as {@code 698/KH-UBND}.
   *
   * @return the number, or empty where the source gives none
   */
  public abstract Optional<String> number();

  /**
   * Returns who issued the document, such as {@code UBND tỉnh Quảng Bình}.
   *
   * @return the issuer
   */
  public abstract String issuer();

  /**
   * Returns the day the document was signed.
   *
   * @return the date, or empty where the source gives none
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the document's title, in Vietnamese.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns how the document is cited: its number where it has one, its title otherwise.
   *
   * @return the citation
   */
  public final String citation() {
    return number().orElse(title());
  }

  @Value.Check
  void check() {
    number().ifPresent(n -> InvalidValueException.requireNonBlank("Document.number", n));
    InvalidValueException.requireNonBlank("Document.issuer", issuer());
    InvalidValueException.requireNonBlank("Document.title", title());
  }

  @Override
  public String toString() {
    return kind().label().vi() + " " + citation() + date().map(d -> " (" + d + ")").orElse("");
  }

  /** Builds a {@link Document}; kind, issuer and title are required. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }

  /** The kinds of official document that adopt or carry out targets. */
  public enum Kind {
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

    Kind(Label label) {
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
    public static Kind parse(String text) {
      Objects.requireNonNull(text, "DocumentKind");
      String t = text.strip();
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(t.replace('-', '_')) || k.label.vi().equalsIgnoreCase(t)) {
          return k;
        }
      }
      throw new InvalidValueException("DocumentKind", text, "valid values "
          + java.util.Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }
  }
}
