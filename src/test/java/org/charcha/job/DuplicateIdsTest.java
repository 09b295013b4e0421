package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charcha.job.PublishedTables.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.charcha.ingest.InputResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicate ids are marked the same way whether their lines are few enough to be broadcast from the
 * driver or so many that they are joined the distributed way ({@link PipelineJob#MAX_DUPLICATES_IN_DRIVER},
 * set to 0 here so that the second run takes that path). Two files of May and June articles; the
 * second repeats half of the first's ids.
 */
class DuplicateIdsTest {
  /**
   * The distributed join as a large corpus gets it: the duplicates not broadcast after all (Spark
   * would, being this few) and the join's many small tasks not merged into one.
   */
  private static final Map<String, String> DISTRIBUTED = Map.of(PipelineJob.MAX_DUPLICATES_IN_DRIVER, "0",
      "spark.sql.autoBroadcastJoinThreshold", "-1", "spark.sql.adaptive.coalescePartitions.enabled", "false");

  @TempDir
  static Path tmp;
  static SparkSession spark;
  static Path input;
  static Path inDriver;
  static Path distributed;
  static PipelineResult inDriverResult;
  static PipelineResult distributedResult;
  static Set<Integer> cachedBefore;
  static Set<Integer> cachedAfter;
  static Set<String> blocksBefore;
  static Set<String> blocksAfter;

  @BeforeAll
  static void runBothWays() throws IOException {
    input = tmp.resolve("in");
    Files.createDirectories(input);
    Files.write(input.resolve("a.jsonl"), articles("first", 0, 40));
    Files.write(input.resolve("b.jsonl"), articles("again", 20, 60));
    spark = LocalSpark.get();
    inDriver = tmp.resolve("in-driver");
    distributed = tmp.resolve("distributed");
    inDriverResult = new PipelineJob(spark, options(inDriver), step -> { }).execute();
    cachedBefore = LocalSpark.cachedRdds();
    blocksBefore = LocalSpark.cachedBlocks();
    distributedResult = SparkSessions.withSettings(spark, DISTRIBUTED,
        () -> new PipelineJob(spark, options(distributed), step -> { }).execute());
    cachedAfter = LocalSpark.cachedRdds();
    blocksAfter = LocalSpark.cachedBlocks();
  }

  /** Articles {@code from} to {@code to} (exclusive): even ones in May, odd ones in June. */
  private static List<String> articles(String text, int from, int to) {
    List<String> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lines.add("{\"id\":\"n%d\",\"source\":\"Source %d\",\"published\":\"2024-%02d-%02d\",\"text\":\"%s: नरेंद्र मोदी ने भाजपा की बैठक ली। भाजपा ने 240 सीटें जीतीं।\"}"
          .formatted(i, i % 3, 5 + i % 2, 1 + i % 28, text));
    }
    return lines;
  }

  private static PipelineOptions options(Path output) {
    return MiniKb.options(input.toString(), output.toString());
  }

  @Test
  void laterOccurrencesAreRejectedNamingTheFirst() {
    assertThat(inDriverResult.read()).isEqualTo(80);
    assertThat(inDriverResult.processed()).isEqualTo(60);
    assertThat(inDriverResult.rejected()).isEqualTo(20);
    List<Row> rejected = spark.read().parquet(inDriver.resolve("rejected").toString()).orderBy("line").collectAsList();
    assertThat(rejected).hasSize(20);
    assertThat(rejected.get(0).getAs("file").toString()).endsWith("/b.jsonl");
    assertThat(rejected.get(0).<String>getAs("reason")).startsWith("duplicate id 'n20', first seen at ")
        .endsWith("/a.jsonl:21");
    assertThat(spark.read().parquet(inDriver.resolve("articles").toString()).filter("id = 'n25'")
        .select("file").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .singleElement().asString().endsWith("/a.jsonl");
  }

  @Test
  void aDistributedJoinGivesTheSameTables() {
    assertThat(distributedResult.tableRows()).isEqualTo(inDriverResult.tableRows());
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(rows(distributed, table)).as(table).isNotEmpty().isEqualTo(rows(inDriver, table));
    }
  }

  /** After the distributed join the lines are gathered by month again, so a month is still one file. */
  @Test
  void aDistributedJoinStillWritesEachMonthAsOneFile() throws IOException {
    for (String table : List.of("articles", "mentions", "leader_mentions", "party_mentions", "coverage_daily")) {
      for (String month : List.of("2024-05", "2024-06")) {
        assertThat(PublishedTables.files(distributed, table, month)).as(table + " " + month).isEqualTo(1);
      }
    }
  }

  /** The nightly job marks duplicates with the same code; joined the distributed way, it gives the same tables. */
  @Test
  void aNightlyRunJoiningTheDistributedWayGivesTheSameTables() {
    Path nightly = tmp.resolve("nightly");
    Map<String, String> distributed = Map.of(PipelineJob.MAX_DUPLICATES_IN_DRIVER, "0",
        "spark.sql.autoBroadcastJoinThreshold", "-1");
    SparkSessions.withSettings(spark, distributed,
        () -> new NightlyJob(spark, options(nightly), LocalDate.of(2024, 7, 1), step -> { }).execute());
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(rows(nightly, table)).as(table).isNotEmpty().isEqualTo(rows(inDriver, table));
    }
  }

  @Test
  void aRunDropsEveryCacheItMade() {
    assertThat(cachedAfter).isEqualTo(cachedBefore);
    assertThat(blocksAfter).as("cached blocks still held when the run returned").isEqualTo(blocksBefore);
  }

  /**
   * Spark broadcasts a table of its own accord only below spark.sql.autoBroadcastJoinThreshold (10 MB),
   * which it estimates some 187,000 duplicates to exceed; the lines would then all be shuffled to meet it.
   */
  @Test
  void fewDuplicatesAreBroadcastWhateverSparksOwnThreshold() {
    PipelineJob job = new PipelineJob(spark, options(tmp.resolve("unused")), step -> { });
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Dataset<Row> lines = job.ingest(new InputResolver(conf).resolve(List.of(input.toString())), conf, MiniKb.get());
    try {
      String plan = SparkSessions.withSettings(spark, Map.of("spark.sql.autoBroadcastJoinThreshold", "-1"),
          () -> job.markDuplicates(lines, UnaryOperator.identity()).queryExecution().executedPlan().toString());
      assertThat(plan).contains("BroadcastHashJoin").doesNotContain("SortMergeJoin");
    } finally {
      job.releaseCaches();
    }
  }

  @Test
  void aBadLimitIsNamedWithItsValue() {
    assertThatThrownBy(() -> SparkSessions.withSettings(spark, Map.of(PipelineJob.MAX_DUPLICATES_IN_DRIVER, "lots"),
        () -> new PipelineJob(spark, options(tmp.resolve("bad")), step -> { }).execute()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.charcha.maxDuplicatesInDriver is 'lots'");
  }
}
