package org.charcha.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.charcha.MiniKb;
import org.charcha.job.LocalSpark;
import org.charcha.job.NightlyJob;
import org.charcha.job.NightlyResult;
import org.charcha.job.PipelineJob;
import org.charcha.job.PipelineOptions;
import org.charcha.job.PipelineResult;
import org.charcha.job.PublishedTables;
import org.charcha.output.Ledger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline reading and writing hdfs:// through Spark's own Hadoop client, against an in-process
 * HDFS (a name node and one data node): resolving input globs, staging and the publishing rename
 * all go through HDFS, and the tables read back from it equal a run on local files. The nightly
 * job's ledger, month rewrites and renames go through it as well.
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
    write(fs, root + "/in/day1.jsonl", ClusterInput.RECORDS);
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

  /**
   * The nightly job on HDFS: a first night with one file, a second adding a file that repeats an
   * id of the first and opens a new month, so the second night rewrites July, adds August and
   * keeps its ledger on HDFS. The tables equal one full run over both files on local disk.
   */
  /** Hang guard only (the test takes well under a minute): this test once hung in local mode. */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twoNightsOnHdfsEqualOneFullRunOnLocalFiles() throws IOException {
    FileSystem fs = hdfs.getFileSystem();
    write(fs, root + "/nightly-in/day1.jsonl", ClusterInput.RECORDS);
    nightly(root + "/nightly-in", root + "/nightly-out", LocalDate.of(2025, 7, 22));
    write(fs, root + "/nightly-in/day2.jsonl", ClusterInput.LATER_RECORDS);
    NightlyResult secondNight = nightly(root + "/nightly-in", root + "/nightly-out", LocalDate.of(2025, 8, 1));

    Path localInput = Files.createDirectories(tmp.resolve("nightly-in"));
    Files.writeString(localInput.resolve("day1.jsonl"), ClusterInput.RECORDS);
    Files.writeString(localInput.resolve("day2.jsonl"), ClusterInput.LATER_RECORDS);
    run(localInput.toString(), tmp.resolve("nightly-full").toString());

    assertThat(secondNight.newFiles()).singleElement().asString().endsWith("/nightly-in/day2.jsonl");
    assertThat(secondNight.rewrittenMonths()).containsExactly("2025-07", "2025-08");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root + "/nightly-out/" + Ledger.FOLDER))).isTrue();
    List<String> names = PublishedTables.NAMES;
    String localFolder = "file:" + localInput + "/";
    Map<String, List<String>> fromHdfs = new TreeMap<>();
    ClusterInput.tables(spark, root + "/nightly-out", names).forEach((table, rows) -> fromHdfs.put(table,
        rows.stream().map(row -> row.replace(root + "/nightly-in/", localFolder)).sorted().toList()));
    assertThat(fromHdfs.get("articles")).hasSize(5);
    assertThat(fromHdfs).isEqualTo(ClusterInput.tables(spark, tmp.resolve("nightly-full").toString(), names));
  }

  private static void write(FileSystem fs, String path, String content) throws IOException {
    try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(path))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static NightlyResult nightly(String input, String output, LocalDate date) {
    return new NightlyJob(spark, PipelineOptions.builder().inputs(List.of(input)).output(output)
        .kbDir(MiniKb.dir().toString()).build(), date, step -> { }).execute();
  }

  private static PipelineResult run(String input, String output) {
    return new PipelineJob(spark, PipelineOptions.builder().inputs(List.of(input)).output(output)
        .kbDir(MiniKb.dir().toString()).build(), step -> { }).execute();
  }
}
