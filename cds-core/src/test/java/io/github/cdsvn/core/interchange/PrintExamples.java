package io.github.cdsvn.core.interchange;

import java.io.StringWriter;

/** Prints the documented examples, as the writers produce them. */
final class PrintExamples {
  private PrintExamples() {}

  public static void main(String[] args) throws Exception {
    JsonFormat json = JsonFormat.standard();
    StringWriter w = new StringWriter();
    json.writePlan(Fixtures.plan(), w);
    w.write("=====\n");
    json.writeCatalogue(Fixtures.catalogue(), w);
    w.write("=====\n");
    json.writeRegistry(Fixtures.registry(), w);
    w.write("=====\n");
    json.writeObservations(Fixtures.observations(), w);
    w.write("=====\n");
    CsvFormat.standard().withNumbers(NumberConvention.vietnamese()).writeObservations(Fixtures.observations(), w);
    w.write("=====\n");
    CsvFormat.standard().writeUnitList(Fixtures.registry(), w);
    System.out.print(w);
  }
}
