package org.charcha.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.charcha.AdversarialText;
import org.charcha.MiniKb;
import org.charcha.extract.ArticleText;
import org.charcha.text.TextNormalizer;
import org.charcha.text.WordBoundary;
import org.junit.jupiter.api.Test;

/**
 * The whole-word walk finds exactly what a full Aho-Corasick scan of the same keys finds once it
 * is filtered to whole words: the definition the walk replaced, kept here as the oracle.
 */
class WholeWordTrieTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  record Found(int start, int end, String key) {}

  @Test
  void reportsKeysOnWordBoundariesOnly() {
    WholeWordTrie<String> trie = trie(List.of("मोदी", "नरेंद्र मोदी", "राम", "(भाजपा)", "आप"));
    String text = "नरेंद्र मोदी, मोदीनगर और रामा; राम (भाजपा) आपने आप";
    assertThat(walk(trie, text)).containsExactly(
        new Found(0, 12, "नरेंद्र मोदी"), new Found(8, 12, "मोदी"), new Found(31, 34, "राम"),
        new Found(35, 42, "(भाजपा)"), new Found(48, 50, "आप"));
  }

  @Test
  void agreesWithTheFullScanOnEveryArticleOfTheSharedCorpora() throws Exception {
    Path corpora = Path.of(System.getProperty("charcha.home", ".")).resolve("../shared/corpora").normalize();
    assumeTrue(Files.isDirectory(corpora), "../shared/corpora is not beside this checkout");
    KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of(System.getProperty("charcha.home", ".")).resolve("data/kb"));
    List<String> keys = keysOf(kb);
    WholeWordTrie<String> trie = trie(keys);
    AhoCorasickDoubleArrayTrie<String> scan = scan(keys);
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    int matches = 0;
    for (String corpus : List.of("bbc-hindi-cohn-test", "hindi-dailies-covid-2020", "naidunia-indore-2025")) {
      for (String line : Files.readAllLines(corpora.resolve(corpus).resolve("articles.jsonl"))) {
        JsonNode record = json.readTree(line);
        String text = NORMALIZER.normalize(ArticleText.compose(record.path("title").asText(null),
            record.path("text").asText(""))).normalized();
        List<Found> walked = walk(trie, text);
        assertThat(walked).as("article %s", record.path("id").asText()).isEqualTo(scanned(scan, text));
        articles++;
        matches += walked.size();
      }
    }
    assertThat(articles).isGreaterThan(1000);
    assertThat(matches).as("the corpora hold whole-word matches to compare").isGreaterThan(10_000);
  }

  @Provide
  Arbitrary<String> texts() {
    return AdversarialText.texts();
  }

  @Provide
  Arbitrary<List<String>> keys() {
    Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(keysOf(MiniKb.get())),
        Arbitraries.strings().withChars("मोदी नरेंद्र(),.-").ofMinLength(1).ofMaxLength(6));
    return key.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 300)
  void agreesWithTheFullScanOnAdversarialText(@ForAll("keys") List<String> keys, @ForAll("texts") String text) {
    assertThat(walk(trie(keys), text)).isEqualTo(scanned(scan(keys), text));
  }

  private static List<String> keysOf(KnowledgeBase kb) {
    return List.copyOf(AliasIndex.spellings(kb, NORMALIZER).keySet());
  }

  private static WholeWordTrie<String> trie(List<String> keys) {
    WholeWordTrie<String> trie = new WholeWordTrie<>();
    trie.build(byKey(keys));
    return trie;
  }

  private static AhoCorasickDoubleArrayTrie<String> scan(List<String> keys) {
    AhoCorasickDoubleArrayTrie<String> scan = new AhoCorasickDoubleArrayTrie<>();
    scan.build(byKey(keys));
    return scan;
  }

  private static TreeMap<String, String> byKey(List<String> keys) {
    TreeMap<String, String> byKey = new TreeMap<>();
    keys.forEach(k -> byKey.put(k, k));
    return byKey;
  }

  private static List<Found> walk(WholeWordTrie<String> trie, String text) {
    List<Found> found = new ArrayList<>();
    trie.findWholeWords(text.toCharArray(), (start, end, key) -> found.add(new Found(start, end, key)));
    return found;
  }

  private static List<Found> scanned(AhoCorasickDoubleArrayTrie<String> scan, String text) {
    List<Found> found = new ArrayList<>();
    scan.parseText(text, (start, end, key) -> {
      if (WordBoundary.isWholeWord(text, start, end)) {
        found.add(new Found(start, end, key));
      }
    });
    found.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
    return found;
  }
}
