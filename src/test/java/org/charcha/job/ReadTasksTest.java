package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.charcha.ingest.FilePart;
import org.charcha.ingest.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the input is dealt out to read tasks: one part each, large plain files in several, largest first. */
class ReadTasksTest {
  @TempDir
  Path tmp;

  @Test
  void everyFileIsReadByATaskOfItsOwnLargestFirst() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 257; i++) {
      files.add(new InputFile("part-%03d.jsonl".formatted(i), 1_000 + (i * 7919L) % 1_000));
    }
    files.add(new InputFile("small-but-gzipped.jsonl.gz", 800));

    List<List<String>> tasks = LocalSpark.readTasks(files)
        .map((MapFunction<FilePart, String>) FilePart::path, Encoders.STRING()).javaRDD().glom().collect();

    assertThat(tasks).hasSize(files.size()).allSatisfy(task -> assertThat(task).hasSize(1));
    assertThat(tasks.get(0)).containsExactly("small-but-gzipped.jsonl.gz");
    assertThat(tasks.stream().map(task -> task.get(0)).distinct()).hasSize(files.size());
    List<Long> sizes = tasks.stream().skip(1)
        .map(task -> files.stream().filter(f -> f.path().equals(task.get(0))).findFirst().orElseThrow().size()).toList();
    assertThat(sizes).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void aLargePlainFileIsCutIntoNumberedPartsAndAGzippedOneIsNot() throws IOException {
    SparkSession spark = LocalSpark.get();
    Path plain = tmp.resolve("a.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      lines.append("{\"id\":\"a").append(i).append("\"}\n");
    }
    Files.writeString(plain, lines);
    Path gzipped = tmp.resolve("b.jsonl.gz");
    Files.write(gzipped, new byte[5000]);
    List<InputFile> files = List.of(new InputFile(plain.toString(), Files.size(plain)),
        new InputFile(gzipped.toString(), Files.size(gzipped)));

    List<FilePart> parts = SparkSessions.withSettings(spark, Map.of(ReadTasks.MAX_PART_BYTES, "500b"),
        () -> LocalSpark.readTasks(files).collectAsList());

    assertThat(parts.get(0)).isEqualTo(FilePart.whole(gzipped.toString()));
    List<FilePart> plainParts = parts.stream().filter(p -> p.path().equals(plain.toString()))
        .sorted(Comparator.comparingLong(FilePart::start)).toList();
    // 100 lines of 11 to 13 bytes: 1,192 bytes in parts of 500, the last to the end of the file
    assertThat(plainParts).extracting(FilePart::start).containsExactly(0L, 500L, 1000L);
    assertThat(plainParts).extracting(FilePart::end).containsExactly(500L, 1000L, Long.MAX_VALUE);
    assertThat(plainParts).extracting(FilePart::firstLine)
        .containsExactly(1L, 1 + linesBegunBefore(lines, 500), 1 + linesBegunBefore(lines, 1000));
  }

  /** Lines begin at 0 and after each newline; the text is ASCII, so chars are bytes. */
  private static long linesBegunBefore(CharSequence text, int offset) {
    return 1 + text.subSequence(0, offset - 1).chars().filter(c -> c == '\n').count();
  }

  @Test
  void aPartSizeOfNothingNamesTheSettingAndTheValue() {
    SparkSession spark = LocalSpark.get();
    List<InputFile> files = List.of(new InputFile("a.jsonl", 10));

    assertThatThrownBy(() -> SparkSessions.withSettings(spark, Map.of(ReadTasks.MAX_PART_BYTES, "0b"),
        () -> LocalSpark.readTasks(files)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.sql.files.maxPartitionBytes is '0b'; give the most bytes");
  }
}
