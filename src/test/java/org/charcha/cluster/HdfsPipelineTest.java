package org.charcha.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.charcha.MiniKb;
import org.charcha.job.LocalSpark;
import org.charcha.job.PipelineJob;
import org.charcha.job.PipelineOptions;
import org.charcha.job.PipelineResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline reading and writing hdfs:// through Spark's own Hadoop client, against an in-process
 * HDFS (a name node and one data node): resolving input globs, staging and the publishing rename
 * all go through HDFS, and the tables read back from it equal a run on local files.
 */
class HdfsPipelineTest {
  @TempDir
  static Path tmp;
  static MiniDFSCluster hdfs;
  static String root;
  static SparkSession spark;

  @BeforeAll
  static void startHdfs() throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("dfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    root = hdfs.getFileSystem().getUri().toString();
    spark = LocalSpark.get();
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void tablesWrittenToHdfsEqualThoseWrittenToLocalFiles() throws IOException {
    FileSystem fs = hdfs.getFileSystem();
    try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(root + "/in/day1.jsonl"))) {
      out.write(ClusterInput.RECORDS.getBytes(StandardCharsets.UTF_8));
    }
    Path localInput = tmp.resolve("in/day1.jsonl");
    Files.createDirectories(localInput.getParent());
    Files.writeString(localInput, ClusterInput.RECORDS);

    PipelineResult onHdfs = run(root + "/in/*.jsonl", root + "/out");
    PipelineResult onDisk = run(localInput.toString(), tmp.resolve("out").toString());

    assertThat(onHdfs.read()).isEqualTo(6);
    assertThat(onHdfs.processed()).isEqualTo(onDisk.processed()).isEqualTo(4);
    List<String> names = Arrays.stream(fs.listStatus(new org.apache.hadoop.fs.Path(root + "/out")))
        .filter(FileStatus::isDirectory).map(status -> status.getPath().getName())
        .filter(name -> !name.startsWith("_")).sorted().toList();
    assertThat(names).contains("articles", "mentions", "leader_mentions", "party_mentions", "seat_claims");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root + "/out/_manifest.json"))).isTrue();
    Map<String, List<String>> fromHdfs = ClusterInput.tables(spark, root + "/out", names);
    assertThat(fromHdfs.get("articles")).hasSize(4).allMatch(row -> row.contains(root + "/in/day1.jsonl"));
    // Rows name the file they came from; apart from that, both runs must agree exactly.
    String localFolder = "file:" + localInput.getParent() + "/";
    Map<String, List<String>> sameSource = new TreeMap<>();
    fromHdfs.forEach((table, rows) -> sameSource.put(table,
        rows.stream().map(row -> row.replace(root + "/in/", localFolder)).sorted().toList()));
    assertThat(sameSource).isEqualTo(ClusterInput.tables(spark, tmp.resolve("out").toString(), names));
  }

  private static PipelineResult run(String input, String output) {
    return new PipelineJob(spark, PipelineOptions.builder().inputs(List.of(input)).output(output)
        .kbDir(MiniKb.dir().toString()).build(), step -> { }).execute();
  }
}
