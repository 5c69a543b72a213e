package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidDataException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the hand-made bad files of src/test/resources/interchange/bad. */
final class BadFiles {
  static final Path FOLDER = Path.of("src", "test", "resources", "interchange", "bad");

  interface Read {
    Object read(Reader input, String sourceName) throws IOException;
  }

  private BadFiles() {}

  /** Reads a bad file, named by its file name, and returns the problems as "location: message". */
  static List<String> problems(String name, Read reader) {
    Object[] thrown = new Object[1];
    assertThatThrownBy(() -> {
      try (Reader r = Files.newBufferedReader(FOLDER.resolve(name), StandardCharsets.UTF_8)) {
        reader.read(r, name);
      }
    }).isInstanceOfSatisfying(InvalidDataException.class, e -> thrown[0] = e);
    return ((InvalidDataException) thrown[0]).problems().stream().map(InvalidDataException.Problem::toString).toList();
  }
}
