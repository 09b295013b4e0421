package org.charcha.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
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

  private static LedgerEntry entry(String path) {
    return new LedgerEntry(path, 10, 1, "sha", List.of("2025-07-01"), 1, 1, 0, 0, "r1", "kb1");
  }
}
