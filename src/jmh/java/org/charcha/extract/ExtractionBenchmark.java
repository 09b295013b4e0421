package org.charcha.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.charcha.CorpusBenchmark;
import org.charcha.extract.seat.SeatClaimExtractor;
import org.charcha.kb.AliasIndex;
import org.charcha.kb.AliasMatch;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;
import org.charcha.text.NormalizedText;
import org.charcha.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction alone, one thread, on real corpus text: one operation is a pass over every article.
 * MB/s = corpus MB (printed at setup) / seconds per operation. The reference is a plain scan of the
 * same alias spellings over the raw text with the Aho-Corasick library whose trie the extractor
 * walks from word starts: no normalisation, no word boundaries, no rules. A scan with the map-based
 * org.ahocorasick trie that Charcha used before shows what the library change alone bought.
 *
 * <p>In package {@code extract} to time the mention rules and the seat extractor on their own.
 * System properties: charcha.kb (default data/kb), charcha.bench.corpus (a folder of corpora with
 * *&#47;articles.jsonl, default ../shared/corpora, else data/sample).
 */
public class ExtractionBenchmark extends CorpusBenchmark {
  private List<String> texts;
  private ArticleExtractor extractor;
  private TextNormalizer normalizer;
  private AliasIndex index;
  private PlaceResolver places;
  private MentionExtractor mentionRules;
  private SeatClaimExtractor seats;
  private List<Found> found;
  private AhoCorasickDoubleArrayTrie<String> plainScan;
  private Trie mapTrie;

  /** What the seat extractor starts from, computed once so that its benchmark times it alone. */
  private record Found(NormalizedText doc, ArticleContext context, List<Mention> mentions) {}

  @Setup
  public void setUp() throws IOException {
    Path home = Path.of(System.getProperty("charcha.home", "."));
    KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of(System.getProperty("charcha.kb", home.resolve("data/kb").toString())));
    texts = CorpusTexts.read(corpusFiles(home));
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    extractor = new ArticleExtractor(kb);
    normalizer = new TextNormalizer();
    index = new AliasIndex(kb, normalizer);
    places = new PlaceResolver(kb);
    mentionRules = new MentionExtractor(kb);
    seats = new SeatClaimExtractor(kb);
    found = new ArrayList<>();
    for (String text : texts) {
      NormalizedText doc = normalizer.normalize(text);
      List<AliasMatch> matches = index.find(doc);
      ArticleContext context = places.resolve(matches, null, null);
      found.add(new Found(doc, context, mentionRules.extract(doc, matches, context)));
    }
    Set<String> spellings = AliasIndex.spellings(kb, normalizer).keySet();
    TreeMap<String, String> keys = new TreeMap<>();
    spellings.forEach(s -> keys.put(s, s));
    plainScan = new AhoCorasickDoubleArrayTrie<>();
    plainScan.build(keys);
    Trie.TrieBuilder builder = Trie.builder();
    spellings.forEach(builder::addKeyword);
    mapTrie = builder.build();
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

  /** Normalisation alone: the folds, the NFC check and the way back to the original offsets. */
  @Benchmark
  public void normalise(Blackhole sink) {
    for (String text : texts) {
      sink.consume(normalizer.normalize(text));
    }
  }

  /** The matcher's core: normalisation and the whole-word, longest-match alias index. */
  @Benchmark
  public void normaliseAndMatch(Blackhole sink) {
    for (String text : texts) {
      sink.consume(index.find(normalizer.normalize(text)));
    }
  }

  /** The mention matcher: normalisation, alias index, places and the mention rules. */
  @Benchmark
  public void mentionMatcher(Blackhole sink) {
    for (String text : texts) {
      NormalizedText doc = normalizer.normalize(text);
      List<AliasMatch> matches = index.find(doc);
      sink.consume(mentionRules.extract(doc, matches, places.resolve(matches, null, null)));
    }
  }

  /** The seat extractor alone, on each article's normalised text, places and mentions. */
  @Benchmark
  public void seatExtractor(Blackhole sink) {
    for (Found f : found) {
      sink.consume(seats.extract(f.doc(), f.context(), f.mentions()));
    }
  }

  /** Reference: the same spellings, plain double-array Aho-Corasick scan over the raw text. */
  @Benchmark
  public void plainScan(Blackhole sink) {
    for (String text : texts) {
      plainScan.parseText(text, (start, end, value) -> {
        sink.consume(value);
      });
    }
  }

  /** The same plain scan with org.ahocorasick's map-based trie, the library used before. */
  @Benchmark
  public void plainScanMapTrie(Blackhole sink) {
    for (String text : texts) {
      for (Emit emit : mapTrie.parseText(text)) {
        sink.consume(emit);
      }
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
