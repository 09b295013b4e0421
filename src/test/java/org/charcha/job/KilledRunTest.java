package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.charcha.MiniKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic output: a run in a separate JVM is killed while it writes its tables; the previous output
 * must still be complete and readable, and the next run must succeed and clear the dead staging
 * folder.
 */
class KilledRunTest {
  private static final String[] LEADERS = {"नरेंद्र मोदी", "मोहन यादव", "राहुल गांधी", "अशोक गहलोत", "अखिलेश यादव"};
  private static final String[] PARTIES = {"भाजपा", "कांग्रेस", "आम आदमी पार्टी"};
  /** Upper bound on polls for the staging folder (not a time limit on the job: the loop ends as soon as it appears). */
  private static final int MAX_POLLS = 30_000;

  @TempDir
  Path tmp;

  @Test
  void killingARunMidWriteLeavesThePreviousOutputCompleteAndTheNextRunSucceeds() throws Exception {
    Path small = tmp.resolve("small");
    Path big = tmp.resolve("big");
    writeArticles(small.resolve("news.jsonl"), 40);
    writeArticles(big.resolve("news.jsonl"), 10_000);
    Path output = tmp.resolve("out");
    SparkSession spark = LocalSpark.get();
    PipelineResult previous = run(spark, small, output);
    JsonNode previousManifest = PublishedTables.manifest(output);

    Process child = startRun(big, output, tmp.resolve("child.log"));
    try {
      Path staging = awaitStaging(child, output);
      assertThat(staging).as("the killed run's staging folder, see " + tmp.resolve("child.log")).isNotNull();
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }

    assertThat(PublishedTables.manifest(output)).isEqualTo(previousManifest);
    assertThat(siblings(output, ".staging-")).as("the killed run left its staging folder").isNotEmpty();
    for (Map.Entry<String, JsonNode> table : iterable(previousManifest.get("tables").fields())) {
      assertThat(spark.read().parquet(output.resolve(table.getKey()).toString()).count()).as(table.getKey())
          .isEqualTo(table.getValue().asLong());
    }
    assertThat(previousManifest.at("/tables/articles").asLong()).isEqualTo(previous.processed()).isEqualTo(40);

    PipelineResult next = run(spark, small, output);
    assertThat(next.processed()).isEqualTo(40);
    assertThat(PublishedTables.manifest(output).get("run_id")).isNotEqualTo(previousManifest.get("run_id"));
    assertThat(siblings(output, ".staging-")).isEmpty();
    assertThat(siblings(output, ".previous-")).isEmpty();
  }

  private static PipelineResult run(SparkSession spark, Path input, Path output) {
    PipelineOptions options = MiniKb.options(input.toString(), output.toString());
    return new PipelineJob(spark, options, step -> { }).execute();
  }

  /** The CLI in its own JVM, started the way jobs/charcha starts it, on this test's classpath. */
  private static Process startRun(Path input, Path output, Path log) throws IOException {
    String home = System.getProperty("charcha.home", ".");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g",
        "@" + Path.of(home, "jobs", "spark-jvm.options"),
        "-Dcharcha.home=" + home,
        "-Dlog4j2.configurationFile=" + Path.of(home, "jobs", "log4j2.properties"),
        "-cp", System.getProperty("java.class.path"),
        "org.charcha.cli.Charcha", "run",
        "--input", input.toString(), "--output", output.toString(), "--kb", MiniKb.dir().toString(),
        "--master", "local[2]"));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Polls until the child's staging folder exists; null if the child ended first. */
  private static Path awaitStaging(Process child, Path output) throws IOException, InterruptedException {
    for (int poll = 0; poll < MAX_POLLS && child.isAlive(); poll++) {
      List<Path> staging = siblings(output, ".staging-");
      if (!staging.isEmpty()) {
        return staging.get(0);
      }
      Thread.sleep(10);
    }
    return null;
  }

  private static List<Path> siblings(Path output, String marker) throws IOException {
    try (Stream<Path> files = Files.list(output.getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith(output.getFileName() + marker)).toList();
    }
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    return () -> iterator;
  }

  /** Distinct articles over two years, each naming a leader and a party, so that every table has rows. */
  private static void writeArticles(Path file, int count) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < count; i++) {
        String date = String.format("%d-%02d-%02d", 2023 + i % 2, 1 + i % 12, 1 + i % 28);
        out.write("{\"id\":\"k" + i + "\",\"source\":\"Source " + (i % 7) + "\",\"published\":\"" + date + "\",\"text\":\""
            + LEADERS[i % LEADERS.length] + " ने " + PARTIES[i % PARTIES.length] + " की बैठक में कहा कि लेख " + i
            + " सही है।\"}\n");
      }
    }
  }
}
