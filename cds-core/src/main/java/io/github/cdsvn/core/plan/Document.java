package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.internal.ValueStyle;
import java.time.LocalDate;
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
 *     .kind(DocumentKind.PLAN).number("698/KH-UBND").issuer("UBND tỉnh Quảng Bình")
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
  public abstract DocumentKind kind();

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
}
