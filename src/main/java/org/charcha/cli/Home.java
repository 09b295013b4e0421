package org.charcha.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the project's bundled files are: the {@code charcha.home} system property set by
 * {@code jobs/charcha}, else the working directory. Defaults such as the sample and the knowledge
 * base are resolved against it so the launcher works from any directory.
 */
final class Home {
  /** Where the application jar (mvn -Pcluster package) carries data/kb. */
  static final String BUNDLED_KB = "charcha-kb";

  private Home() {}

  static Path dir() {
    return Path.of(System.getProperty("charcha.home", "."));
  }

  static String resolve(String relative) {
    return dir().resolve(relative).normalize().toString();
  }

  /**
   * The default knowledge base: data/kb under the home when it is there (the launcher, a checkout),
   * else the copy bundled in the application jar, unpacked to a temporary folder because the loader
   * reads files. A driver started by spark-submit on a cluster node has only the jar.
   */
  static String defaultKb() {
    Path kb = dir().resolve("data/kb");
    if (Files.isDirectory(kb)) {
      return kb.normalize().toString();
    }
    URL bundled = Home.class.getResource("/" + BUNDLED_KB + "/");
    if (bundled == null) {
      throw new IllegalStateException("no knowledge base: " + kb + " does not exist and this build has no bundled "
          + BUNDLED_KB + "/; give --kb DIR");
    }
    try {
      return unpack(bundled.toURI()).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled knowledge base from " + bundled, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource address " + bundled, e);
    }
  }

  private static Path unpack(URI bundled) throws IOException {
    Path target = Files.createTempDirectory("charcha-kb-");
    if ("jar".equals(bundled.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(bundled, Map.of())) {
        copyTree(jar.getPath("/" + BUNDLED_KB), target);
      }
    } else {
      copyTree(Path.of(bundled), target);
    }
    return target;
  }

  /** Copies the tree (the knowledge base has folders, e.g. leaders/); deleted again at exit, contents first. */
  private static void copyTree(Path from, Path to) throws IOException {
    to.toFile().deleteOnExit();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.filter(p -> !p.equals(from)).sorted().toList();
    }
    for (Path path : paths) {
      Path copy = to.resolve(from.relativize(path).toString());
      if (Files.isDirectory(path)) {
        Files.createDirectories(copy);
      } else {
        Files.copy(path, copy);
      }
      copy.toFile().deleteOnExit();
    }
  }
}
