package org.charcha.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that name nothing fail the whole run with the path in the message, before any Spark work. */
class InputResolverTest {
  @TempDir
  Path tmp;

  private final InputResolver resolver = new InputResolver(new Configuration());

  @Test
  void aPathThatDoesNotExistIsNamed() {
    String missing = tmp.resolve("no-such-folder/news.jsonl").toString();
    assertThatThrownBy(() -> resolver.resolve(List.of(missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--input " + missing + " does not exist");
  }

  @Test
  void aGlobMatchingNothingIsNamed() throws IOException {
    Files.writeString(tmp.resolve("a.jsonl"), "{}\n");
    String glob = tmp.resolve("2031-*.jsonl").toString();
    assertThatThrownBy(() -> resolver.resolve(List.of(tmp.resolve("a.jsonl").toString(), glob)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--input " + glob + " does not exist");
  }

  @Test
  void aFolderWithoutJsonlFilesIsNamed() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> resolver.resolve(List.of(tmp.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--input " + tmp + " matches no .jsonl or .jsonl.gz file");
  }

  @Test
  void anEmptyFileIsAnInputWithNoRecords() throws IOException {
    Files.createFile(tmp.resolve("empty.jsonl"));
    assertThat(resolver.resolve(List.of(tmp.toString()))).singleElement()
        .satisfies(f -> assertThat(f.size()).isZero());
  }
}
