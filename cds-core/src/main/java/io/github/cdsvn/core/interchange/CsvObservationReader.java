package io.github.cdsvn.core.interchange;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads the rows of a {@code cds-observations} CSV file one by one, in memory that does not grow
 * with the file: each row's numbers in the file's convention, each observation built by the
 * {@link ObservationDecoder} the JSON reader shares.
 */
final class CsvObservationReader {
  private final CsvFactory factory;
  private final IndicatorCatalogue catalogue;
  private final UnitRegistry registry;
  private final NumberConvention numbers;
  private final char separator;

  CsvObservationReader(CsvFactory factory, IndicatorCatalogue catalogue, UnitRegistry registry,
      NumberConvention numbers, char separator) {
    this.factory = factory;
    this.catalogue = catalogue;
    this.registry = registry;
    this.numbers = numbers;
    this.separator = separator;
  }

  /** Receives each observation read without a problem, with its line. */
  interface Sink {
    void accept(long line, Observation o, Problems problems);
  }

  /**
   * Reads the whole input, handing each observation read without a problem to the sink.
   *
   * @return the problems found, which the caller throws
   */
  Problems read(Reader input, String sourceName, Sink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sourceName, "sourceName");
    Problems problems = new Problems(CsvFormat.OBSERVATIONS.format() + " " + sourceName);
    ObservationDecoder decoder = new ObservationDecoder(catalogue, registry);
    NumberConvention[] conv = {numbers};
    String[] declared = {""};
    try {
      CsvTable.read(factory, input, sourceName, CsvFormat.OBSERVATIONS, numbers, separator,
          problems, new CsvTable.RowHandler() {
            @Override
            public void directive(CsvTable.Directive d) {
              conv[0] = d.numbers();
              declared[0] = d.numbersFrom();
            }

            @Override
            public void row(long line, String[] c) {
              int before = problems.size();
              ObservationDecoder.Where where = f -> f.isEmpty() ? CsvTable.at(sourceName, line)
                  : CsvTable.at(sourceName, line, f);
              String[] names = {"unit", "indicator", "period", "value"};
              for (String name : names) {
                if (c[CsvFormat.OBSERVATIONS.columns().indexOf(name)] == null) {
                  problems.add(where.at(name), "missing " + name);
                }
              }
              Double value = number(c[4], "value", where, conv[0], declared[0], problems);
              Double numerator = number(c[5], "numerator", where, conv[0], declared[0], problems);
              Double denominator = number(c[6], "denominator", where, conv[0], declared[0], problems);
              Observation o = decoder.decode(problems, where, c[0], c[1], c[2], c[3], value,
                  numerator, denominator, c[7], c[8]);
              if (o != null && problems.size() == before) {
                sink.accept(line, o, problems);
              }
            }
          });
    } catch (Problems.Stop stop) {
      // the problems say why
    }
    return problems;
  }

  private static Double number(String text, String column, ObservationDecoder.Where where,
      NumberConvention conv, String declared, Problems problems) {
    if (text == null) {
      return null;
    }
    try {
      return conv.parse(text);
    } catch (InvalidValueException e) {
      problems.add(where.at(column), "'" + text + "' is not a number written " + conv.describe()
          + " (" + declared + ")");
      return null;
    }
  }
}
