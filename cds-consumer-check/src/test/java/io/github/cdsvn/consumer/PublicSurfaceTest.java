package io.github.cdsvn.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public surface of the published jars, counted from the packaged classes and their module
 * descriptors: at most 60 public top-level types in the packages cds-core and cds-scoring export;
 * no public type in a package they do not export; and in the one package a module exports to
 * another module only, only the types the engine needs from the model. The counts are printed.
 */
class PublicSurfaceTest {
  /** The most public top-level types cds-core and cds-scoring may export together. */
  private static final int MOST_TOP_LEVEL = 60;

  /** A module's public types, by package, as its jar holds them. */
  private record Surface(ModuleDescriptor descriptor, Map<String, List<Class<?>>> publicTypes) {

    Set<String> exported() {
      return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> exportedToModulesOnly() {
      return descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    }

    List<Class<?>> topLevelIn(Set<String> packages) {
      return publicTypes.entrySet().stream().filter(e -> packages.contains(e.getKey()))
          .flatMap(e -> e.getValue().stream()).filter(c -> c.getEnclosingClass() == null).toList();
    }

    List<Class<?>> nestedIn(Set<String> packages) {
      return publicTypes.entrySet().stream().filter(e -> packages.contains(e.getKey()))
          .flatMap(e -> e.getValue().stream()).filter(c -> c.getEnclosingClass() != null).toList();
    }
  }

  private static Surface surface(Class<?> member) throws IOException, URISyntaxException {
    Path jar = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      ModuleDescriptor descriptor;
      try (InputStream in = file.getInputStream(file.getEntry("module-info.class"))) {
        descriptor = ModuleDescriptor.read(in);
      }
      Map<String, List<Class<?>>> types = new TreeMap<>();
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
          continue;
        }
        String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> c;
        try {
          c = Class.forName(binary, false, member.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + binary + " from " + jar, e);
        }
        if (isPublic(c)) {
          types.computeIfAbsent(c.getPackageName(), p -> new ArrayList<>()).add(c);
        }
      }
      return new Surface(descriptor, types);
    }
  }

  /** Public, and reachable by name: every enclosing type public too, not anonymous or local. */
  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void thePublishedModulesExportFewTypesAndHideTheRest() throws Exception {
    Surface core = surface(Plan.class);
    Surface scoring = surface(Scorer.class);
    int total = 0;
    for (Surface s : List.of(core, scoring)) {
      Set<String> exported = s.exported();
      List<Class<?>> top = s.topLevelIn(exported);
      total += top.size();
      System.out.printf("%s: %d public top-level types and %d public nested types in %d exported packages%n",
          s.descriptor().name(), top.size(), s.nestedIn(exported).size(), exported.size());
      Set<String> hidden = new TreeSet<>(s.publicTypes().keySet());
      hidden.removeAll(exported);
      hidden.removeAll(s.exportedToModulesOnly());
      assertThat(hidden).as("packages of %s with public types that it does not export", s.descriptor().name())
          .isEmpty();
    }
    System.out.printf("cds-core and cds-scoring together: %d public top-level types (at most %d)%n", total,
        MOST_TOP_LEVEL);
    assertThat(total).isLessThanOrEqualTo(MOST_TOP_LEVEL);

    // the model's columns and its Immutables style, shared with the engine and nobody else
    assertThat(scoring.exportedToModulesOnly()).isEmpty();
    assertThat(core.exportedToModulesOnly()).containsExactly("io.github.cdsvn.core.internal");
    assertThat(core.descriptor().exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
        .allSatisfy(e -> assertThat(e.targets()).containsExactly("io.github.cdsvn.scoring"));
    assertThat(core.publicTypes().get("io.github.cdsvn.core.internal")).extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder("ObservationColumns", "ValueStyle");
  }
}
