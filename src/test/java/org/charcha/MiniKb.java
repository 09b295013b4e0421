package org.charcha;

import java.nio.file.Path;
import java.util.List;
import org.charcha.job.PipelineOptions;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;

/** The small hand-written knowledge base under src/test/resources/kb-mini that unit tests count against. */
public final class MiniKb {
  private static KnowledgeBase kb;

  private MiniKb() {}

  public static Path dir() {
    return Path.of(System.getProperty("charcha.home", ".")).resolve("src/test/resources/kb-mini");
  }

  /** A run's options reading {@code input} into {@code output} with this knowledge base, all else default. */
  public static PipelineOptions options(String input, String output) {
    return PipelineOptions.builder().inputs(List.of(input)).output(output).kbDir(dir().toString()).build();
  }

  /** A writable copy of the mini knowledge base under {@code root}, for tests that break a file. */
  public static Path copyTo(Path root) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir())) {
      for (Path source : files.toList()) {
        Path target = root.resolve(dir().relativize(source).toString());
        if (java.nio.file.Files.isDirectory(source)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(source, target);
        }
      }
    }
    return root;
  }

  public static synchronized KnowledgeBase get() {
    if (kb == null) {
      kb = KnowledgeBaseLoader.load(dir());
    }
    return kb;
  }
}
