package io.github.cdsvn.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the jars that every published module of the build wrote, as Maven Central will get them:
 * each has the project's licence, the main jars' manifests name the module and its version, and
 * the links of every javadoc jar lead somewhere: a relative link to a file (and anchor) of the
 * same jar, a link to another module's javadoc to a page (and anchor) of that module's javadoc
 * jar.
 *
 * <p>A module is published unless its pom sets {@code cds.publish.skip} to {@code true}; this
 * module is built after all of them. The build gives the root of the tree ({@code cds.root}), the
 * version ({@code cds.version}), the project's address ({@code cds.url}) and where the published
 * javadoc of a module is ({@code cds.javadoc.site}, followed by the artifactId and version).
 */
class PublishedArtifactsTest {
  private static Path root;
  private static String version;
  private static List<PublishedModule> published;
  private static final Map<String, JavadocJar> JAVADOC = new HashMap<>();

  @BeforeAll
  static void readTheBuild() {
    root = Path.of(property("cds.root")).toAbsolutePath().normalize();
    version = property("cds.version");
    published = PublishedModule.publishedJars(root);
  }

  @Test
  void everyPublishedModuleBuiltItsJarSourcesAndJavadoc() {
    // the modules this check's own code uses are among those found
    assertThat(published).extracting(PublishedModule::artifactId).contains("cds-core", "cds-scoring");
    for (PublishedModule module : published) {
      for (String classifier : List.of("", "sources", "javadoc")) {
        assertThat(module.jar(version, classifier))
            .as("%s is published: its %s jar (cds-consumer-check must be built after it)", module.artifactId(),
                classifier.isEmpty() ? "main" : classifier)
            .isRegularFile();
      }
    }
  }

  @Test
  void everyPublishedJarHasTheProjectsLicenceAndNoticeIfAny() throws IOException {
    byte[] licence = Files.readAllBytes(root.resolve("LICENSE"));
    Optional<byte[]> notice = Files.exists(root.resolve("NOTICE"))
        ? Optional.of(Files.readAllBytes(root.resolve("NOTICE"))) : Optional.empty();
    List<Path> jars = new ArrayList<>();
    published.forEach(m -> jars.addAll(m.jars(version)));
    assertThat(jars).hasSizeGreaterThanOrEqualTo(3 * published.size());
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(bytes(file, "META-INF/LICENSE")).as("META-INF/LICENSE of %s", jar.getFileName())
            .hasValueSatisfying(b -> assertThat(b).isEqualTo(licence));
        // no NOTICE is due while the tree has none: the jars hold only the project's own work
        // (next test) and the javadoc tool's files, whose notices the javadoc jar carries in legal/
        Optional<byte[]> found = bytes(file, "META-INF/NOTICE");
        assertThat(found.isPresent()).as("META-INF/NOTICE in %s", jar.getFileName()).isEqualTo(notice.isPresent());
        found.ifPresent(b -> assertThat(b).as("META-INF/NOTICE of %s", jar.getFileName()).isEqualTo(notice.get()));
      }
    }
  }

  @Test
  void theMainJarsNameTheirModuleAndVersionAndHoldOnlyTheProjectsClasses() throws IOException {
    for (PublishedModule module : published) {
      try (JarFile jar = new JarFile(module.jar(version, "").toFile())) {
        Attributes manifest = jar.getManifest().getMainAttributes();
        assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).as("Implementation-Title of %s",
            module.artifactId()).isEqualTo(module.name());
        assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).as("Implementation-Version of %s",
            module.artifactId()).isEqualTo(version);
        // a named module: its descriptor names it, no Automatic-Module-Name is needed
        assertThat(jar.getEntry("module-info.class")).as("module-info.class of %s", module.artifactId()).isNotNull();
        assertThat(manifest.getValue("Automatic-Module-Name")).isNull();
        List<String> classes = jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
        assertThat(classes).isNotEmpty().allSatisfy(c -> assertThat(c).as("a class of %s", module.artifactId())
            .matches("module-info\\.class|io/github/cdsvn/.*"));
      }
    }
  }

  @Test
  void everyRelativeLinkOfAJavadocJarNamesAFileAndAnchorOfThatJar() {
    for (PublishedModule module : published) {
      JavadocJar jar = javadoc(module);
      assertThat(jar.contains("index.html")).as("index.html of %s", jar.file().getFileName()).isTrue();
      assertThat(jar.brokenRelativeLinks()).as("relative links of %s that name nothing of the jar",
          jar.file().getFileName()).isEmpty();
    }
  }

  @Test
  void everyLinkToAnotherModulesJavadocNamesAPageAndAnchorOfItsJavadocJar() {
    String site = property("cds.javadoc.site") + "/";
    // the javadoc plugin's own links between modules, which lead nowhere
    String unpublished = property("cds.url").replaceAll("/+$", "") + "/apidocs";
    Map<String, PublishedModule> byArtifact = new HashMap<>();
    published.forEach(m -> byArtifact.put(m.artifactId(), m));
    int checked = 0;
    for (PublishedModule module : published) {
      JavadocJar jar = javadoc(module);
      assertThat(jar.linksStartingWith(unpublished)).as("links of %s to %s", jar.file().getFileName(), unpublished)
          .isEmpty();
      List<Map.Entry<String, String>> links = jar.linksStartingWith(site);
      List<String> broken = new ArrayList<>();
      for (Map.Entry<String, String> link : links) {
        String[] parts = link.getValue().split("/", 3);
        PublishedModule target = byArtifact.get(parts[0]);
        JavadocJar.Link rest = JavadocJar.Link.parse(parts.length > 2 ? parts[2] : "");
        if (target == null || target.equals(module) || parts.length < 2 || !parts[1].equals(version)
            || !javadoc(target).resolves(rest.path(), rest.anchor())) {
          broken.add(link.getKey() + ": " + site + link.getValue());
        }
      }
      assertThat(broken).as("links of %s to other modules' javadoc that name nothing there",
          jar.file().getFileName()).isEmpty();
      if (module.siblings().stream().anyMatch(byArtifact::containsKey)) {
        // a module built on another documents types of that module: they are linked
        assertThat(links).as("links of %s to the javadoc of %s", jar.file().getFileName(), module.siblings())
            .isNotEmpty();
      }
      checked += links.size();
    }
    assertThat(checked).isPositive();
  }

  private static JavadocJar javadoc(PublishedModule module) {
    return JAVADOC.computeIfAbsent(module.artifactId(), a -> JavadocJar.read(module.jar(version, "javadoc")));
  }

  private static Optional<byte[]> bytes(JarFile jar, String entry) {
    ZipEntry found = jar.getEntry(entry);
    if (found == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(jar.getInputStream(found).readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name, "");
    assertThat(value).as("system property %s, set by the build", name).isNotBlank();
    return value;
  }
}
