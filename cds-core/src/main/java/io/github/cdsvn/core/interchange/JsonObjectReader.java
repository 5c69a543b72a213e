package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object, reporting every missing field, wrong type and unknown
 * field with its location. Getters return {@code null} where a value is absent or wrong (the
 * problem is already reported); that {@code null} never leaves the package.
 */
final class JsonObjectReader {
  private final JsonReading reading;
  final JsonValue object;
  private final String what;
  private final Set<String> read = new LinkedHashSet<>();
  final boolean ok;

  JsonObjectReader(JsonReading reading, JsonValue object, String what) {
    this.reading = reading;
    this.object = object;
    this.what = what;
    this.ok = object.kind == JsonValue.Kind.OBJECT;
    if (!ok) {
      reading.add(object, "wrong type: " + what + " must be an object, not " + object.kind.what);
    }
  }

  /** The value of a field, or null if absent (reported when required) or null in the file. */
  JsonValue get(String name, boolean required) {
    read.add(name);
    if (!ok) {
      return null;
    }
    JsonValue.Member m = object.members.get(name);
    if (m == null || m.value().kind == JsonValue.Kind.NULL) {
      if (required) {
        reading.add(object, "missing field '" + name + "' in " + what);
      }
      return null;
    }
    return m.value();
  }

  /** Whether a field is given a value other than null: a given field read as null was refused. */
  boolean given(String name) {
    JsonValue.Member m = ok ? object.members.get(name) : null;
    return m != null && m.value().kind != JsonValue.Kind.NULL;
  }

  /** The object of a field for locating a problem: its value, or this object where absent. */
  JsonValue locate(String name) {
    JsonValue.Member m = ok ? object.members.get(name) : null;
    return m == null ? object : m.value();
  }

  private JsonValue typed(String name, boolean required, JsonValue.Kind kind) {
    JsonValue n = get(name, required);
    if (n != null && n.kind != kind) {
      reading.add(n, "wrong type: '" + name + "' must be " + kind.what + ", not " + n.kind.what);
      return null;
    }
    return n;
  }

  String text(String name, boolean required) {
    JsonValue n = typed(name, required, JsonValue.Kind.STRING);
    return n == null ? null : n.text;
  }

  Double number(String name, boolean required) {
    JsonValue n = typed(name, required, JsonValue.Kind.NUMBER);
    if (n == null) {
      return null;
    }
    if (!Double.isFinite(n.number)) {
      reading.add(n, "'" + name + "' is too large a number: " + n.text);
      return null;
    }
    return n.number;
  }

  Integer integer(String name, boolean required) {
    JsonValue n = typed(name, required, JsonValue.Kind.NUMBER);
    return n == null ? null : integer(reading, n, "'" + name + "'");
  }

  static Integer integer(JsonReading reading, JsonValue n, String what) {
    if (n.kind != JsonValue.Kind.NUMBER) {
      reading.add(n, "wrong type: " + what + " must be a whole number, not " + n.kind.what);
      return null;
    }
    if (!n.integral) {
      reading.add(n, "wrong type: " + what + " must be a whole number, not " + n.text);
      return null;
    }
    try {
      return Integer.parseInt(n.text);
    } catch (NumberFormatException e) {
      reading.add(n, what + " is out of range: " + n.text);
      return null;
    }
  }

  Boolean bool(String name, boolean required) {
    JsonValue n = typed(name, required, JsonValue.Kind.BOOLEAN);
    return n == null ? null : n.bool;
  }

  List<JsonValue> array(String name, boolean required) {
    JsonValue n = typed(name, required, JsonValue.Kind.ARRAY);
    return n == null ? null : n.items;
  }

  JsonObjectReader object(String name, boolean required) {
    JsonValue n = get(name, required);
    return n == null ? null : new JsonObjectReader(reading, n, "'" + name + "'");
  }

  LocalDate date(String name, boolean required) {
    String t = text(name, required);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      reading.add(locate(name), "'" + name + "' must be a date written yyyy-mm-dd, not '" + t + "'");
      return null;
    }
  }

  /** A text field read by a parser that refuses bad values with an InvalidValueException. */
  <T> T parsed(String name, boolean required, Function<String, T> parser) {
    String t = text(name, required);
    if (t == null) {
      return null;
    }
    try {
      return parser.apply(t);
    } catch (InvalidValueException e) {
      reading.refused(locate(name), e);
      return null;
    }
  }

  /** Reports every field that was not asked for. */
  void finish() {
    if (!ok) {
      return;
    }
    for (Map.Entry<String, JsonValue.Member> e : object.members.entrySet()) {
      if (!read.contains(e.getKey())) {
        JsonValue.Member m = e.getValue();
        reading.problems().add(reading.source() + ":" + m.line() + ":" + m.column(),
            "unknown field '" + e.getKey() + "' in " + what + "; known fields: "
                + String.join(", ", read));
      }
    }
  }
}
