package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month larger than Spark's advisory partition size is written by several tasks, a file each,
 * with the same rows as when one task writes it. Six input files of May articles (each a task of
 * the read, which is what a month can be split along), one June article and one broken line; the
 * same input is run once as it is and once with the advisory size shrunk to 1 KiB, so that May no
 * longer fits one task.
 */
class MonthSpreadTest {
  private static final String ADVISORY_SIZE = "spark.sql.adaptive.advisoryPartitionSizeInBytes";

  @TempDir
  static Path tmp;
  static SparkSession spark;
  static Path whole;
  static Path split;
  static PipelineResult wholeResult;
  static PipelineResult splitResult;

  @BeforeAll
  static void runTwice() throws IOException {
    Path input = tmp.resolve("in");
    Files.createDirectories(input);
    for (int file = 0; file < 6; file++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        lines.add("{\"id\":\"may-%d-%d\",\"source\":\"Source %d\",\"published\":\"2024-05-%02d\",\"title\":\"t\",\"text\":"
            .formatted(file, i, i % 3, 1 + i % 28)
            + "\"प्रधानमंत्री नरेंद्र मोदी ने कांग्रेस पर निशाना साधा। भाजपा ने 240 सीटें जीतीं।\"}");
      }
      Files.write(input.resolve("may-" + file + ".jsonl"), lines);
    }
    Files.writeString(input.resolve("june.jsonl"),
        "{\"id\":\"june\",\"source\":\"Source 0\",\"published\":\"2024-06-02\",\"text\":\"राहुल गांधी ने कहा।\"}\n"
            + "{\"id\":\"broken\", \"text\": \n");
    spark = LocalSpark.get();
    whole = tmp.resolve("whole");
    split = tmp.resolve("split");
    wholeResult = new PipelineJob(spark, options(input, whole), step -> { }).execute();
    splitResult = withTinyTasks(() -> new PipelineJob(spark, options(input, split), step -> { }).execute());
  }

  private static PipelineOptions options(Path input, Path output) {
    return MiniKb.options(input.toString(), output.toString());
  }

  /** Runs {@code run} with the advisory partition size at 1 KiB, less than any month here. */
  private static <T> T withTinyTasks(Supplier<T> run) {
    return SparkSessions.withSettings(spark, Map.of(ADVISORY_SIZE, "1k"), run);
  }

  @Test
  void aMonthThatFitsOneTaskIsOneFilePerTable() throws IOException {
    for (String table : List.of("articles", "mentions", "leader_mentions", "coverage_daily")) {
      assertThat(PublishedTables.files(whole, table, "2024-05")).as(table).isEqualTo(1);
    }
  }

  @Test
  void aMonthLargerThanATaskIsWrittenBySeveral() throws IOException {
    for (String table : List.of("articles", "mentions", "leader_mentions", "party_mentions")) {
      assertThat(PublishedTables.files(split, table, "2024-05")).as(table).isGreaterThan(1);
    }
    assertThat(PublishedTables.files(split, "articles", "2024-06")).isEqualTo(1);
  }

  @Test
  void splittingAMonthChangesNoRow() {
    assertThat(wholeResult.processed()).isEqualTo(301);
    assertThat(splitResult.tableRows()).isEqualTo(wholeResult.tableRows());
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(rows(split, table)).as(table).isNotEmpty().isEqualTo(rows(whole, table));
    }
  }

  /**
   * The nightly job rewrites a month whole when a delivery touches it: the first night here gets
   * June and two of the May files, the second the other four, so it rewrites May from the first
   * night's rows and its own, split as the full run splits it.
   */
  @Test
  void aNightlyRunRewritesALargeMonthInSeveralFilesWithTheRowsOfAFullRun() throws IOException {
    Path delivered = tmp.resolve("delivered");
    Path nightly = tmp.resolve("nightly");
    Files.createDirectories(delivered);
    List<Path> files;
    try (Stream<Path> all = Files.list(tmp.resolve("in"))) {
      files = all.sorted().toList();
    }
    for (Path file : files.subList(0, 3)) {
      Files.copy(file, delivered.resolve(file.getFileName()));
    }
    withTinyTasks(() -> new NightlyJob(spark, options(delivered, nightly), LocalDate.of(2024, 6, 1), step -> { }).execute());
    for (Path file : files.subList(3, files.size())) {
      Files.copy(file, delivered.resolve(file.getFileName()));
    }
    NightlyResult second = withTinyTasks(
        () -> new NightlyJob(spark, options(delivered, nightly), LocalDate.of(2024, 6, 2), step -> { }).execute());

    assertThat(second.rewrittenMonths()).containsExactly("2024-05");
    assertThat(PublishedTables.files(nightly, "articles", "2024-05")).isGreaterThan(1);
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(rows(nightly, table)).as(table).isEqualTo(rows(whole, table));
    }
  }

  /** {@link PublishedTables#rows} with input files named alone: the runs read copies in different folders. */
  private static List<String> rows(Path output, String table) {
    Dataset<Row> rows = spark.read().parquet(output.resolve(table).toString());
    if (Arrays.asList(rows.columns()).contains("file")) {
      rows = rows.withColumn("file", functions.regexp_extract(functions.col("file"), "[^/]+$", 0));
    }
    return PublishedTables.rows(rows);
  }
}
