package org.charcha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus files the JMH benchmarks read: every articles.jsonl under charcha.bench.corpus
 * (default ../shared/corpora beside the project), else the bundled sample in data/sample.
 */
public final class BenchCorpus {
  private BenchCorpus() {}

  public static List<Path> files(Path home) throws IOException {
    Path corpora = Path.of(System.getProperty("charcha.bench.corpus", home.resolve("../shared/corpora").normalize().toString()));
    if (Files.isDirectory(corpora)) {
      try (Stream<Path> dirs = Files.list(corpora)) {
        List<Path> files = dirs.map(d -> d.resolve("articles.jsonl")).filter(Files::isRegularFile).sorted().toList();
        if (!files.isEmpty()) {
          return files;
        }
      }
    }
    try (Stream<Path> sample = Files.list(home.resolve("data/sample"))) {
      return sample.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }
}
