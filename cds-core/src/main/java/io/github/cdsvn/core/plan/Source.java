package io.github.cdsvn.core.plan;

/**
 * Where a target comes from: the document, and the clause that states it, verbatim in
 * Vietnamese.
 *
 * <p>Two sources are equal when document and clause are. Immutable and thread-safe.
 */
public sealed interface Source permits PlanRecords.Source {

  /**
   * Obtains a source.
   *
   * @param document the document that sets the target
   * @param clause the words of the document (or of the article reporting it) that state the
   *     target, exactly as written; not blank
   * @return the source
   * @throws io.github.cdsvn.core.InvalidValueException if the clause is blank
   */
  static Source of(Document document, String clause) {
    return new PlanRecords.Source(document, clause);
  }

  /**
   * Returns the document that sets the target.
   *
   * @return the document
   */
  Document document();

  /**
   * Returns the words that state the target, exactly as written.
   *
   * @return the clause, not blank
   */
  String clause();
}
