package io.github.cdsvn.core.interchange;

import java.io.IOException;
import java.io.Reader;

/** Thrown by {@link LineLimitingReader} when a line is longer than the limit. */
final class LineTooLongException extends IOException {
  private static final long serialVersionUID = 1L;
  private final long line;

  LineTooLongException(long line, int limit) {
    super("line " + line + " is longer than " + limit + " characters, the limit of cds CSV files; reading stopped");
    this.line = line;
  }

  /** The line, counted from 1. */
  long line() {
    return line;
  }

  /** A reader that refuses lines longer than a limit, counting lines from a first line number. */
  static final class LineLimitingReader extends Reader {
    private final Reader in;
    private final int limit;
    private long line;
    private int length;

    LineLimitingReader(Reader in, int limit, long firstLine) {
      this.in = in;
      this.limit = limit;
      this.line = firstLine;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      for (int i = off; i < off + n; i++) {
        char c = buf[i];
        if (c == '\n') {
          line++;
          length = 0;
        } else if (++length > limit) {
          throw new LineTooLongException(line, limit);
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
