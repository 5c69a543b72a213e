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
final class Obj {
  private final Ctx ctx;
  final Node node;
  private final String what;
  private final Set<String> read = new LinkedHashSet<>();
  final boolean ok;

  /** The file being read: its name and its problems. */
  record Ctx(String source, Problems problems) {
    String at(Node n) {
      return n.at(source);
    }

    void add(Node n, String message) {
      problems.add(at(n), message);
    }

    /** Reports a refused value at a node, with the refusal's own words. */
    void refused(Node n, InvalidValueException e) {
      problems.add(at(n), e.getMessage());
    }
  }

  Obj(Ctx ctx, Node node, String what) {
    this.ctx = ctx;
    this.node = node;
    this.what = what;
    this.ok = node.kind == Node.Kind.OBJECT;
    if (!ok) {
      ctx.add(node, "wrong type: " + what + " must be an object, not " + node.kind.what);
    }
  }

  /** The value of a field, or null if absent (reported when required) or null in the file. */
  Node get(String name, boolean required) {
    read.add(name);
    if (!ok) {
      return null;
    }
    Node.Member m = node.members.get(name);
    if (m == null || m.value().kind == Node.Kind.NULL) {
      if (required) {
        ctx.add(node, "missing field '" + name + "' in " + what);
      }
      return null;
    }
    return m.value();
  }

  /** Whether a field is given a value other than null: a given field read as null was refused. */
  boolean given(String name) {
    Node.Member m = ok ? node.members.get(name) : null;
    return m != null && m.value().kind != Node.Kind.NULL;
  }

  /** The node of a field for locating a problem: its value, or this object where absent. */
  Node locate(String name) {
    Node.Member m = ok ? node.members.get(name) : null;
    return m == null ? node : m.value();
  }

  private Node typed(String name, boolean required, Node.Kind kind) {
    Node n = get(name, required);
    if (n != null && n.kind != kind) {
      ctx.add(n, "wrong type: '" + name + "' must be " + kind.what + ", not " + n.kind.what);
      return null;
    }
    return n;
  }

  String text(String name, boolean required) {
    Node n = typed(name, required, Node.Kind.STRING);
    return n == null ? null : n.text;
  }

  Double number(String name, boolean required) {
    Node n = typed(name, required, Node.Kind.NUMBER);
    if (n == null) {
      return null;
    }
    if (!Double.isFinite(n.number)) {
      ctx.add(n, "'" + name + "' is too large a number: " + n.text);
      return null;
    }
    return n.number;
  }

  Integer integer(String name, boolean required) {
    Node n = typed(name, required, Node.Kind.NUMBER);
    return n == null ? null : integer(ctx, n, "'" + name + "'");
  }

  static Integer integer(Ctx ctx, Node n, String what) {
    if (n.kind != Node.Kind.NUMBER) {
      ctx.add(n, "wrong type: " + what + " must be a whole number, not " + n.kind.what);
      return null;
    }
    if (!n.integral) {
      ctx.add(n, "wrong type: " + what + " must be a whole number, not " + n.text);
      return null;
    }
    try {
      return Integer.parseInt(n.text);
    } catch (NumberFormatException e) {
      ctx.add(n, what + " is out of range: " + n.text);
      return null;
    }
  }

  Boolean bool(String name, boolean required) {
    Node n = typed(name, required, Node.Kind.BOOLEAN);
    return n == null ? null : n.bool;
  }

  List<Node> array(String name, boolean required) {
    Node n = typed(name, required, Node.Kind.ARRAY);
    return n == null ? null : n.items;
  }

  Obj object(String name, boolean required) {
    Node n = get(name, required);
    return n == null ? null : new Obj(ctx, n, "'" + name + "'");
  }

  LocalDate date(String name, boolean required) {
    String t = text(name, required);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      ctx.add(locate(name), "'" + name + "' must be a date written yyyy-mm-dd, not '" + t + "'");
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
      ctx.refused(locate(name), e);
      return null;
    }
  }

  /** Reports every field that was not asked for. */
  void finish() {
    if (!ok) {
      return;
    }
    for (Map.Entry<String, Node.Member> e : node.members.entrySet()) {
      if (!read.contains(e.getKey())) {
        Node.Member m = e.getValue();
        ctx.problems().add(ctx.source() + ":" + m.line() + ":" + m.column(),
            "unknown field '" + e.getKey() + "' in " + what + "; known fields: "
                + String.join(", ", read));
      }
    }
  }
}
