package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;
import org.charcha.MiniKb;
import org.charcha.ingest.InputFile;
import org.charcha.ingest.InputResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read cache lives on local disk, not in the heap: cached in memory first, two tasks at 8 GB
 * of input ran a 1 GiB heap out of memory while spilling (docs/PERFORMANCE.md). For the same
 * reason it is spread over more tasks as the input grows.
 */
class ReadCacheTest {
  @TempDir
  Path tmp;

  @Test
  void theReadLinesAreCachedOnDiskWithNothingInTheHeap() throws Exception {
    Path input = tmp.resolve("articles.jsonl");
    Files.writeString(input, """
        {"id":"a1","source":"s","published":"2024-05-01","title":"t","text":"प्रधानमंत्री नरेंद्र मोदी ने भाजपा की बैठक ली।"}
        {"id":"a2","source":"s","published":"2024-06-01","title":"t","text":"कांग्रेस ने बयान जारी किया।"}
        not json
        """);
    SparkSession spark = LocalSpark.get();
    PipelineOptions options = MiniKb.options(input.toString(), tmp.resolve("out").toString());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new InputResolver(conf).resolve(options.inputs());

    PipelineJob job = new PipelineJob(spark, options, step -> { });
    Dataset<Row> lines = job.ingest(files, conf, MiniKb.get());
    try {
      assertThat(lines.rdd().getNumPartitions()).isEqualTo(job.monthTasks(files));
      int cacheId = lines.rdd().id();
      RDDInfo cache = Arrays.stream(spark.sparkContext().getRDDStorageInfo())
          .filter(info -> info.diskSize() > 0)
          .findFirst().orElseThrow(() -> new AssertionError("no cached blocks on disk; RDD " + cacheId));
      assertThat(cache.memSize()).isZero();
      assertThat(cache.storageLevel().useMemory()).isFalse();
      assertThat(lines.count()).isEqualTo(3);
    } finally {
      lines.unpersist(true);
    }
  }

  /** A task's share of the cache stays bounded as the corpus grows: about 256 MiB of JSONL each. */
  @Test
  void aLargeInputIsSpreadOverMoreTasks() {
    SparkSession spark = LocalSpark.get();
    PipelineOptions options = MiniKb.options("unused.jsonl", tmp.resolve("out").toString());
    PipelineJob job = new PipelineJob(spark, options, step -> { });
    int configured = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));

    assertThat(job.monthTasks(List.of(new InputFile("small.jsonl", 1_000)))).isEqualTo(configured);
    assertThat(job.monthTasks(List.of(new InputFile("a.jsonl", 6L << 30), new InputFile("b.jsonl", 4L << 30))))
        .isEqualTo(40);
    // gzipped input counts three times its size: 2.9 GB is taken for 8.7 GB of JSONL
    assertThat(job.monthTasks(List.of(new InputFile("c.jsonl.gz", 2_900_000_000L)))).isEqualTo(33);
  }
}
