package org.charcha.cli;

import java.nio.file.Path;

/**
 * Where the project's bundled files are: the {@code charcha.home} system property set by
 * {@code jobs/charcha}, else the working directory. Defaults such as the sample and the knowledge
 * base are resolved against it so the launcher works from any directory.
 */
final class Home {
  private Home() {}

  static Path dir() {
    return Path.of(System.getProperty("charcha.home", "."));
  }

  static String resolve(String relative) {
    return dir().resolve(relative).normalize().toString();
  }
}
