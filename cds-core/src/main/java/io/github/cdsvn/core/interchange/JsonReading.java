package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;

/**
 * One reading of a JSON document: the name its problems are located by, and the problems found
 * so far. Shared by the value reader, the object readers and the decoders of one reading.
 *
 * @param source the name problems are located by, such as {@code plans/quang-binh.json}
 * @param problems the problems of this reading
 */
record JsonReading(String source, Problems problems) {
  /** Where a value starts, as {@code source:line:column}. */
  String at(JsonValue v) {
    return v.at(source);
  }

  /** Reports a problem at a value. */
  void add(JsonValue v, String message) {
    problems.add(at(v), message);
  }

  /** Reports a refused value at a value of the file, with the refusal's own words. */
  void refused(JsonValue v, InvalidValueException e) {
    problems.add(at(v), e.getMessage());
  }
}
