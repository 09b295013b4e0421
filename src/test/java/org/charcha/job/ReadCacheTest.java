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
 * of input ran a 1 GiB heap out of memory while spilling (docs/PERFORMANCE.md).
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
    PipelineOptions options = PipelineOptions.builder().inputs(List.of(input.toString()))
        .output(tmp.resolve("out").toString()).kbDir(MiniKb.dir().toString()).build();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new InputResolver(conf).resolve(options.inputs());

    Dataset<Row> lines = new PipelineJob(spark, options, step -> { }).ingest(files, conf, MiniKb.get());
    try {
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
}
