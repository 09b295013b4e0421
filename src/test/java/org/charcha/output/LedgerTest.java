package org.charcha.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
  @TempDir
  Path tmp;

  /**
   * A nightly run writes its ledger last; stopped at any point of that write (on a store that
   * copies to rename, as S3 does), the next run must find the old ledger or the new one, never none:
   * with none it would take the output for one written by {@code run} and refuse it.
   */
  @Test
  void aWriteStoppedAtAnyPointLeavesTheOldOrTheNewLedgerWhole() {
    Configuration store = ObjectStoreLikeFileSystem.stoppingAfter(Integer.MAX_VALUE);
    int budget = 0;
    boolean finished = false;
    while (!finished) {
      String output = tmp.resolve("out-" + budget).toString();
      Ledger first = Ledger.read(output, store);
      first.put(entry("a.jsonl"));
      first.write(output, store);
      Ledger second = Ledger.read(output, store);
      second.put(entry("b.jsonl"));
      try {
        second.write(output, ObjectStoreLikeFileSystem.stoppingAfter(budget));
        finished = true;
      } catch (UncheckedIOException stopped) {
        assertThat(stopped).hasMessageStartingWith("cannot write the ledger");
      }

      List<String> read = Ledger.read(output, store).entries().stream().map(LedgerEntry::path).toList();

      assertThat(read).as("the ledger after %d operations", budget)
          .isIn(List.of("a.jsonl"), List.of("a.jsonl", "b.jsonl"));
      if (finished) {
        assertThat(read).containsExactly("a.jsonl", "b.jsonl");
      }
      budget++;
    }
    assertThat(budget).as("object operations of one ledger write").isGreaterThan(3);
  }

  /**
   * The first ledger of an output, its write stopped while the next file was half written (local
   * disk and HDFS show a file as it is written): no night has been recorded yet, so the ledger is
   * empty, as it was before that write, and the night is redone.
   */
  @Test
  void aFirstLedgerCutShortIsNoLedgerYet() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("first").resolve(Ledger.FOLDER));
    Files.writeString(folder.resolve("processed.json.next"), "{\"files\":[{\"path\":\"a.js");

    Ledger read = Ledger.read(tmp.resolve("first").toString(), new Configuration());

    assertThat(read.isEmpty()).isTrue();
    assertThat(read.runs()).isEmpty();
  }

  /** A ledger cut short in place is not taken for an empty one: the run stops and says so. */
  @Test
  void aLedgerCutShortInPlaceStopsTheRun() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("broken").resolve(Ledger.FOLDER));
    Files.writeString(folder.resolve("processed.json"), "{\"files\":[{\"path\":\"a.js");

    assertThatThrownBy(() -> Ledger.read(tmp.resolve("broken").toString(), new Configuration()))
        .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("cannot read the ledger ")
        .hasMessageEndingWith("; restore it from a backup or start a new --output");
  }

  private static LedgerEntry entry(String path) {
    return new LedgerEntry(path, 10, 1, "sha", List.of("2025-07-01"), 1, 1, 0, 0, "r1", "kb1");
  }
}
