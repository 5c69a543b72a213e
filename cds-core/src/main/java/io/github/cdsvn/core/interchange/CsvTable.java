package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.cdsvn.core.InvalidValueException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file of cds row by row, in constant memory: the directive on the first line, the
 * header on the second, then each row through Jackson's streaming {@link CsvParser}, handed to a
 * callback as cells in the order of the format's columns.
 */
final class CsvTable {
  /** A CSV format: its name and columns, the first {@code required} of which must be present. */
  record Layout(String format, List<String> columns, List<String> required, boolean numbers) {}

  /** What the first line declares, completed by the reader's own settings. */
  record Directive(NumberConvention numbers, char separator, String numbersFrom) {}

  /** Receives each row: its line, and a cell per column of the layout, null where empty. */
  interface RowHandler {
    void row(long line, String[] cells);

    /** Receives what the first line declares, before any row. */
    default void directive(Directive d) {}
  }

  static final Map<String, Character> SEPARATORS = Map.of("comma", ',', "semicolon", ';', "tab", '\t');

  private CsvTable() {}

  static String at(String source, long line) {
    return source + ":line " + line;
  }

  static String at(String source, long line, String column) {
    return source + ":line " + line + ", column " + column;
  }

  /**
   * Reads the whole input, handing each row to the handler; problems of the directive, the
   * header and the CSV syntax are reported here, those of the cells by the handler.
   */
  static void read(CsvFactory factory, Reader input, String source, Layout layout,
      NumberConvention numbers, char separator, Problems problems, RowHandler handler)
      throws IOException {
    Reader in = Inputs.withoutBom(input);
    Directive d = directive(in, source, layout, numbers, separator, problems);
    handler.directive(d);
    LineTooLongException.LineLimitingReader limited =
        new LineTooLongException.LineLimitingReader(in, Limits.MAX_CSV_LINE_LENGTH, 2);
    CsvParser p = factory.createParser(limited);
    try (p) {
      p.setSchema(CsvSchema.emptySchema().withColumnSeparator(d.separator()));
      p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      int[] index = null;
      int width = layout.columns().size();
      List<String> header = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        long line = -1;
        int n = 0;
        if (index == null) {
          while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            if (line < 0) {
              line = p.currentTokenLocation().getLineNr() + 1L;
            }
            header.add(p.getText());
          }
          index = header(header, source, line, layout, problems);
          continue;
        }
        String[] cells = new String[width];
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr() + 1L;
          }
          if (n < index.length && index[n] >= 0) {
            String v = p.getText();
            cells[index[n]] = v.isEmpty() ? null : v;
          }
          n++;
        }
        if (n != index.length) {
          problems.add(at(source, line), "the row has " + n + " cells, the header " + index.length
              + (d.numbers().decimalSeparator() == d.separator()
                  ? "; a number with a decimal comma must be quoted (\"12,5\") when cells are separated by commas"
                  : ""));
          continue;
        }
        handler.row(line, cells);
      }
      if (index == null) {
        throw problems.fatal(at(source, 2), "missing header line: " + String.join(",", layout.columns()));
      }
    } catch (StreamConstraintsException e) {
      throw problems.fatal(at(source, line(p.currentLocation())), Limits.describe(e));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw problems.fatal(at(source, line(l)), "malformed CSV: " + e.getOriginalMessage());
    } catch (LineTooLongException e) {
      throw problems.fatal(at(source, e.line()), e.getMessage());
    } catch (CharConversionException | CharacterCodingException e) {
      throw problems.fatal(at(source, line(p.currentLocation())), "the file is not valid UTF-8 text");
    }
  }

  private static long line(JsonLocation l) {
    return Math.max(1, l.getLineNr()) + 1L;
  }

  private static int[] header(List<String> names, String source, long line, Layout layout,
      Problems problems) {
    int[] index = new int[names.size()];
    Map<String, Integer> seen = new HashMap<>();
    int before = problems.size();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      int column = layout.columns().indexOf(name);
      index[i] = column;
      if (column < 0) {
        problems.add(at(source, line), "unknown column '" + name + "'; the columns of "
            + layout.format() + " are " + String.join(",", layout.columns()));
      } else if (seen.putIfAbsent(name, i) != null) {
        problems.add(at(source, line), "column '" + name + "' appears twice");
      }
    }
    for (String required : layout.required()) {
      if (!seen.containsKey(required)) {
        problems.add(at(source, line), "missing required column '" + required + "'");
      }
    }
    if (problems.size() > before) {
      throw new Problems.Stop();
    }
    return index;
  }

  /** Reads and checks the first line; any problem with it stops the reading. */
  private static Directive directive(Reader in, String source, Layout layout,
      NumberConvention numbers, char separator, Problems problems) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (sb.length() == Limits.MAX_DIRECTIVE_LENGTH) {
        throw problems.fatal(at(source, 1), "the first line is longer than "
            + Limits.MAX_DIRECTIVE_LENGTH + " characters; expected " + example(layout));
      }
      sb.append((char) c);
    }
    String text = sb.toString().strip();
    String where = at(source, 1);
    if (!text.startsWith("#")) {
      throw problems.fatal(where, "the first line must declare the format, such as " + example(layout));
    }
    Map<String, String> keys = new LinkedHashMap<>();
    int before = problems.size();
    for (String part : text.substring(1).split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq < 0) {
        problems.add(where, "'" + p + "' is not key=value in the format declaration");
        continue;
      }
      String key = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = p.substring(eq + 1).strip();
      if (!List.of("format", "version", "separator").contains(key)
          && !(layout.numbers() && List.of("decimal", "grouping").contains(key))) {
        problems.add(where, "unknown key '" + key + "' in the format declaration; known keys: format, version, separator"
            + (layout.numbers() ? ", decimal, grouping" : ""));
      } else if (keys.putIfAbsent(key, value) != null) {
        problems.add(where, "key '" + key + "' is declared twice");
      }
    }
    String format = keys.get("format");
    if (format == null) {
      problems.add(where, "the format declaration has no format; expected " + example(layout));
    } else if (!format.equals(layout.format())) {
      problems.add(where, "format is '" + format + "'; expected '" + layout.format() + "'");
    }
    String version = keys.get("version");
    if (version == null) {
      problems.add(where, "the format declaration has no version; expected " + example(layout));
    } else if (!version.equals(Integer.toString(JsonDecoder.VERSION))) {
      problems.add(where, "version " + version + " of " + layout.format()
          + " is not supported; this reader reads version " + JsonDecoder.VERSION);
    }
    char sep = separator;
    if (keys.containsKey("separator")) {
      Character s = SEPARATORS.get(keys.get("separator"));
      if (s == null) {
        problems.add(where, "separator '" + keys.get("separator") + "' is not one of comma, semicolon, tab");
      } else {
        sep = s;
      }
    }
    NumberConvention conv = numbers;
    String from = "set by the reader";
    if (keys.containsKey("decimal") || keys.containsKey("grouping")) {
      from = "declared on line 1";
      String dec = keys.getOrDefault("decimal", "point");
      String grp = keys.getOrDefault("grouping", "none");
      Character decimal = dec.equals("point") ? Character.valueOf('.') : dec.equals("comma") ? Character.valueOf(',') : null;
      boolean groupingKnown = true;
      Character grouping = null;
      switch (grp) {
        case "none" -> grouping = null;
        case "dot" -> grouping = '.';
        case "comma" -> grouping = ',';
        case "space" -> grouping = ' ';
        default -> groupingKnown = false;
      }
      if (decimal == null) {
        problems.add(where, "decimal '" + dec + "' is not one of point, comma");
      }
      if (!groupingKnown) {
        problems.add(where, "grouping '" + grp + "' is not one of none, dot, comma, space");
      }
      if (decimal != null && groupingKnown) {
        try {
          conv = grouping == null ? NumberConvention.of(decimal) : NumberConvention.of(decimal, grouping);
        } catch (InvalidValueException e) {
          problems.add(where, "decimal " + dec + " and grouping " + grp + " are the same separator");
        }
      }
    }
    if (problems.size() > before) {
      throw new Problems.Stop();
    }
    return new Directive(conv, sep, from);
  }

  private static String example(Layout layout) {
    return "#format=" + layout.format() + ";version=" + JsonDecoder.VERSION;
  }

  /** Writes the first line: format, version, separator and, for numbers, the convention. */
  static String directive(Layout layout, char separator, NumberConvention numbers) {
    String sep = SEPARATORS.entrySet().stream().filter(e -> e.getValue() == separator)
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    return "#format=" + layout.format() + ";version=" + JsonDecoder.VERSION + ";separator=" + sep
        + (layout.numbers() ? ";decimal=" + numbers.decimalKeyword() + ";grouping=" + numbers.groupingKeyword() : "")
        + "\n";
  }
}
