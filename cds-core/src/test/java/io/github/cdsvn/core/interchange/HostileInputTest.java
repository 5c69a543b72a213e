package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidDataException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile input is refused early, in bounded memory, with one clear problem. The endless inputs
 * are generated lazily, so the tests stay small in memory; each asserts how little was read.
 */
class HostileInputTest {
  private static final long GIGABYTES = 4L << 30;
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final CsvFormat CSV = CsvFormat.standard();

  /** A head, then one text repeated up to a length, made as it is read. */
  static final class Endless extends Reader {
    private final String head;
    private final String repeat;
    private final long length;
    long served;

    Endless(String head, String repeat, long length) {
      this.head = head;
      this.repeat = repeat;
      this.length = length;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (served >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - served);
      for (int i = 0; i < n; i++, served++) {
        buf[off + i] = served < head.length() ? head.charAt((int) served)
            : repeat.charAt((int) ((served - head.length()) % repeat.length()));
      }
      return n;
    }

    @Override
    public void close() {}
  }

  private static InvalidDataException.Problem refusal(ThrowingRead read) {
    InvalidDataException.Problem[] p = new InvalidDataException.Problem[1];
    assertThatThrownBy(read::read).isInstanceOfSatisfying(InvalidDataException.class, e -> {
      assertThat(e.problems()).hasSize(1);
      p[0] = e.problems().get(0);
    });
    return p[0];
  }

  private interface ThrowingRead {
    void read() throws Exception;
  }

  @Test
  void deepNestingIsRefusedAtTheLimit() {
    Endless in = new Endless("{\"format\": ", "[", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> JSON.readPlan(in, "deep.json"));
    assertThat(p.toString()).isEqualTo("deep.json:1:44: objects and arrays are nested deeper than 32 levels,"
        + " the limit of cds files; reading stopped");
    assertThat(in.served).isLessThan(1 << 20);
  }

  @Test
  void aLongNumberIsRefused() {
    String json = "{\"format\": \"cds-plan\", \"version\": " + "9".repeat(5000) + "}";
    InvalidDataException.Problem p = refusal(() -> JSON.readPlan(new StringReader(json), "number.json"));
    assertThat(p.message()).isEqualTo("a number is longer than 100 characters, the limit of cds files; reading stopped");
    assertThat(p.location()).startsWith("number.json:1:");
  }

  @Test
  void anEndlessNumberIsRefusedEarly() {
    Endless in = new Endless("{\"format\": ", "9", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> JSON.readPlan(in, "number.json"));
    assertThat(p.message()).endsWith("the limit of cds files; reading stopped");
    assertThat(in.served).isLessThan(1 << 20);
  }

  @Test
  void anEndlessStringIsRefusedEarly() {
    Endless in = new Endless("{\"format\": \"", "x", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> JSON.readPlan(in, "string.json"));
    assertThat(p.message()).isEqualTo("a value is longer than 100000 characters, the limit of cds files; reading stopped");
    assertThat(in.served).isLessThan(1 << 20);
  }

  @Test
  void anEndlessFieldNameIsRefusedEarly() {
    Endless in = new Endless("{\"", "k", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> JSON.readPlan(in, "name.json"));
    assertThat(p.message()).endsWith("the limit of cds files; reading stopped");
    assertThat(in.served).isLessThan(1 << 20);
  }

  @Test
  @Tag("slow") // reads 256 Mi characters: left out of mutation testing
  void aDocumentLongerThanTheLimitIsRefusedAtTheLimit() {
    Endless in = new Endless("{\"format\": \"cds-plan\",", "    ", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> JSON.readPlan(in, "long.json"));
    assertThat(p.message()).isEqualTo("the file is longer than 268435456 characters, the limit of cds JSON files"
        + " (use CSV for large observation sets); reading stopped");
    assertThat(in.served).isLessThan(Limits.MAX_JSON_DOCUMENT_LENGTH + (1 << 20));
  }

  @Test
  void aGigabyteCsvLineOfOneCellIsRefusedAtTheValueLimit() {
    Endless in = new Endless("#format=cds-observations;version=1\nunit,indicator,period,value\n", "x", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> CSV.validateObservations(in, "line.csv"));
    assertThat(p.toString()).isEqualTo("line.csv:line 3: a value is longer than 100000 characters,"
        + " the limit of cds files; reading stopped");
    assertThat(in.served).isLessThan(2 << 20);
  }

  @Test
  void aGigabyteLineOfCellsIsRefusedAtTheLineLimit() {
    Endless in = new Endless("#format=cds-observations;version=1\nunit,indicator,period,value\n44,", "1,", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> CSV.readObservations(in, "cells.csv"));
    assertThat(p.toString()).isEqualTo("cells.csv:line 3: line 3 is longer than 1048576 characters,"
        + " the limit of cds CSV files; reading stopped");
    assertThat(in.served).isLessThan(2 << 20);
  }

  @Test
  void aGigabyteQuotedCellOfShortLinesIsRefusedAtTheStringLimit() {
    Endless in = new Endless("#format=cds-observations;version=1\nunit,indicator,period,value\n\"", "x\n", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> CSV.readObservations(in, "cell.csv"));
    assertThat(p.message()).isEqualTo("a value is longer than 100000 characters, the limit of cds files; reading stopped");
    assertThat(in.served).isLessThan(2 << 20);
  }

  @Test
  void aGigabyteFirstLineIsRefusedAtOnce() {
    Endless in = new Endless("#format=", "x", GIGABYTES);
    InvalidDataException.Problem p = refusal(() -> CSV.readObservations(in, "first.csv"));
    assertThat(p.toString()).isEqualTo("first.csv:line 1: the first line is longer than 1000 characters;"
        + " expected #format=cds-observations;version=1");
    assertThat(in.served).isLessThan(1 << 20);
  }

  @Test
  void tooManyProblemsStopTheReading() {
    Endless in = new Endless("#format=cds-observations;version=1\nunit,indicator,period,value\n",
        "44,gov.work-records.online,2024,120\n", GIGABYTES);
    assertThatThrownBy(() -> CSV.validateObservations(in, "many.csv"))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> {
          assertThat(e.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
          assertThat(e.problems().get(Limits.MAX_PROBLEMS).toString())
              .isEqualTo("many.csv:line 1003, column value: more than 1000 problems; reading stopped here");
        });
    assertThat(in.served).isLessThan(1 << 20);
  }
}
