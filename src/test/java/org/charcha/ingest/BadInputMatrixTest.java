package org.charcha.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix of docs/ROBUSTNESS.md, one test per case, read the way the job reads
 * (LineReader over a file, RecordParser per line). Text fixtures live in
 * src/test/resources/bad-input; binary ones (bad bytes, a cut gzip, a 20 MB text) are made here.
 */
class BadInputMatrixTest {
  static final Path FIXTURES = Path.of(System.getProperty("charcha.home", ".")).resolve("src/test/resources/bad-input");
  /** Fixed "today" so that the future-date case does not depend on the clock. */
  static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  @TempDir
  Path tmp;

  static List<ParsedLine> read(Path file) throws IOException {
    List<ParsedLine> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(file.toString(), new Configuration(),
        new RecordParser(RecordParser.DEFAULT_MAX_TEXT_CHARS, LATEST))) {
      reader.forEachRemaining(lines::add);
    }
    return lines;
  }

  static List<ParsedLine> fixture(String name) throws IOException {
    return read(FIXTURES.resolve(name));
  }

  static List<String> reasons(List<ParsedLine> lines) {
    return lines.stream().map(l -> l.isOk() ? "ok " + l.article().id() : l.rejection().line() + " " + l.rejection().reason())
        .toList();
  }

  @Test
  void brokenJsonIsQuarantinedPerLine() throws IOException {
    List<ParsedLine> lines = fixture("broken-json.jsonl");
    assertThat(lines).hasSize(3).noneMatch(ParsedLine::isOk);
    assertThat(lines).extracting(l -> l.rejection().line()).containsExactly(1L, 2L, 3L);
    assertThat(lines).allSatisfy(l -> assertThat(l.rejection().reason()).startsWith("broken JSON: "));
    assertThat(lines.get(0).rejection().snippet()).isEqualTo("{\"id\":\"bj1\",\"text\":\"कांग्रेस ने कहा\"");
  }

  @Test
  void arraysAndOtherNonObjectLinesAreQuarantined() throws IOException {
    assertThat(reasons(fixture("not-an-object.jsonl"))).containsExactly(
        "1 not a JSON object: each line must be one {...} record",
        "2 not a JSON object: each line must be one {...} record",
        "3 not a JSON object: each line must be one {...} record",
        "4 not a JSON object: each line must be one {...} record");
  }

  @Test
  void twoRecordsOnOneLineAreQuarantinedNotHalfRead() throws IOException {
    List<ParsedLine> lines = fixture("two-records-one-line.jsonl");
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).rejection().reason()).startsWith("broken JSON: Trailing token");
  }

  @Test
  void aRepeatedKeyIsQuarantinedRatherThanKeepingOneValue() throws IOException {
    assertThat(reasons(fixture("duplicate-keys.jsonl"))).singleElement().asString()
        .startsWith("1 broken JSON: Duplicate field 'text'");
  }

  @Test
  void wrongFieldTypesAreQuarantinedNamingTheField() throws IOException {
    assertThat(reasons(fixture("wrong-types.jsonl"))).containsExactly(
        "1 'id' must be a non-empty string or an integer, found object",
        "2 'id' must be a non-empty string or an integer, found boolean",
        "3 'id' must be a non-empty string or an integer, found number",
        "4 'text' must be a string, found number",
        "5 'title' must be a string, found array",
        "6 'source' must be a string, found number",
        "ok 77");
  }

  @Test
  void invalidUtf8SpoilsOnlyItsOwnLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"id\":\"u1\",\"text\":\"भाजपा\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'});
    bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}', '\n'});
    bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}', '\n'});
    bytes.write("{\"id\":\"u5\",\"text\":\"कांग्रेस\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = tmp.resolve("invalid-utf8.jsonl");
    Files.write(file, bytes.toByteArray());
    assertThat(reasons(read(file))).containsExactly("ok u1",
        "2 invalid UTF-8 bytes: the line is not UTF-8 text",
        "3 invalid UTF-8 bytes: the line is not UTF-8 text",
        "4 invalid UTF-8 bytes: the line is not UTF-8 text",
        "ok u5");
  }

  @Test
  void aByteOrderMarkIsDropped() throws IOException {
    List<ParsedLine> lines = fixture("bom.jsonl");
    assertThat(reasons(lines)).containsExactly("ok bom1", "ok bom2");
    assertThat(lines.get(0).article().date()).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void crlfLineEndsAreReadAndBlankLinesAreNotRecords() throws IOException {
    List<ParsedLine> lines = fixture("crlf.jsonl");
    assertThat(reasons(lines)).containsExactly("ok crlf1", "ok crlf2");
    assertThat(lines.get(1).article().line()).isEqualTo(3);
    assertThat(lines.get(1).article().text()).isEqualTo("कांग्रेस ने कहा।");
  }

  @Test
  void aTruncatedGzipKeepsTheLinesBeforeTheCutAndQuarantinesTheRest() throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(whole)) {
      for (int i = 1; i <= 2000; i++) {
        gz.write(("{\"id\":\"g" + i + "\",\"text\":\"भाजपा नेता " + i + " ने कहा।\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = whole.toByteArray();
    Path file = tmp.resolve("cut.jsonl.gz");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    List<ParsedLine> lines = read(file);
    ParsedLine last = lines.get(lines.size() - 1);
    int kept = lines.size() - 1;
    assertThat(kept).isBetween(1, 1999);
    assertThat(lines.subList(0, kept)).allMatch(ParsedLine::isOk);
    assertThat(lines.get(kept - 1).article().id()).isEqualTo("g" + kept);
    assertThat(last.isOk()).isFalse();
    assertThat(last.rejection().line()).isEqualTo(kept + 1);
    assertThat(last.rejection().reason()).startsWith("file truncated or corrupt after line " + kept + " (")
        .endsWith("); the lines before it were read");
  }

  @Test
  void aMissingIdIsQuarantined() throws IOException {
    assertThat(reasons(fixture("missing-id.jsonl"))).containsExactly(
        "1 missing 'id': every record needs an id",
        "2 missing 'id': every record needs an id",
        "3 'id' must be a non-empty string or an integer, found string");
  }

  @Test
  void aMissingOrEmptyTextIsQuarantined() throws IOException {
    assertThat(reasons(fixture("missing-text.jsonl"))).containsExactly(
        "1 missing or empty 'text': nothing to read",
        "2 missing or empty 'text': nothing to read",
        "3 missing or empty 'text': nothing to read",
        "4 missing or empty 'text': nothing to read");
  }

  @Test
  void unusableDatesKeepTheArticleUndatedWithAStatus() throws IOException {
    List<ParsedLine> lines = fixture("dates.jsonl");
    assertThat(lines).allMatch(ParsedLine::isOk);
    assertThat(lines).extracting(l -> l.article().id() + " " + l.article().date() + " " + l.article().dateStatus().label())
        .containsExactly(
            "d1 null unparseable",
            "d2 null out_of_range",
            "d3 null out_of_range",
            "d4 null unparseable",
            "d5 null unparseable",
            "d6 null missing",
            "d7 2025-07-20 ok");
  }

  @Test
  void a20MegabyteTextIsQuarantinedAsTooLarge() throws IOException {
    int chars = 20 * 1024 * 1024;
    Path file = tmp.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\":\"small1\",\"text\":\"भाजपा\"}\n{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "भाजपा ने कहा। ".repeat(1000).getBytes(StandardCharsets.UTF_8);
      int perBlock = "भाजपा ने कहा। ".length() * 1000;
      for (int written = 0; written < chars; written += perBlock) {
        out.write(block);
      }
      out.write("\"}\n{\"id\":\"small2\",\"text\":\"कांग्रेस\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(file)).isGreaterThan(20L * 1024 * 1024);
    List<ParsedLine> lines = read(file);
    assertThat(reasons(lines)).hasSize(3).startsWith("ok small1").endsWith("ok small2");
    assertThat(lines.get(1).rejection().reason()).matches("text too large: \\d+ chars, the limit is 2000000 "
        + "\\(raise it with --max-text-chars\\)");
    assertThat(lines.get(1).rejection().snippet()).startsWith("{\"id\":\"huge\"");
  }

  /** Decision: markup is kept as-is; offsets point into the text as given, tags and all. */
  @Test
  void htmlMarkupAndEntitiesAreProcessedAsGiven() throws IOException {
    List<ParsedLine> lines = fixture("html.jsonl");
    assertThat(lines).singleElement().matches(ParsedLine::isOk);
    assertThat(lines.get(0).article().text())
        .isEqualTo("<p>प्रधानमंत्री <b>नरेंद्र मोदी</b> ने &quot;भाजपा&quot; की बैठक ली।</p>&nbsp;<br/>");
  }

  @Test
  void mixedLatinAndDevanagariIsProcessed() throws IOException {
    List<ParsedLine> lines = fixture("mixed-script.jsonl");
    assertThat(lines).singleElement().matches(ParsedLine::isOk);
    assertThat(lines.get(0).article().text()).startsWith("PM Narendra Modi (नरेंद्र मोदी)");
  }

  @Test
  void unknownExtraFieldsAreIgnored() throws IOException {
    List<ParsedLine> lines = fixture("extra-fields.jsonl");
    assertThat(reasons(lines)).containsExactly("ok ex1");
    assertThat(lines.get(0).article().date()).isEqualTo(LocalDate.of(2025, 7, 20));
  }

  /** Duplicates are resolved by the job across all files (PipelineJob); a single reader keeps them all. */
  @Test
  void duplicateIdsAreLeftForTheJobToResolve() throws IOException {
    assertThat(reasons(fixture("duplicates-a.jsonl"))).containsExactly("ok dup1", "ok dup1", "ok dup2");
  }

  @Test
  void anEmptyFileHasNoRecords() throws IOException {
    assertThat(fixture("empty.jsonl")).isEmpty();
    Path emptyGz = tmp.resolve("empty.jsonl.gz");
    new GZIPOutputStream(Files.newOutputStream(emptyGz)).close();
    assertThat(read(emptyGz)).isEmpty();
  }
}
