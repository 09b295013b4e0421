package org.charcha.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.charcha.ingest.FilePart;
import org.charcha.ingest.InputFile;
import org.charcha.ingest.LineStarts;

/**
 * The read tasks of a run: one part of the input each, the largest first. A gzipped file is one
 * part, since gzip cannot be entered mid-stream; a plain JSONL file larger than Spark's
 * {@value #MAX_PART_BYTES} (128 MB unless set, the size at which Spark's own file sources split) is
 * cut into parts of that size, so that one large file is read by as many cores as it has parts.
 * Every line keeps its number in the whole file: the lines that begin in each earlier part are
 * counted first, by a Spark job that reads those bytes once more and parses nothing.
 *
 * <p>Spark launches a stage's tasks in order, so the longest start first and the short ones fill in
 * at the end. Each task is given exactly one part: a round-robin repartition of the file names
 * started each input partition at a random task, and at 8 GB (257 files) left 84 read tasks
 * without a file and gave others two or three, which on a cluster with a core per file would have
 * made the read phase two or three files long instead of one (docs/PERFORMANCE.md).
 */
final class ReadTasks {
  static final String MAX_PART_BYTES = "spark.sql.files.maxPartitionBytes";
  /** gzip shrinks the corpora's Hindi JSONL about threefold (the generated 8 GB corpus is 2.9 GB gzipped). */
  private static final int GZIP_EXPANSION = 3;

  private ReadTasks() {}

  /** About how much JSONL a file holds: its size, or three times that when gzipped. */
  static long jsonlBytes(InputFile file) {
    return isGzipped(file) ? file.size() * GZIP_EXPANSION : file.size();
  }

  /**
   * The parts of {@code files}, one per task; {@code hadoopConf} opens the files to count lines.
   * {@code steps} is told how much JSONL each task reads, for the progress lines.
   */
  static Dataset<FilePart> of(SparkSession spark, List<InputFile> files, Broadcast<SerializableConfiguration> hadoopConf,
      TimedSteps steps) {
    List<FilePart> parts = numbered(spark, cut(files, maxPartBytes(spark)), hadoopConf);
    Map<String, InputFile> byPath = files.stream().collect(Collectors.toMap(InputFile::path, file -> file));
    ToLongFunction<FilePart> jsonl = part -> partBytes(part, byPath.get(part.path()));
    List<FilePart> largestFirst = parts.stream()
        .sorted(Comparator.comparingLong(jsonl).reversed().thenComparing(FilePart::path).thenComparingLong(FilePart::start))
        .toList();
    var oneEach = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(largestFirst, Math.max(1, largestFirst.size()));
    steps.weigh(oneEach.id(), largestFirst.stream().mapToLong(jsonl).toArray());
    return spark.createDataset(oneEach.rdd(), Encoders.javaSerialization(FilePart.class));
  }

  /** Spark rejects a value that is not a size when it is set; a size of nothing is left to us. */
  private static long maxPartBytes(SparkSession spark) {
    String value = spark.conf().get(MAX_PART_BYTES);
    long bytes = JavaUtils.byteStringAsBytes(value);
    if (bytes <= 0) {
      throw new IllegalArgumentException(MAX_PART_BYTES + " is '" + value
          + "'; give the most bytes of a plain JSONL file one task reads, such as 128m or 1g");
    }
    return bytes;
  }

  /** Each file whole, or a plain one larger than {@code maxBytes} in parts of that size, unnumbered yet. */
  private static List<FilePart> cut(List<InputFile> files, long maxBytes) {
    List<FilePart> parts = new ArrayList<>();
    for (InputFile file : files) {
      if (isGzipped(file) || file.size() <= maxBytes) {
        parts.add(FilePart.whole(file.path()));
        continue;
      }
      for (long start = 0; start < file.size(); start += maxBytes) {
        long end = start + maxBytes >= file.size() ? Long.MAX_VALUE : start + maxBytes;
        parts.add(new FilePart(file.path(), start, end, 1));
      }
    }
    return parts;
  }

  /**
   * The parts with their first line numbers: one more than the lines begun in a file's earlier
   * parts, which are counted for every part but a file's last.
   */
  private static List<FilePart> numbered(SparkSession spark, List<FilePart> parts,
      Broadcast<SerializableConfiguration> hadoopConf) {
    List<FilePart> toCount = parts.stream().filter(part -> !part.isLast()).toList();
    if (toCount.isEmpty()) {
      return parts;
    }
    spark.sparkContext().setJobDescription("Charcha: count the lines of " + toCount.size() + " part(s) of large files");
    Iterator<Long> lines = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(toCount, toCount.size())
        .map(part -> countLines(part, hadoopConf)).collect().iterator();
    List<FilePart> numbered = new ArrayList<>();
    long firstLine = 1;
    for (FilePart part : parts) {
      if (part.isFirst()) {
        firstLine = 1;
      }
      numbered.add(new FilePart(part.path(), part.start(), part.end(), firstLine));
      firstLine += part.isLast() ? 0 : lines.next();
    }
    return numbered;
  }

  private static long countLines(FilePart part, Broadcast<SerializableConfiguration> hadoopConf) {
    try {
      return LineStarts.count(part.path(), part.start(), part.end(), hadoopConf.value().value());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the lines of " + part.path() + " up to byte " + part.end() + ": "
          + e.getMessage(), e);
    }
  }

  private static long partBytes(FilePart part, InputFile file) {
    return part.isLast() ? jsonlBytes(file) - (isGzipped(file) ? 0 : part.start()) : part.end() - part.start();
  }

  private static boolean isGzipped(InputFile file) {
    return file.path().endsWith(".gz");
  }
}
