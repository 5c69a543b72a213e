package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitKind;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code cds-unit-list} CSV file into a registry without lineage: each row a unit, then
 * the registry's own checks, their problems located at the rows they name.
 */
final class CsvUnitListReader {
  private static final Pattern UNIT_INDEX = Pattern.compile("^units\\[(\\d+)\\]");

  private CsvUnitListReader() {}

  /** Reads the whole input, or throws the exception listing every problem. */
  static UnitRegistry read(CsvFactory factory, Reader input, String sourceName, NumberConvention numbers,
      char separator) throws IOException {
    Problems problems = new Problems(CsvFormat.UNIT_LIST.format() + " " + sourceName);
    UnitRegistry.Builder builder = UnitRegistry.builder();
    List<Long> lines = new ArrayList<>();
    List<AdministrativeUnit> read = new ArrayList<>();
    RefusedUnits refused = new RefusedUnits();
    try {
      CsvTable.read(factory, input, sourceName, CsvFormat.UNIT_LIST, numbers, separator,
          problems, (line, c) -> {
            AdministrativeUnit u = unit(line, c, sourceName, problems);
            if (u != null) {
              read.add(u);
              lines.add(line);
            } else {
              refused.add(c[0]);
            }
          });
      for (AdministrativeUnit u : read) {
        builder.add(refused.withoutRefusedParent(u));
      }
      // the registry's checks run on the units that could be read: one reading reports all
      UnitRegistry registry;
      try {
        registry = builder.build();
      } catch (InvalidDataException e) {
        for (InvalidDataException.Problem p : e.problems()) {
          Matcher m = UNIT_INDEX.matcher(p.location());
          int i = m.find() ? Integer.parseInt(m.group(1)) : -1;
          String message = Pattern.compile("\\(units\\[(\\d+)\\]\\)").matcher(p.message())
              .replaceAll(r -> {
                int j = Integer.parseInt(r.group(1));
                return j < lines.size() ? "(line " + lines.get(j) + ")" : r.group();
              });
          problems.add(i >= 0 && i < lines.size() ? CsvTable.at(sourceName, lines.get(i)) : sourceName,
              message);
        }
        throw problems.exception();
      }
      problems.throwIfAny();
      return registry;
    } catch (Problems.Stop stop) {
      // the problems say why
    }
    throw problems.exception();
  }

  private static AdministrativeUnit unit(long line, String[] c, String source, Problems problems) {
    int before = problems.size();
    String[] names = {"code", "name", "kind", "level"};
    for (int i = 0; i < names.length; i++) {
      if (c[i] == null) {
        problems.add(CsvTable.at(source, line, names[i]), "missing " + names[i]);
      }
    }
    AdministrativeLevel level = null;
    if (c[3] != null) {
      try {
        level = AdministrativeLevel.parse(c[3]);
      } catch (InvalidValueException e) {
        problems.add(CsvTable.at(source, line, "level"), e.getMessage());
      }
    }
    UnitKind kind = null;
    if (c[2] != null && level != null) {
      try {
        kind = UnitKind.parse(c[2], level);
      } catch (InvalidValueException e) {
        problems.add(CsvTable.at(source, line, "kind"), e.getMessage());
      }
    }
    LocalDate from = date(c[5], "valid_from", line, source, problems);
    LocalDate until = date(c[6], "valid_until", line, source, problems);
    if (problems.size() > before) {
      return null;
    }
    try {
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().code(c[0]).name(c[1]).kind(kind)
          .validity(UnitValidity.of(from, until));
      if (c[4] != null) {
        b.parentCode(c[4]);
      }
      return b.build();
    } catch (InvalidValueException e) {
      String f = e.field();
      String column = f.endsWith("parentCode") ? "parent" : f.endsWith(".name") ? "name"
          : f.startsWith("Validity") ? "valid_until" : "code";
      problems.add(CsvTable.at(source, line, column), e.getMessage());
      return null;
    }
  }

  private static LocalDate date(String text, String column, long line, String source,
      Problems problems) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(CsvTable.at(source, line, column), "'" + text + "' is not a date written yyyy-mm-dd");
      return null;
    }
  }
}
