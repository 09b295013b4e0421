package org.charcha.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.charcha.kb.AliasIndex;
import org.charcha.kb.KnowledgeBaseLoader;
import org.charcha.text.TextNormalizer;

/**
 * The scan floor for jobs/bench: Spark reads the corpus JSONL as {@link ParquetFloor} does, runs
 * issue #8's reference extraction on every text (a plain Aho-Corasick scan of every alias spelling
 * of the knowledge base, as JMH's {@code plainScan}: no normalisation, no word boundaries, no
 * rules) and writes each id with its number of hits. Beside {@link ReadFloor} and {@link
 * DecodeFloor} it prices the reference scan alone, and so what the extraction goal (at least half
 * the scan's throughput) lets a job spend on extraction (docs/PERFORMANCE.md).
 *
 * <p>Usage: ScanFloor INPUT OUTPUT MASTER KB_DIR
 */
public final class ScanFloor {
  private static final String SCAN = "reference_scan";

  private ScanFloor() {}

  public static void main(String[] args) {
    FloorRun.run("scan floor", "ScanFloor INPUT OUTPUT MASTER KB_DIR", args, 2, spark -> {
      Broadcast<AhoCorasickDoubleArrayTrie<String>> trie =
          JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(referenceScan(Path.of(args[3])));
      long rows = FloorRun.perText(spark, args[0], args[1], SCAN, text -> hits(trie.value(), text));
      return rows + " records scanned, hits to Parquet";
    });
  }

  /** Every alias spelling the matcher looks for, in one automaton. */
  private static AhoCorasickDoubleArrayTrie<String> referenceScan(Path kbDir) {
    TreeMap<String, String> keys = new TreeMap<>();
    AliasIndex.spellings(KnowledgeBaseLoader.load(kbDir), new TextNormalizer()).keySet().forEach(k -> keys.put(k, k));
    AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
    trie.build(keys);
    return trie;
  }

  private static int hits(AhoCorasickDoubleArrayTrie<String> trie, String text) {
    if (text == null) {
      return 0;
    }
    int[] found = {0};
    trie.parseText(text, (AhoCorasickDoubleArrayTrie.IHit<String>) (start, end, key) -> found[0]++);
    return found[0];
  }
}
