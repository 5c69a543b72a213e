package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read with the line and column of its first character, so that every problem
 * found later can say where it is. Read by {@link #parse}, which goes through Jackson's streaming
 * parser under the limits of {@link Limits}.
 */
final class JsonValue {
  enum Kind {
    OBJECT("an object"), ARRAY("an array"), STRING("a text"), NUMBER("a number"),
    BOOLEAN("true or false"), NULL("null");

    final String what;

    Kind(String what) {
      this.what = what;
    }
  }

  final Kind kind;
  final int line;
  final int column;
  /** The text of a string, the literal of a number. */
  final String text;
  final double number;
  final boolean integral;
  final boolean bool;
  /** Members of an object, in file order. */
  final Map<String, Member> members;
  final List<JsonValue> items;

  /** A member of an object: the name's location and the value. */
  record Member(String name, int line, int column, JsonValue value) {}

  private JsonValue(Kind kind, JsonLocation at, String text, double number, boolean integral,
      boolean bool, Map<String, Member> members, List<JsonValue> items) {
    this.kind = kind;
    this.line = at.getLineNr();
    this.column = at.getColumnNr();
    this.text = text;
    this.number = number;
    this.integral = integral;
    this.bool = bool;
    this.members = members;
    this.items = items;
  }

  /** Where this value starts, as {@code source:line:column}. */
  String at(String source) {
    return source + ":" + line + ":" + column;
  }

  /**
   * Reads one JSON document; a document that is not well-formed JSON, or breaks a limit, is a
   * fatal problem.
   */
  static JsonValue parse(JsonParser p, String source, Problems problems)
      throws IOException {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw problems.fatal(source + ":1:1", "the file is empty; expected a JSON object");
      }
      JsonValue root = read(p, t, source, problems);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw problems.fatal(at(source, p.currentTokenLocation()),
            "more JSON after the end of the document");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw problems.fatal(at(source, p.currentLocation()), Limits.describe(e));
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw problems.fatal(at(source, where), "malformed JSON: " + e.getOriginalMessage());
    } catch (CharConversionException | CharacterCodingException e) {
      throw problems.fatal(at(source, p.currentLocation()), "the file is not valid UTF-8 text");
    }
  }

  static String at(String source, JsonLocation l) {
    return source + ":" + l.getLineNr() + ":" + l.getColumnNr();
  }

  private static JsonValue read(JsonParser p, JsonToken t, String source, Problems problems)
      throws IOException {
    JsonLocation at = p.currentTokenLocation();
    switch (t) {
      case START_OBJECT: {
        Map<String, Member> members = new LinkedHashMap<>();
        JsonToken n;
        while ((n = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation nameAt = p.currentTokenLocation();
          JsonValue value = read(p, p.nextToken(), source, problems);
          Member previous = members.get(name);
          if (previous != null) {
            problems.add(at(source, nameAt), "field '" + name + "' appears twice in this object (first at line "
                + previous.line() + ", column " + previous.column() + ")");
          } else {
            members.put(name, new Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), value));
          }
        }
        return new JsonValue(Kind.OBJECT, at, null, 0, false, false, members, List.of());
      }
      case START_ARRAY: {
        List<JsonValue> items = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(read(p, n, source, problems));
        }
        return new JsonValue(Kind.ARRAY, at, null, 0, false, false, Map.of(), items);
      }
      case VALUE_STRING:
        return new JsonValue(Kind.STRING, at, p.getText(), 0, false, false, Map.of(), List.of());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new JsonValue(Kind.NUMBER, at, p.getText(), p.getDoubleValue(),
            t == JsonToken.VALUE_NUMBER_INT, false, Map.of(), List.of());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new JsonValue(Kind.BOOLEAN, at, null, 0, false, t == JsonToken.VALUE_TRUE, Map.of(), List.of());
      case VALUE_NULL:
        return new JsonValue(Kind.NULL, at, null, 0, false, false, Map.of(), List.of());
      default:
        throw problems.fatal(at(source, at), "malformed JSON: unexpected " + t);
    }
  }
}
