package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charcha.job.PublishedTables.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.charcha.output.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night stopped while it replaces months in the published tables: after the first four tables,
 * with the next table's July gone and Spark's staging folder left in it, as a kill inside Spark's
 * partition overwrite leaves it (the old month deleted, the new one not yet moved in). The next
 * night computes July from the published tables for the file it does not read again
 * ({@code other.jsonl}), so it must first finish that replacement from the stopped night's work
 * folder; it then ends with exactly the rows of one full run.
 */
class StoppedNightTest {
  @TempDir
  Path tmp;
  Path in;
  Path out;

  @BeforeEach
  void folders() {
    in = tmp.resolve("in");
    out = tmp.resolve("nightly");
  }

  @Test
  void theNextNightFinishesTheReplacementAStoppedNightBegan() throws IOException {
    write(in.resolve("day1.jsonl"),
        record("a1", "2025-07-20", "मोहन यादव इंदौर पहुंचे। मुख्यमंत्री ने भाजपा की बैठक ली।"),
        record("a2", "2025-07-21", "भाजपा ने विधानसभा चुनाव में 163 सीटें जीतीं।"),
        "{\"id\": \"broken\", \"text\": ");
    write(in.resolve("other.jsonl"),
        record("o1", "2025-06-10", "कांग्रेस ने 40 सीटें जीतीं।"),
        record("o2", "2025-07-15", "भाजपा ने 37 सीटें जीतीं।"));
    nightly(in, out, LocalDate.of(2025, 7, 21), step -> { });
    write(in.resolve("day2.jsonl"),
        record("a2", "2025-07-22", "राहुल गांधी ने कहा।"),
        record("b1", "2025-07-22", "कांग्रेस ने 66 सीटें जीतीं।"),
        record("c1", "2025-08-01", "नरेंद्र मोदी ने भाजपा की बैठक ली।"));

    stopNightAfter("party_mentions", in, out, LocalDate.of(2025, 8, 1));
    Path july = out.resolve("seat_claims/month=2025-07");
    deleteTree(july);
    Files.createDirectories(out.resolve("seat_claims/.spark-staging-killed/month=2025-07"));
    List<String> steps = new ArrayList<>();
    nightly(in, out, LocalDate.of(2025, 8, 2), steps::add);

    assertTablesEqualOneFullRun(in, out);
    assertThat(rows(out, "seat_claims")).as("the July claim of a file the next night did not read again")
        .anyMatch(row -> row.startsWith("[o2,"));
    assertThat(steps).anyMatch(step -> step.matches(
        "finishing the replacement of \\[2025-07, 2025-08] that work-\\S+ began before it was stopped"));
    assertThat(out.resolve("seat_claims/.spark-staging-killed")).doesNotExist();
    try (Stream<Path> ledger = Files.list(out.resolve(Ledger.FOLDER))) {
      assertThat(ledger.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("work-"));
    }
  }

  /**
   * The first night of an output stopped while it replaced articles, the last table: the output then
   * holds tables but no ledger yet, like an output of `run`, which nightly refuses. Its ledger folder
   * (holding the work folder) tells them apart, and the next night finishes the first.
   */
  @Test
  void aFirstNightStoppedWhileReplacingArticlesIsFinishedNotRefused() throws IOException {
    write(in.resolve("day1.jsonl"),
        record("a1", "2025-07-20", "मोहन यादव इंदौर पहुंचे। मुख्यमंत्री ने भाजपा की बैठक ली।"),
        record("o1", "2025-06-10", "कांग्रेस ने 40 सीटें जीतीं।"));
    stopNightAfter("party_coverage_daily", in, out, LocalDate.of(2025, 7, 21));
    Files.createDirectories(out.resolve("articles/month=2025-06"));

    nightly(in, out, LocalDate.of(2025, 7, 22), step -> { });

    assertTablesEqualOneFullRun(in, out);
  }

  /** A night that dies right after replacing {@code table}, as a killed driver would. */
  private static void stopNightAfter(String table, Path in, Path out, LocalDate date) {
    assertThatThrownBy(() -> nightly(in, out, date, step -> {
      if (step.startsWith("replaced " + table)) {
        throw new IllegalStateException("killed");
      }
    })).hasMessage("killed");
  }

  private void assertTablesEqualOneFullRun(Path in, Path out) {
    Path full = tmp.resolve("full");
    new PipelineJob(LocalSpark.get(), MiniKb.options(in.toString(), full.toString()), step -> { }).execute();
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(rows(out, table)).as(table).containsExactlyElementsOf(rows(full, table));
    }
  }


  private static void nightly(Path in, Path out, LocalDate date, PipelineJob.ProgressListener progress) {
    new NightlyJob(LocalSpark.get(), MiniKb.options(in.toString(), out.toString()), date, progress).execute();
  }

  private static String record(String id, String date, String text) {
    return "{\"id\":\"" + id + "\",\"source\":\"Dainik Bhaskar\",\"published\":\"" + date + "\",\"text\":\"" + text + "\"}";
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
