package org.charcha.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish protocol: on the local file system, whose folder renames are atomic, and on a store
 * that renames object by object (as S3 does) stopped after every possible number of operations.
 */
class OutputPublisherTest {
  private static final Map<String, String> OLD = Map.of(
      "_manifest.json", "r1",
      "articles/month=2025-06/part-0.parquet", "old articles",
      "mentions/part-0.parquet", "old mentions",
      "mentions/_SUCCESS", "");
  private static final Map<String, String> NEW = Map.of(
      "_manifest.json", "r2",
      "articles/month=2025-06/part-0.parquet", "new June articles",
      "articles/month=2025-07/part-0.parquet", "new July articles",
      "mentions/part-0.parquet", "new mentions",
      "seat_claims/part-0.parquet", "new seat claims");

  @TempDir
  Path tmp;

  private OutputPublisher publisher(String runId) {
    return new OutputPublisher(tmp.resolve("out").toString(), runId, new Configuration());
  }

  private String names() throws IOException {
    return names(tmp);
  }

  private static String names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private void publishManifest(String runId) {
    OutputPublisher publisher = publisher(runId);
    publisher.writeStagingFile("_manifest.json", runId.getBytes(StandardCharsets.UTF_8));
    publisher.publish();
  }

  @Test
  void publishReplacesThePreviousOutputAndLeavesNothingBeside() throws IOException {
    publishManifest("r1");
    publishManifest("r2");
    assertThat(names()).isEqualTo("out");
    assertThat(Files.readString(tmp.resolve("out/_manifest.json"))).isEqualTo("r2");
  }

  /**
   * For every point at which the store can stop during a publish: a reader that finds the
   * manifest finds the whole old or the whole new output, and the next run's recovery leaves the
   * new output and nothing beside it (the old one when the store stopped before publishing began).
   */
  @Test
  void aPublishStoppedAtAnyPointOnAnObjectStoreLeavesAWholeOutputAndTheNextRunFinishesIt() throws IOException {
    int budget = 0;
    boolean finished = false;
    while (!finished) {
      Path folder = Files.createDirectories(tmp.resolve("stop-after-" + budget));
      Path out = folder.resolve("out");
      writeTree(out, OLD);
      writeTree(folder.resolve("out.staging-r2"), NEW);
      OutputPublisher publishing = onObjectStore(out, "r2", budget);
      try {
        publishing.publish();
        finished = true;
      } catch (UncheckedIOException stopped) {
        assertThat(stopped).hasMessageContaining("the next run into it finishes publishing it");
      }
      if (Files.exists(out.resolve("_manifest.json"))) {
        assertThat(tree(out)).as("a manifest after %d operations", budget).isIn(OLD, NEW);
      }

      List<String> recovered = onObjectStore(out, "r3", Integer.MAX_VALUE).recover();

      assertThat(tree(out)).as("the output after %d operations and a recovery", budget)
          .isEqualTo(budget == 0 ? OLD : NEW);
      assertThat(names(folder)).isEqualTo("out");
      if (budget > 0 && !finished) {
        assertThat(recovered).singleElement().asString().startsWith("completed the publishing of run r2");
      }
      budget++;
    }
    assertThat(budget).as("object operations of one publish").isGreaterThan(2 * (OLD.size() + NEW.size()));
  }

  /** The job discards a failed run's staging folder; once publishing has begun that would lose the new output. */
  @Test
  void aFailedPublishKeepsItsStagingForTheNextRun() {
    OutputPublisher stopping = onObjectStore(tmp.resolve("out"), "r1", 1);
    writeTree(tmp.resolve("out.staging-r1"), NEW);
    assertThatThrownBy(stopping::publish).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the next run into it finishes publishing it");
    stopping.discard();
    assertThat(tmp.resolve("out.staging-r1/_manifest.json")).exists();
  }

  @Test
  void recoverPutsBackAnOutputAnOlderVersionLeftMovedAsideAndDropsItsStaging() throws IOException {
    publishManifest("r1");
    Files.move(tmp.resolve("out"), tmp.resolve("out.previous-r2"));
    Files.createDirectories(tmp.resolve("out.staging-r2/articles"));
    List<String> recovered = publisher("r3").recover();
    assertThat(names()).isEqualTo("out");
    assertThat(Files.readString(tmp.resolve("out/_manifest.json"))).isEqualTo("r1");
    assertThat(recovered).containsExactly(
        "removed the staging folder of run r2, which failed before publishing",
        "put back the output that run r2 had moved aside before it was interrupted");
  }

  @Test
  void recoverLeavesUnrelatedSiblingsAlone() throws IOException {
    Files.createDirectories(tmp.resolve("out.v2-final"));
    Files.createDirectories(tmp.resolve("out.staging-r1"));
    publisher("r2").recover();
    assertThat(names()).isEqualTo("out.v2-final");
  }

  @Test
  void discardRemovesOnlyThisRunsStaging() throws IOException {
    publishManifest("r1");
    OutputPublisher failing = publisher("r2");
    failing.writeStagingFile("_manifest.json", new byte[0]);
    failing.discard();
    assertThat(names()).isEqualTo("out");
  }

  private static OutputPublisher onObjectStore(Path output, String runId, int operations) {
    return new OutputPublisher(output.toString(), runId, ObjectStoreLikeFileSystem.stoppingAfter(operations));
  }


  private static void writeTree(Path folder, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = folder.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> tree(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
