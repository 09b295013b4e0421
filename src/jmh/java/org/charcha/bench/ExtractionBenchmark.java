package org.charcha.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.ArticleText;
import org.charcha.kb.AliasIndex;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;
import org.charcha.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction alone, one thread, on real corpus text: one operation is a pass over every article.
 * MB/s = corpus MB (printed at setup) / seconds per operation. The reference is a plain Aho-Corasick
 * scan of the same alias spellings over the raw text: no normalisation, no word boundaries, no rules.
 *
 * <p>System properties: charcha.kb (default data/kb), charcha.bench.corpus (a folder of corpora
 * with *&#47;articles.jsonl, default ../shared/corpora, else data/sample).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExtractionBenchmark {
  private List<String> texts;
  private ArticleExtractor extractor;
  private TextNormalizer normalizer;
  private AliasIndex index;
  private Trie plainTrie;

  @Setup
  public void setUp() throws IOException {
    Path home = Path.of(System.getProperty("charcha.home", "."));
    KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of(System.getProperty("charcha.kb", home.resolve("data/kb").toString())));
    texts = CorpusTexts.read(corpusFiles(home));
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    extractor = new ArticleExtractor(kb);
    normalizer = new TextNormalizer();
    index = new AliasIndex(kb, normalizer);
    plainTrie = plainTrie(kb, normalizer);
    System.out.printf("%ncorpus: %d articles, %d bytes (%.2f MB); %d alias spellings%n",
        texts.size(), bytes, bytes / 1048576.0, index.size());
  }

  /** The whole extractor: normalisation, alias matching, mention rules and seat claims. */
  @Benchmark
  public void articleExtractor(Blackhole sink) {
    for (String text : texts) {
      sink.consume(extractor.extractText(text, null, null));
    }
  }

  /** The mention matcher's core: normalisation and the whole-word, longest-match alias index. */
  @Benchmark
  public void normaliseAndMatch(Blackhole sink) {
    for (String text : texts) {
      sink.consume(index.find(normalizer.normalize(text).normalized()));
    }
  }

  /** Reference: the same spellings in a plain org.ahocorasick Trie over the raw text. */
  @Benchmark
  public void plainAhoCorasick(Blackhole sink) {
    for (String text : texts) {
      for (Emit emit : plainTrie.parseText(text)) {
        sink.consume(emit);
      }
    }
  }

  private static Trie plainTrie(KnowledgeBase kb, TextNormalizer normalizer) {
    List<String> spellings = new ArrayList<>();
    kb.leaders().forEach(l -> {
      spellings.addAll(l.names());
      spellings.addAll(l.shortNames());
    });
    kb.parties().forEach(p -> {
      spellings.addAll(p.names());
      spellings.addAll(p.ambiguousNames());
    });
    kb.offices().forEach(o -> spellings.addAll(o.names()));
    kb.places().forEach(p -> spellings.addAll(p.names()));
    kb.notLeaders().forEach(n -> spellings.addAll(n.names()));
    Trie.TrieBuilder builder = Trie.builder();
    spellings.stream().map(s -> normalizer.key(s).strip()).filter(s -> !s.isEmpty()).distinct().forEach(builder::addKeyword);
    return builder.build();
  }

  private static List<Path> corpusFiles(Path home) throws IOException {
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

  /** Article texts as the job composes them (title and body). */
  static final class CorpusTexts {
    private CorpusTexts() {}

    static List<String> read(List<Path> files) throws IOException {
      ObjectMapper json = new ObjectMapper();
      List<String> texts = new ArrayList<>();
      for (Path file : files) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          JsonNode node = json.readTree(line);
          String text = node.path("text").asText("");
          if (!text.isBlank()) {
            texts.add(ArticleText.compose(node.path("title").asText(null), text));
          }
        }
      }
      return texts;
    }
  }
}
