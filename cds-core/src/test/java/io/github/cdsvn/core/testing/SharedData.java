package io.github.cdsvn.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the {@code shared/} folder that sits beside the repository (real unit lists in
 * {@code shared/data}, the seed articles in {@code shared/seeds}). It is not part of the project:
 * tests that need it skip themselves where it is absent.
 *
 * <p>The folder is looked for in the working directory and each of its parents, so it is found
 * whether the tests run from the module ({@code cds-core}) or from the repository root, and
 * wherever the repository is cloned, as long as {@code shared/} is beside it. The system property
 * {@code cds.shared.dir} overrides the search.
 */
public final class SharedData {
  /** The file of every unit before the July 2025 reform. */
  public static final String UNITS_BEFORE = "units-2025-03-01.json";
  /** The file of every unit after the reform, with the old units each was formed from. */
  public static final String UNITS_AFTER = "units-2025-07-01-merges.json";

  private SharedData() {}

  /**
   * Returns the {@code shared} folder.
   *
   * @return the folder, or empty if none is found
   */
  public static Optional<Path> sharedDir() {
    String override = System.getProperty("cds.shared.dir");
    if (override != null && !override.isBlank()) {
      Path p = Paths.get(override);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isDirectory(shared.resolve("data")) || Files.isDirectory(shared.resolve("seeds"))) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns {@code shared/data} if it holds both unit lists.
   *
   * @return the folder, or empty
   */
  public static Optional<Path> dataDir() {
    return sharedDir().map(s -> s.resolve("data"))
        .filter(d -> Files.isRegularFile(d.resolve(UNITS_BEFORE))
            && Files.isRegularFile(d.resolve(UNITS_AFTER)));
  }

  /**
   * Reads a seed article, {@code shared/seeds/<number>_*.txt}.
   *
   * @param number the seed's number, such as {@code "000"}
   * @return the text, or empty if the file is absent
   */
  public static Optional<String> seed(String number) {
    Optional<Path> seeds = sharedDir().map(s -> s.resolve("seeds")).filter(Files::isDirectory);
    if (seeds.isEmpty()) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(seeds.get(), number + "_*.txt")) {
      for (Path f : files) {
        return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }
}
