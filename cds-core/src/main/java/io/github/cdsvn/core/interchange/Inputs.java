package io.github.cdsvn.core.interchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens inputs: files as strict UTF-8, and any reader without a leading byte-order mark. */
final class Inputs {
  private Inputs() {}

  /** Opens a file as UTF-8 that refuses malformed bytes rather than replacing them. */
  static Reader utf8(Path file) throws IOException {
    return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Skips a leading byte-order mark, which spreadsheet programs write before UTF-8 text. */
  static Reader withoutBom(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int c = r.read();
    if (c != -1 && c != '\uFEFF') {
      r.unread(c);
    }
    return r;
  }
}
