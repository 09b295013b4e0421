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
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.charcha.job.LocalSpark;
import org.charcha.job.NightlyJob;
import org.charcha.job.NightlyResult;
import org.charcha.job.PipelineJob;
import org.charcha.job.PipelineResult;
import org.charcha.output.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline reading and writing a Hadoop file system other than local disk, through Spark's own
 * Hadoop client: resolving input globs, staging, the publishing renames, and the nightly job's
 * ledger and month rewrites all go through it, and the tables read back from it equal a run on
 * local files. Each subclass starts one store in the test JVM and names the folder to use in it.
 */
abstract class RemoteStoragePipelineTest {
  @TempDir
  static Path tmp;

  /** The store's folder every test writes under, as a URI without a trailing slash. */
  abstract String root();

  final FileSystem fileSystem() throws IOException {
    return new org.apache.hadoop.fs.Path(root()).getFileSystem(spark().sparkContext().hadoopConfiguration());
  }

  static SparkSession spark() {
    return LocalSpark.get();
  }

  @Test
  void tablesWrittenToTheStoreEqualThoseWrittenToLocalFiles() throws IOException {
    FileSystem fs = fileSystem();
    write(fs, root() + "/in/day1.jsonl", ClusterInput.RECORDS);
    Path localInput = tmp.resolve("in/day1.jsonl");
    Files.createDirectories(localInput.getParent());
    Files.writeString(localInput, ClusterInput.RECORDS);

    PipelineResult inStore = run(root() + "/in/*.jsonl", root() + "/out");
    PipelineResult onDisk = run(localInput.toString(), tmp.resolve("out").toString());

    assertThat(inStore.read()).isEqualTo(6);
    assertThat(inStore.processed()).isEqualTo(onDisk.processed()).isEqualTo(4);
    List<String> names = Arrays.stream(fs.listStatus(new org.apache.hadoop.fs.Path(root() + "/out")))
        .filter(FileStatus::isDirectory).map(status -> status.getPath().getName())
        .filter(name -> !name.startsWith("_")).sorted().toList();
    assertThat(names).isEqualTo(CoverageTables.PUBLISHED.stream().sorted().toList());
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root() + "/out/_manifest.json"))).isTrue();
    Map<String, List<String>> fromStore = ClusterInput.tables(spark(), root() + "/out", names);
    assertThat(fromStore.get("articles")).hasSize(4).allMatch(row -> row.contains(root() + "/in/day1.jsonl"));
    String localFolder = "file:" + localInput.getParent() + "/";
    assertThat(sameSource(fromStore, root() + "/in/", localFolder))
        .isEqualTo(ClusterInput.tables(spark(), tmp.resolve("out").toString(), names));
  }

  /** Publishing over an earlier output moves it aside and deletes it; nothing is left beside the output. */
  @Test
  void aSecondRunReplacesTheFirstAndLeavesNothingBeside() throws IOException {
    FileSystem fs = fileSystem();
    write(fs, root() + "/replace-in/first/day1.jsonl", ClusterInput.RECORDS);
    write(fs, root() + "/replace-in/second/day2.jsonl", ClusterInput.LATER_RECORDS);
    run(root() + "/replace-in/first", root() + "/replaced");
    PipelineResult second = run(root() + "/replace-in/second", root() + "/replaced");

    assertThat(second.processed()).isEqualTo(2);
    assertThat(spark().read().parquet(root() + "/replaced/articles").count()).isEqualTo(2);
    assertThat(Arrays.stream(fs.globStatus(new org.apache.hadoop.fs.Path(root() + "/replaced*")))
        .map(status -> status.getPath().getName())).containsExactly("replaced");
  }

  /**
   * The nightly job in the store: a first night with one file, a second adding a file that repeats
   * an id of the first and opens a new month, so the second night rewrites July, adds August and
   * keeps its ledger in the store. The tables equal one full run over both files on local disk.
   * The timeout is a hang guard only (the test takes well under a minute): it once hung on HDFS.
   */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twoNightsInTheStoreEqualOneFullRunOnLocalFiles() throws IOException {
    FileSystem fs = fileSystem();
    write(fs, root() + "/nightly-in/day1.jsonl", ClusterInput.RECORDS);
    nightly(root() + "/nightly-in", root() + "/nightly-out", LocalDate.of(2025, 7, 22));
    write(fs, root() + "/nightly-in/day2.jsonl", ClusterInput.LATER_RECORDS);
    NightlyResult secondNight = nightly(root() + "/nightly-in", root() + "/nightly-out", LocalDate.of(2025, 8, 1));

    Path localInput = Files.createDirectories(tmp.resolve("nightly-in"));
    Files.writeString(localInput.resolve("day1.jsonl"), ClusterInput.RECORDS);
    Files.writeString(localInput.resolve("day2.jsonl"), ClusterInput.LATER_RECORDS);
    run(localInput.toString(), tmp.resolve("nightly-full").toString());

    assertThat(secondNight.newFiles()).singleElement().asString().endsWith("/nightly-in/day2.jsonl");
    assertThat(secondNight.rewrittenMonths()).containsExactly("2025-07", "2025-08");
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root() + "/nightly-out/" + Ledger.FOLDER))).isTrue();
    List<String> names = CoverageTables.PUBLISHED;
    Map<String, List<String>> fromStore = ClusterInput.tables(spark(), root() + "/nightly-out", names);
    assertThat(fromStore.get("articles")).hasSize(5);
    assertThat(sameSource(fromStore, root() + "/nightly-in/", "file:" + localInput + "/"))
        .isEqualTo(ClusterInput.tables(spark(), tmp.resolve("nightly-full").toString(), names));
  }

  /** Rows name the file they came from; apart from that folder, both runs must agree exactly. */
  private static Map<String, List<String>> sameSource(Map<String, List<String>> tables, String folder,
      String localFolder) {
    Map<String, List<String>> renamed = new TreeMap<>();
    tables.forEach((table, rows) -> renamed.put(table,
        rows.stream().map(row -> row.replace(folder, localFolder)).sorted().toList()));
    return renamed;
  }

  static void write(FileSystem fs, String path, String content) throws IOException {
    try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(path))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static NightlyResult nightly(String input, String output, LocalDate date) {
    return new NightlyJob(spark(), MiniKb.options(input, output), date, step -> { }).execute();
  }

  static PipelineResult run(String input, String output) {
    return new PipelineJob(spark(), MiniKb.options(input, output), step -> { }).execute();
  }
}
