package io.github.cdsvn.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The example articles in {@code shared/seeds/} beside the project, where they are present (they
 * are not part of the project; tests that need them skip themselves where they are absent).
 */
final class Articles {
  private static final Map<String, String> FILES = Map.of(
      "quang-binh.kh-698-2022", "000_14bb54a316deb404.txt",
      "bac-giang.nq-111-2021", "001_4fe07ae09aa3fdd4.txt",
      "ba-tri.kh-cds-2020", "002_1f3c6410b5789e68.txt",
      "binh-thuan.nq-cds-2030", "003_038b55ac43619602.txt",
      "nghe-an.kh-833-2024", "004_464a472493480881.txt");

  private Articles() {}

  /** Finds {@code shared/seeds} by walking up from the working directory. */
  static Optional<Path> folder() {
    String override = System.getProperty("cds.shared.dir");
    if (override != null) {
      Path p = Path.of(override, "seeds");
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Returns the text of the article a plan comes from, where the folder is present. */
  static Optional<String> text(String planId) {
    return folder().map(f -> f.resolve(FILES.get(planId))).filter(Files::isRegularFile).map(p -> {
      try {
        return Files.readString(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
