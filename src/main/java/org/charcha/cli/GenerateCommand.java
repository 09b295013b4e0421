package org.charcha.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.charcha.generate.ByteSize;
import org.charcha.generate.CorpusGenerator;
import org.charcha.generate.GeneratedCorpus;
import org.charcha.generate.GeneratorOptions;
import org.charcha.generate.SentencePool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate",
    header = "Writes a large synthetic corpus from real sentences, for benchmarks.",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a large synthetic corpus for benchmarks: the sentences and titles of real articles",
        "recombined into new articles with new ids, sources and dates spread over several years.",
        "The same --seed and input give the same files.",
        ""},
    footer = {"",
        "Examples:",
        "  jobs/charcha generate --size 2GB --output /data/charcha-2g",
        "  jobs/charcha generate --size 500MB --output corpus --seed 7 --file-size 32MB",
        "  jobs/charcha run --input corpus --output results"})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--size", paramLabel = "SIZE", required = true,
      description = "Uncompressed JSONL to write, e.g. 500MB, 2GB (1KB = 1024 bytes).")
  String size;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder for part-NNNNN.jsonl.gz files.")
  Path output;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--file-size", paramLabel = "SIZE", defaultValue = "64MB",
      description = "Uncompressed bytes per file at most; gzip files are one Spark task each. Default: ${DEFAULT-VALUE}")
  String fileSize;

  @Option(names = "--input", paramLabel = "FILE", arity = "1..*",
      description = "JSONL(.gz) files or folders to take sentences from; several after one --input, or --input "
          + "repeated. Default: "
          + "../shared/corpora/*/articles.jsonl beside the project if present, else data/sample.")
  List<Path> inputs;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", defaultValue = "2016-01-01", description = "Default: ${DEFAULT-VALUE}")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", defaultValue = "2025-12-31", description = "Default: ${DEFAULT-VALUE}")
  LocalDate to;

  @Override
  public Integer call() {
    GeneratorOptions options = new GeneratorOptions(ByteSize.parse(size), output, seed, ByteSize.parse(fileSize), from, to);
    List<Path> files = inputFiles();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Reading sentences from " + files.size() + " file(s)");
    out.flush();
    SentencePool pool = SentencePool.read(files);
    out.printf("Pool: %d titles, %d sentences; writing %s into %s%n", pool.titles().size(), pool.sentences().size(), size, output);
    out.flush();
    long tenth = Math.max(1, options.size() / 10);
    long[] nextReport = {tenth};
    GeneratedCorpus corpus = new CorpusGenerator(pool, options).generate((written, bytes) -> {
      if (bytes >= nextReport[0] && bytes < options.size()) {
        out.printf("  .. %d%% written: %d MB in %d file(s)%n", 100 * bytes / options.size(), bytes >> 20, written);
        out.flush();
        nextReport[0] = (bytes / tenth + 1) * tenth;
      }
    });
    out.printf("Wrote %d articles, %d bytes of JSONL, in %d file(s) under %s%n",
        corpus.articles(), corpus.bytes(), corpus.files().size(), output);
    out.flush();
    return 0;
  }

  private List<Path> inputFiles() {
    if (inputs != null) {
      return inputs.stream().flatMap(GenerateCommand::jsonlFiles).toList();
    }
    Path shared = Home.dir().resolve("../shared/corpora").normalize();
    if (Files.isDirectory(shared)) {
      try (Stream<Path> corpora = Files.list(shared)) {
        List<Path> articles = corpora.map(c -> c.resolve("articles.jsonl")).filter(Files::isRegularFile).sorted().toList();
        if (!articles.isEmpty()) {
          return articles;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + shared, e);
      }
    }
    return jsonlFiles(Home.dir().resolve("data/sample")).toList();
  }

  private static Stream<Path> jsonlFiles(Path path) {
    if (!Files.isDirectory(path)) {
      return Stream.of(path);
    }
    try (Stream<Path> listing = Files.list(path)) {
      return listing.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".jsonl.gz"))
          .sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }
}
