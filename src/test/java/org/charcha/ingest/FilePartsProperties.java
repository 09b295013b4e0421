package org.charcha.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/**
 * Reading a plain file in parts, each numbered by the lines {@link LineStarts} counts before it,
 * gives exactly the lines of reading it whole: the same records, rejections and line numbers, in
 * order, wherever the parts' edges fall (inside a line, on a newline, just after one, inside a
 * multi-byte char, in a run of blank lines).
 */
class FilePartsProperties {
  private static final Configuration CONF = new Configuration();
  private static final List<String> LINES = List.of(
      "{\"id\":\"a\",\"source\":\"s\",\"published\":\"2024-05-01\",\"title\":\"t\",\"text\":\"नरेंद्र मोदी ने कहा\"}",
      "{\"id\":\"b\",\"source\":\"s\",\"published\":\"2024-05-02\",\"title\":\"t\",\"text\":\"भाजपा\"}",
      "{\"id\":\"c\",\"source\":\"s\",\"published\":\"2024-05-03\",\"title\":\"t\",\"text\":\"" + "क".repeat(300) + "\"}",
      "", "   ", "\r", "not json", "{\"id\":\"d\"}", "{\"id\":\"e\",\"source\":\"s\",\"text\":\"t\"}");

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(LINES).list().ofMaxSize(25)
        .flatMap(lines -> Arbitraries.of("", "\n").map(last -> String.join("\n", lines) + last));
  }

  @Property(tries = 400)
  void partsReadTogetherAreTheWholeFile(@ForAll("files") String content, @ForAll @IntRange(min = 1, max = 700) int partBytes)
      throws IOException {
    Path file = Files.createTempFile("parts", ".jsonl");
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
      long size = Files.size(file);
      List<ParsedLine> inParts = new ArrayList<>();
      long firstLine = 1;
      for (long start = 0; start < Math.max(size, 1); start += partBytes) {
        long end = start + partBytes >= size ? Long.MAX_VALUE : start + partBytes;
        inParts.addAll(read(new FilePart(file.toString(), start, end, firstLine)));
        firstLine += LineStarts.count(file.toString(), start, end, CONF);
      }

      assertThat(inParts).isEqualTo(read(FilePart.whole(file.toString())));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void linesAreCountedWhereTheyBegin() throws IOException {
    Path file = Files.createTempFile("parts", ".jsonl");
    try {
      Files.writeString(file, "ab\n\ncd\n");
      String path = file.toString();

      assertThat(LineStarts.count(path, 0, 7, CONF)).isEqualTo(3);
      assertThat(LineStarts.count(path, 0, 3, CONF)).isEqualTo(1);
      assertThat(LineStarts.count(path, 3, 4, CONF)).isEqualTo(1);
      assertThat(LineStarts.count(path, 1, 4, CONF)).isEqualTo(1);
      assertThat(LineStarts.count(path, 4, Long.MAX_VALUE, CONF)).isEqualTo(1);
      assertThat(LineStarts.count(path, 5, Long.MAX_VALUE, CONF)).isZero();
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aCompressedFileIsReadOnlyWhole() {
    assertThatThrownBy(() -> new LineReader(new FilePart("corpus.jsonl.gz", 10, 20, 3), CONF, parser()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("corpus.jsonl.gz is compressed and can only be read whole");
  }

  private static List<ParsedLine> read(FilePart part) throws IOException {
    List<ParsedLine> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(part, CONF, parser())) {
      reader.forEachRemaining(lines::add);
    }
    return lines;
  }

  private static RecordParser parser() {
    return new RecordParser(RecordParser.DEFAULT_MAX_TEXT_CHARS, LocalDate.of(2026, 1, 1));
  }
}
