package org.charcha.cli;

import java.nio.file.Path;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;
import picocli.CommandLine.Option;

/** The {@code --kb} option every command that extracts shares, with one default for all. */
final class KnowledgeBaseOption {
  @Option(names = "--kb", paramLabel = "DIR",
      description = "Knowledge-base folder. Default: data/kb, else the copy inside the application jar")
  String kb;

  String dir() {
    return kb == null ? Home.defaultKb() : kb;
  }

  KnowledgeBase load() {
    return KnowledgeBaseLoader.load(Path.of(dir()));
  }
}
