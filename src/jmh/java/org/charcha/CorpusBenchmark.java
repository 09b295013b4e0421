package org.charcha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Charcha's JMH benchmarks share (JMH reads these annotations from the superclass): one
 * operation is a pass over a corpus, timed on average in milliseconds, and the corpus files are
 * every articles.jsonl under charcha.bench.corpus (default ../shared/corpora beside the project),
 * else the bundled sample in data/sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public abstract class CorpusBenchmark {
  protected static List<Path> corpusFiles(Path home) throws IOException {
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
