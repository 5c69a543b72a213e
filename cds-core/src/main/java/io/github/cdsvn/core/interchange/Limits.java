package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits every reader of the cds formats enforces, so that hostile input is refused early and
 * in bounded memory. Documented in {@code docs/interchange.md} and in this package's
 * {@code package-info.java}; keep the three in step.
 */
final class Limits {
  /** Deepest nesting of JSON objects and arrays; the formats themselves need 6. */
  static final int MAX_NESTING_DEPTH = 32;
  /** Longest number, in characters, in JSON. */
  static final int MAX_NUMBER_LENGTH = 100;
  /** Longest number, in characters, in a CSV cell. */
  static final int MAX_CSV_NUMBER_LENGTH = 400;
  /** Longest text value (JSON string, CSV cell), in characters. */
  static final int MAX_STRING_LENGTH = 100_000;
  /** Longest JSON field name, in characters. */
  static final int MAX_NAME_LENGTH = 200;
  /** Longest JSON document, in characters (256 Mi). */
  static final long MAX_JSON_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** Longest line of a CSV file, in characters (1 Mi). */
  static final int MAX_CSV_LINE_LENGTH = 1024 * 1024;
  /** Longest first line (the format directive) of a CSV file, in characters. */
  static final int MAX_DIRECTIVE_LENGTH = 1000;
  /** Problems collected before a reader stops. */
  static final int MAX_PROBLEMS = 1000;

  private Limits() {}

  static StreamReadConstraints json() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_JSON_DOCUMENT_LENGTH)
        .build();
  }

  static StreamReadConstraints csv() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_CSV_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .build();
  }

  /** Says in plain words which limit an input broke. */
  static String describe(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("String value length") || m.startsWith("Name length")) {
      return m.startsWith("Name") ? "a field name is longer than " + MAX_NAME_LENGTH
          + " characters, the limit of cds files; reading stopped"
          : "a value is longer than " + MAX_STRING_LENGTH
              + " characters, the limit of cds files; reading stopped";
    }
    if (m.startsWith("Number value length")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH
          + " characters, the limit of cds files; reading stopped";
    }
    if (m.contains("nesting depth")) {
      return "objects and arrays are nested deeper than " + MAX_NESTING_DEPTH
          + " levels, the limit of cds files; reading stopped";
    }
    if (m.startsWith("Document length")) {
      return "the file is longer than " + MAX_JSON_DOCUMENT_LENGTH
          + " characters, the limit of cds JSON files (use CSV for large observation sets); reading stopped";
    }
    int from = m.indexOf(" (from `");
    return "input exceeds a limit of cds files: " + (from > 0 ? m.substring(0, from) : m)
        + "; reading stopped";
  }
}
