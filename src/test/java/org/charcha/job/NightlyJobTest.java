package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charcha.job.PublishedTables.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.column.Encoding;
import org.apache.spark.sql.SparkSession;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance test of issue 7: three days (31 July to 2 August, across a month boundary) delivered
 * in two nights give exactly the rows of one full run over the three days. The second delivery has
 * a late file for day 1 that re-delivers an id of a day-1 file and, sorting first, takes that id
 * over (so the day-1 file must be read again), a corrected day-1 file (an article changed, one
 * dropped, one added), an id the correction freed used again on day 3, undated and broken lines.
 */
class NightlyJobTest {
  @TempDir
  static Path tmp;
  static Path in;
  static Path nightly;
  static Path full;
  static SparkSession spark;
  static NightlyResult first;
  static NightlyResult second;
  static NightlyResult third;
  static Map<String, String> filesAfterSecond;
  static Map<String, String> filesAfterThird;
  static List<String> secondJobs;
  static Set<Integer> cachedBeforeSecond;
  static Set<Integer> cachedAfterSecond;

  @BeforeAll
  static void deliverTwiceThenRunOnce() throws Exception {
    spark = LocalSpark.get();
    in = tmp.resolve("in");
    nightly = tmp.resolve("nightly");
    full = tmp.resolve("full");
    write("a/2025-07-31.jsonl",
        record("a1", "Naidunia (Jagran) - Indore RSS", "2025-07-31", "मोहन यादव इंदौर पहुंचे। मुख्यमंत्री ने भाजपा की बैठक ली।"),
        record("a2", "Amar Ujala", "2025-07-31", "प्रधानमंत्री नरेंद्र मोदी ने कांग्रेस पर निशाना साधा।"),
        "{\"id\": \"broken\", \"text\": ");
    write("b/2025-07-31.jsonl",
        record("b1", "Dainik Bhaskar", "2025-07-31", "राहुल गांधी ने भाजपा सरकार पर हमला किया।"),
        record("b2", "Dainik Bhaskar", "2025-07-31", "नरेंद्र मोदी वाराणसी पहुंचे।"),
        record("b3", "Dainik Bhaskar", "2025-07-31", "भाजपा ने विधानसभा चुनाव में 163 सीटें जीतीं।"));
    first = nightly(LocalDate.of(2025, 7, 31));

    write("a/2025-07-31-late.jsonl",
        record("a2", "Amar Ujala", "2025-07-31", "राहुल गांधी ने कांग्रेस कार्यकर्ताओं से बात की।"),
        record("late1", "Amar Ujala", "2025-07-31", "आम आदमी पार्टी ने प्रदर्शन किया।"));
    write("b/2025-07-31.jsonl",
        record("b1", "Dainik Bhaskar", "2025-07-31", "नरेंद्र मोदी ने भाजपा सरकार की योजनाएं गिनाईं। मोदी ने कहा।"),
        record("b3", "Dainik Bhaskar", "2025-07-31", "भाजपा ने विधानसभा चुनाव में 163 सीटें जीतीं।"),
        record("b4", "Dainik Bhaskar", "2025-07-31", "कांग्रेस ने 66 सीटें जीतीं।"));
    write("a/2025-08-01.jsonl",
        record("c1", "Amar Ujala", "2025-08-01", "प्रधानमंत्री मोदी ने भाजपा सांसदों से मुलाकात की।"),
        "{\"id\":\"c2\",\"source\":\"BBC Hindi\",\"published\":null,\"text\":\"राहुल गांधी ने कहा।\"}",
        "{\"source\":\"Amar Ujala\",\"text\":\"कुछ\"}",
        record("c3", "Naidunia (Jagran) - Indore RSS", "2025-08-01", "मोहन यादव ने कहा कि भाजपा 29 सीटें जीतेगी।"));
    writeGzip("a/2025-08-02.jsonl.gz",
        record("d1", "Naidunia (Jagran) - Indore RSS", "2025-08-02", "मुख्यमंत्री मोहन यादव ने कांग्रेस की आलोचना की।"),
        record("b2", "Amar Ujala", "2025-08-02", "नरेंद्र मोदी और राहुल गांधी संसद में।"));
    cachedBeforeSecond = LocalSpark.cachedRdds();
    secondJobs = JobDescriptions.during(spark, () -> second = nightly(LocalDate.of(2025, 8, 2)));
    cachedAfterSecond = LocalSpark.cachedRdds();
    filesAfterSecond = listing(nightly);
    third = nightly(LocalDate.of(2025, 8, 3));
    filesAfterThird = listing(nightly);

    new PipelineJob(spark, MiniKb.options(in.toString(), full.toString()), step -> { }).execute();
  }

  @Test
  void everySparkJobOfANightNamesItsStep() {
    assertThat(secondJobs).isNotEmpty().allMatch(d -> d.startsWith("Charcha"));
    assertThat(secondJobs).contains("Charcha nightly: earlier files sharing ids with the delivery",
        "Charcha nightly: months to rewrite", "Charcha nightly: publication dates per file");
  }

  /** The second night reads two inputs, the delivery and the earlier file it shares an id with. */
  @Test
  void aNightDropsEveryCacheItMade() {
    assertThat(second.rereadFiles()).isNotEmpty();
    assertThat(cachedAfterSecond).isEqualTo(cachedBeforeSecond);
  }

  static NightlyResult nightly(LocalDate date) {
    PipelineOptions options = MiniKb.options(in.toString(), nightly.toString());
    return new NightlyJob(spark, options, date, step -> { }).execute();
  }

  static String record(String id, String source, String date, String text) {
    return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"published\":\"" + date + "\",\"text\":\"" + text + "\"}";
  }

  static void write(String name, String... lines) throws IOException {
    Path file = in.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  static void writeGzip(String name, String... lines) throws IOException {
    Path file = in.resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
      gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Every file under the output with its size and modification time: what "nothing changed" means. */
  static Map<String, String> listing(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return files;
  }

  /**
   * A mention's context and an article's id and url are written plain, both by a run and by the
   * nights that rewrite their months; the other string columns keep Parquet's dictionary, which
   * these tiny tables always take.
   */
  @Test
  void columnsOfDistinctStringsAreWrittenWithoutADictionary() throws IOException {
    for (Path output : List.of(full, nightly)) {
      Map<String, Set<Encoding>> articles = PublishedTables.encodings(output, "articles");
      Map<String, Set<Encoding>> mentions = PublishedTables.encodings(output, "mentions");
      assertThat(articles.get("id")).as(output + " articles.id").noneMatch(Encoding::usesDictionary);
      assertThat(articles.get("url")).as(output + " articles.url").noneMatch(Encoding::usesDictionary);
      assertThat(mentions.get("context")).as(output + " mentions.context").noneMatch(Encoding::usesDictionary);
      assertThat(articles.get("source")).as(output + " articles.source").anyMatch(Encoding::usesDictionary);
      assertThat(mentions.get("article_id")).as(output + " mentions.article_id").anyMatch(Encoding::usesDictionary);
    }
  }

  @Test
  void twoNightsGiveExactlyTheRowsOfOneFullRun() {
    for (String table : CoverageTables.PUBLISHED) {
      assertThat(rows(nightly, table)).as(table).isNotEmpty().containsExactlyElementsOf(rows(full, table));
    }
  }

  @Test
  void theSecondNightFindsNewAndChangedFilesAndRereadsTheOneWhoseIdMoved() {
    assertThat(first.newFiles()).hasSize(2);
    assertThat(second.newFiles()).extracting(p -> p.substring(p.indexOf("/in/") + 4))
        .containsExactly("a/2025-07-31-late.jsonl", "a/2025-08-01.jsonl", "a/2025-08-02.jsonl.gz");
    assertThat(second.changedFiles()).singleElement().asString().endsWith("/in/b/2025-07-31.jsonl");
    assertThat(second.rereadFiles()).singleElement().asString().endsWith("/in/a/2025-07-31.jsonl");
    assertThat(second.rewrittenMonths()).containsExactly("2025-07", "2025-08", "undated");
  }

  @Test
  void theLateCopyOfA2WinsAndTheCorrectionReplacesB() {
    assertThat(rows(nightly, "articles").stream().filter(r -> r.contains(",a2,") || r.contains(",b2,")
        || r.contains(",b1,"))).hasSize(3);
    assertThat(rows(nightly, "leader_mentions")).anyMatch(r -> r.startsWith("[a2,") && r.contains("Rahul Gandhi"))
        .anyMatch(r -> r.startsWith("[b1,") && r.contains("Narendra Modi"))
        .noneMatch(r -> r.startsWith("[b1,") && r.contains("Rahul Gandhi"));
    assertThat(rows(nightly, "rejected")).anyMatch(r -> r.contains("duplicate id 'a2'") && r.contains("a/2025-07-31.jsonl,"));
  }

  @Test
  void runningAgainChangesNothing() {
    assertThat(third.changedNothing()).isTrue();
    assertThat(filesAfterThird).isEqualTo(filesAfterSecond);
  }

  @Test
  void theManifestAccountsForEveryFileAsTheFullRunDoes() throws IOException {
    JsonNode incremental = PublishedTables.manifest(nightly);
    JsonNode once = PublishedTables.manifest(full);
    for (String field : List.of("inputs", "totals", "tables", "rejected_by_reason")) {
      assertThat(incremental.get(field)).as(field).isEqualTo(once.get(field));
    }
    assertThat(incremental.at("/totals/read").asLong()).isEqualTo(14);
    assertThat(incremental.at("/parameters/mode").asText()).isEqualTo("nightly");
  }

  @Test
  void theLedgerRecordsEachFileWithItsChecksumAndDates() throws IOException {
    JsonNode ledger = new ObjectMapper().readTree(nightly.resolve("_ledger/processed.json").toFile());
    assertThat(ledger.get("files")).hasSize(5);
    JsonNode corrected = null;
    for (JsonNode file : ledger.get("files")) {
      assertThat(file.get("sha256").asText()).hasSize(64);
      if (file.get("path").asText().endsWith("b/2025-07-31.jsonl")) {
        corrected = file;
      }
    }
    assertThat(corrected).isNotNull();
    assertThat(corrected.get("dates")).hasSize(1);
    assertThat(corrected.get("dates").get(0).asText()).isEqualTo("2025-07-31");
    assertThat(corrected.get("run_id").asText()).isEqualTo(second.runId());
    assertThat(ledger.get("runs")).hasSize(2);
  }
}
