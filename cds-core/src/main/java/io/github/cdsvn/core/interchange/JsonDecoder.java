package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * What the decoders of the four JSON formats share: the names and version of the formats, the
 * reading they report their problems to, the check of a document's format and version, and the
 * reading of labels and of objects with a code and a label.
 */
abstract class JsonDecoder {
  static final int VERSION = 1;
  static final String PLAN = "cds-plan";
  static final String CATALOGUE = "cds-indicators";
  static final String REGISTRY = "cds-units";
  static final String OBSERVATIONS = "cds-observations";

  /** A field of a model builder naming an item of a list, such as {@code targets[3]}. */
  static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)\\]");

  final JsonReading reading;

  JsonDecoder(JsonReading reading) {
    this.reading = reading;
  }

  final Problems problems() {
    return reading.problems();
  }

  /** Checks format and version; a document of another format is not read further. */
  final JsonObjectReader header(JsonValue root, String format) {
    if (root.kind != JsonValue.Kind.OBJECT) {
      // one problem, not a wrong type and then a missing object
      throw problems().fatal(reading.at(root), "expected a JSON object with \"format\": \"" + format + "\", not "
          + root.kind.what);
    }
    JsonObjectReader doc = new JsonObjectReader(reading, root, "the document");
    String f = doc.text("format", true);
    Integer v = doc.integer("version", true);
    if (f == null) {
      throw new Problems.Stop();
    }
    if (!f.equals(format)) {
      throw problems().fatal(reading.at(doc.locate("format")), "format is '" + f + "'; expected '" + format + "'");
    }
    if (v != null && v != VERSION) {
      throw problems().fatal(reading.at(doc.locate("version")), "version " + v + " of " + format
          + " is not supported; this reader reads version " + VERSION);
    }
    return doc;
  }

  /** The field of the format named by a refused field of the model, without its type's prefix. */
  static String tail(String field, String prefix) {
    String a = field.startsWith(prefix) ? field.substring(prefix.length()) : field;
    return a.split("[.\\[ (]", 2)[0];
  }

  /** A label: its Vietnamese and English texts. */
  final Label label(JsonObjectReader o) {
    String vi = o.text("vi", true);
    String en = o.text("en", true);
    o.finish();
    if (vi == null || en == null) {
      return null;
    }
    try {
      return Label.of(vi, en);
    } catch (InvalidValueException e) {
      reading.refused(o.locate(e.field().endsWith("vi") ? "vi" : "en"), e);
      return null;
    }
  }

  /** An object with a code and a label, built by a factory that may refuse it. */
  final <T> T coded(JsonObjectReader o, BiFunction<String, Label, T> factory, String prefix) {
    String code = o.text("code", true);
    JsonObjectReader labelObj = o.object("label", true);
    o.finish();
    Label label = labelObj == null ? null : label(labelObj);
    if (code == null || label == null) {
      return null;
    }
    try {
      return factory.apply(code, label);
    } catch (InvalidValueException e) {
      reading.refused(o.locate(tail(e.field(), prefix)), e);
      return null;
    }
  }
}
