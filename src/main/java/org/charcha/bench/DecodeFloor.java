package org.charcha.bench;

/**
 * The decode floor for jobs/bench: {@link ScanFloor} without the scan. Spark reads the corpus JSONL,
 * hands each text to a function as a Java string, as it does for the scan and the extractor, and
 * writes each id with the string's length. The scan floor less this is the reference scan alone;
 * this less {@link ReadFloor} is the decoding every extractor of Java strings pays first.
 *
 * <p>Usage: DecodeFloor INPUT OUTPUT MASTER
 */
public final class DecodeFloor {
  private static final String LENGTH = "text_length";

  private DecodeFloor() {}

  public static void main(String[] args) {
    FloorRun.run("decode floor", "DecodeFloor INPUT OUTPUT MASTER", args, 2, spark -> {
      long rows = FloorRun.perText(spark, args[0], args[1], LENGTH, text -> text == null ? 0 : text.length());
      return rows + " texts decoded, lengths to Parquet";
    });
  }
}
