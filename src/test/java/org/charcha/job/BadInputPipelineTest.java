package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.charcha.ingest.FilePart;
import org.charcha.ingest.InputFile;
import org.charcha.ingest.InputResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pipeline run over a folder holding every bad-input fixture (src/test/resources/bad-input plus
 * generated bad bytes and a cut gzip), then a second run over the same folder into the same output:
 * the outcomes of docs/ROBUSTNESS.md end to end, the per-file accounting, and determinism.
 */
class BadInputPipelineTest {
  static final Path FIXTURES = Path.of(System.getProperty("charcha.home", ".")).resolve("src/test/resources/bad-input");
  static final String HTML_TEXT = "<p>प्रधानमंत्री <b>नरेंद्र मोदी</b> ने &quot;भाजपा&quot; की बैठक ली।</p>&nbsp;<br/>";
  static final String MIXED_TEXT = "PM Narendra Modi (नरेंद्र मोदी) ने BJP और Congress पर बात की, #भाजपा 2024।";

  @TempDir
  static Path tmp;
  static Path in;
  static Path output;
  static SparkSession spark;
  static PipelineResult first;
  static PipelineResult second;
  static Map<String, List<String>> firstRows;
  static Map<String, List<String>> secondRows;
  static JsonNode firstManifest;
  static JsonNode secondManifest;

  @BeforeAll
  static void runTwice() throws IOException {
    in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> fixtures = Files.list(FIXTURES)) {
      for (Path fixture : fixtures.toList()) {
        Files.copy(fixture, in.resolve(fixture.getFileName()));
      }
    }
    writeInvalidUtf8(in.resolve("invalid-utf8.jsonl"));
    writeCutGzip(in.resolve("cut.jsonl.gz"));
    output = tmp.resolve("out");
    spark = LocalSpark.get();
    first = run(output);
    firstRows = allRows(output);
    firstManifest = PublishedTables.manifest(output);
    second = run(output);
    secondRows = allRows(output);
    secondManifest = PublishedTables.manifest(output);
  }

  static PipelineResult run(Path out) {
    PipelineOptions options = PipelineOptions.builder().inputs(List.of(in.toString())).output(out.toString())
        .kbDir(MiniKb.dir().toString()).latestDate(LocalDate.of(2026, 1, 1)).build();
    return new PipelineJob(spark, options, step -> { }).execute();
  }

  static void writeInvalidUtf8(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"id\":\"v1\",\"published\":\"2025-07-20\",\"text\":\"भाजपा ने कहा।\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'v', '2', (byte) 0xC3, '(', '"', '}', '\n'});
    bytes.write("{\"id\":\"v3\",\"text\":\"कांग्रेस ने कहा।\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
  }

  static void writeCutGzip(Path file) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(whole)) {
      for (int i = 1; i <= 3000; i++) {
        gz.write(("{\"id\":\"g" + i + "\",\"published\":\"2025-07-23\",\"text\":\"भाजपा नेता " + i + " ने कहा।\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = whole.toByteArray();
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  static Map<String, List<String>> allRows(Path out) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String table : CoverageTables.PUBLISHED) {
      rows.put(table, spark.read().parquet(out.resolve(table).toString()).collectAsList().stream()
          .map(Row::toString).sorted().toList());
    }
    return rows;
  }

  static String uri(String name) {
    return in.resolve(name).toUri().toString().replace("file:///", "file:/");
  }

  static Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  /** file name -> "read processed rejected skipped", from the manifest. */
  static Map<String, String> countsByFile(JsonNode manifest) {
    Map<String, String> counts = new TreeMap<>();
    for (JsonNode file : manifest.get("inputs")) {
      String path = file.get("path").asText();
      counts.put(path.substring(path.lastIndexOf('/') + 1), file.get("read").asLong() + " " + file.get("processed").asLong()
          + " " + file.get("rejected").asLong() + " " + file.get("skipped").asLong());
    }
    return counts;
  }

  @Test
  void everyFileIsAccountedForInTheManifest() {
    Map<String, String> counts = countsByFile(firstManifest);
    String cut = counts.remove("cut.jsonl.gz");
    assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry("bom.jsonl", "2 2 0 0"),
        Map.entry("broken-json.jsonl", "3 0 3 0"),
        Map.entry("crlf.jsonl", "2 2 0 0"),
        Map.entry("dates.jsonl", "7 7 0 0"),
        Map.entry("duplicate-keys.jsonl", "1 0 1 0"),
        Map.entry("duplicates-a.jsonl", "3 2 1 0"),
        Map.entry("duplicates-b.jsonl", "2 1 1 0"),
        Map.entry("empty.jsonl", "0 0 0 0"),
        Map.entry("extra-fields.jsonl", "1 1 0 0"),
        Map.entry("html.jsonl", "1 1 0 0"),
        Map.entry("invalid-utf8.jsonl", "3 2 1 0"),
        Map.entry("missing-id.jsonl", "3 0 3 0"),
        Map.entry("missing-text.jsonl", "4 0 4 0"),
        Map.entry("mixed-script.jsonl", "1 1 0 0"),
        Map.entry("not-an-object.jsonl", "4 0 4 0"),
        Map.entry("two-records-one-line.jsonl", "1 0 1 0"),
        Map.entry("wrong-types.jsonl", "7 1 6 0"))));
    long[] c = Arrays.stream(cut.split(" ")).mapToLong(Long::parseLong).toArray();
    assertThat(c[2]).as("the cut gzip yields one rejection for where it broke").isEqualTo(1);
    assertThat(c[1]).isPositive().isEqualTo(c[0] - 1);
    for (JsonNode file : firstManifest.get("inputs")) {
      assertThat(file.get("read").asLong()).as(file.get("path").asText())
          .isEqualTo(file.get("processed").asLong() + file.get("rejected").asLong() + file.get("skipped").asLong());
    }
  }

  @Test
  void theTotalsAgreeWithTheTables() {
    long read = 0;
    long processed = 0;
    long rejected = 0;
    for (JsonNode file : firstManifest.get("inputs")) {
      read += file.get("read").asLong();
      processed += file.get("processed").asLong();
      rejected += file.get("rejected").asLong();
    }
    assertThat(firstManifest.at("/totals/read").asLong()).isEqualTo(read).isEqualTo(first.read());
    assertThat(table("articles").count()).isEqualTo(processed).isEqualTo(firstManifest.at("/tables/articles").asLong());
    assertThat(table("rejected").count()).isEqualTo(rejected).isEqualTo(firstManifest.at("/tables/rejected").asLong());
    long byReason = 0;
    for (JsonNode n : firstManifest.get("rejected_by_reason")) {
      byReason += n.asLong();
    }
    assertThat(byReason).isEqualTo(rejected);
  }

  @Test
  void duplicateIdsKeepTheFirstInFileAndLineOrder() {
    assertThat(table("rejected").filter("reason like 'duplicate id%'").selectExpr("file", "line", "reason", "snippet")
        .collectAsList().stream().map(Row::toString).sorted().toList()).containsExactly(
        "[" + uri("duplicates-a.jsonl") + ",2,duplicate id 'dup1', first seen at " + uri("duplicates-a.jsonl") + ":1,dup1]",
        "[" + uri("duplicates-b.jsonl") + ",1,duplicate id 'dup2', first seen at " + uri("duplicates-a.jsonl") + ":3,dup2]");
    assertThat(table("articles").filter("id like 'dup%'").selectExpr("id", "cast(date as string)", "file", "line")
        .collectAsList().stream().map(Row::toString).sorted().toList()).containsExactly(
        "[dup1,2025-07-20," + uri("duplicates-a.jsonl") + ",1]",
        "[dup2,2025-07-20," + uri("duplicates-a.jsonl") + ",3]",
        "[dup3,2025-07-22," + uri("duplicates-b.jsonl") + ",2]");
  }

  @Test
  void impossibleDatesAreKeptUndatedWithTheirStatus() {
    assertThat(table("articles").filter("id like 'd_'").selectExpr("id", "cast(date as string)", "date_status", "month")
        .collectAsList().stream().map(Row::toString).sorted().toList()).containsExactly(
        "[d1,null,unparseable,undated]",
        "[d2,null,out_of_range,undated]",
        "[d3,null,out_of_range,undated]",
        "[d4,null,unparseable,undated]",
        "[d5,null,unparseable,undated]",
        "[d6,null,missing,undated]",
        "[d7,2025-07-20,ok,2025-07]");
  }

  @Test
  void htmlAndMixedScriptMentionsPointIntoTheTextAsGiven() {
    Map<String, String> texts = Map.of("h1", HTML_TEXT, "mx1", MIXED_TEXT);
    List<Row> mentions = table("mentions").filter("article_id in ('h1', 'mx1')")
        .selectExpr("article_id", "type", "key", "start", "end", "surface").collectAsList();
    for (Row m : mentions) {
      assertThat(texts.get(m.getString(0)).substring(m.getInt(3), m.getInt(4))).isEqualTo(m.getString(5));
    }
    assertThat(mentions.stream().map(m -> m.getString(0) + " " + m.getString(1) + " " + m.getString(5)).sorted())
        .contains("h1 name नरेंद्र मोदी", "h1 party भाजपा", "mx1 name नरेंद्र मोदी", "mx1 party BJP", "mx1 party Congress",
            "mx1 party भाजपा");
  }

  @Test
  void twoRunsOverTheSameInputWriteTheSameRows() {
    assertThat(secondRows.keySet()).containsExactlyElementsOf(CoverageTables.PUBLISHED);
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(secondRows.get(table)).as(table).isEqualTo(firstRows.get(table));
    }
    assertThat(firstRows.get("articles")).hasSize((int) first.processed());
    assertThat(withoutRunFields(secondManifest)).isEqualTo(withoutRunFields(firstManifest));
    assertThat(firstManifest.get("run_id")).isNotEqualTo(secondManifest.get("run_id"));
  }

  /**
   * Read in parts of 64 bytes ({@link ReadTasks}), the plain files give the same tables as read
   * whole, line numbers and per-file counts included: the parts' edges fall inside lines, on
   * newlines, inside multi-byte chars and among bad bytes.
   */
  @Test
  void readingPlainFilesInSmallPartsWritesTheSameRows(@TempDir Path partsRun) throws IOException {
    Map<String, String> smallParts = Map.of(ReadTasks.MAX_PART_BYTES, "64b");
    List<InputFile> files = new InputResolver(spark.sparkContext().hadoopConfiguration()).resolve(List.of(in.toString()));
    List<FilePart> parts = SparkSessions.withSettings(spark, smallParts, () -> LocalSpark.readTasks(files).collectAsList());
    assertThat(parts.stream().filter(part -> part.start() > 0).map(FilePart::path).distinct().count()).isGreaterThan(5);

    Path out = partsRun.resolve("out");
    SparkSessions.withSettings(spark, smallParts, () -> run(out));

    assertThat(allRows(out)).isEqualTo(firstRows);
    JsonNode manifest = PublishedTables.manifest(out);
    for (String field : List.of("inputs", "totals", "tables", "rejected_by_reason")) {
      assertThat(manifest.get(field)).as(field).isEqualTo(firstManifest.get(field));
    }
  }

  @Test
  void theSecondRunReplacedTheFirstAndLeftNoStagingBehind() throws IOException {
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).sorted()).containsExactly("in", "out");
    }
    assertThat(second.read()).isEqualTo(first.read());
  }

  @Test
  void anInputThatNamesNothingFailsBeforeAnyOutputWork() {
    Path missing = tmp.resolve("nowhere/*.jsonl");
    Path freshOutput = tmp.resolve("never-made/out");
    PipelineOptions options = MiniKb.options(missing.toString(), freshOutput.toString());
    assertThatThrownBy(() -> new PipelineJob(spark, options, step -> { }).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--input " + missing + " does not exist");
    assertThat(freshOutput.getParent()).doesNotExist();
  }

  private static JsonNode withoutRunFields(JsonNode manifest) {
    ObjectNode copy = manifest.deepCopy();
    copy.remove(List.of("run_id", "started", "finished", "timings_ms"));
    return copy;
  }
}
