package org.charcha.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish protocol on the local file system, including a crash between its two renames. */
class OutputPublisherTest {
  @TempDir
  Path tmp;

  private OutputPublisher publisher(String runId) {
    return new OutputPublisher(tmp.resolve("out").toString(), runId, new Configuration());
  }

  private String names() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
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

  @Test
  void recoverPutsBackAnOutputACrashLeftMovedAsideAndDropsItsStaging() throws IOException {
    publishManifest("r1");
    Files.move(tmp.resolve("out"), tmp.resolve("out.previous-r2"));
    Files.createDirectories(tmp.resolve("out.staging-r2/articles"));
    publisher("r3").recover();
    assertThat(names()).isEqualTo("out");
    assertThat(Files.readString(tmp.resolve("out/_manifest.json"))).isEqualTo("r1");
  }

  @Test
  void recoverKeepsANewOutputPublishedJustBeforeACrashAndDropsTheOldOne() throws IOException {
    publishManifest("r1");
    Files.move(tmp.resolve("out"), tmp.resolve("out.previous-r2"));
    Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out/_manifest.json"), "r2");
    publisher("r3").recover();
    assertThat(names()).isEqualTo("out");
    assertThat(Files.readString(tmp.resolve("out/_manifest.json"))).isEqualTo("r2");
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
}
