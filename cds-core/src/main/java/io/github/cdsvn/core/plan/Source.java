package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.internal.Checks;
import java.util.Objects;

/**
 * Where a target comes from: the document, and the clause that states it, verbatim in
 * Vietnamese.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document that sets the target
 * @param clause the words of the document (or of the article reporting it) that state the
 *     target, exactly as written
 */
public record Source(Document document, String clause) {

  /**
   * Validates the source.
   *
   * @param document the document
   * @param clause the verbatim clause, not blank
   */
  public Source {
    Objects.requireNonNull(document, "Source.document");
    Checks.nonBlank("Source.clause", clause);
  }

  /**
   * Obtains a source.
   *
   * @param document the document
   * @param clause the verbatim clause
   * @return the source
   */
  public static Source of(Document document, String clause) {
    return new Source(document, clause);
  }
}
