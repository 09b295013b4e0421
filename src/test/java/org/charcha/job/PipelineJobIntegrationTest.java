package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.charcha.MiniKb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on local Spark over a handful of records whose every expected row was worked
 * out by hand from the mini knowledge base: good records, a repeated title, an undated record, a
 * gzip file, and one line each of broken JSON, a missing id, bad UTF-8 and a duplicate id.
 */
class PipelineJobIntegrationTest {
  @TempDir
  static Path tmp;
  static Path first;
  static Path second;
  static Path output;
  static PipelineResult result;
  static SparkSession spark;
  static List<String> jobDescriptions;

  @BeforeAll
  static void run() throws Exception {
    first = tmp.resolve("in/day1.jsonl");
    second = tmp.resolve("in/day2.jsonl.gz");
    Files.createDirectories(first.getParent());
    Files.writeString(first, String.join("\n",
        "{\"id\":\"a1\",\"source\":\"Naidunia (Jagran) - Indore RSS\",\"published\":\"2025-07-20\","
            + "\"title\":\"मोहन यादव इंदौर पहुंचे\",\"text\":\"मोहन यादव इंदौर पहुंचे\\nमुख्यमंत्री ने भाजपा कार्यकर्ताओं से कहा।\"}",
        "{\"id\":\"a2\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-20T10:00:00+05:30\",\"title\":null,"
            + "\"text\":\"प्रधानमंत्री नरेंद्र मोदी ने कांग्रेस पर निशाना साधा। मोदी ने कहा।\"}",
        "{\"id\":\"a3\",\"source\":\"BBC Hindi\",\"published\":null,\"text\":\"राहुल गांधी (Rahul Gandhi) ने कहा कि भाजपा सरकार गिरेगी।\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"source\":\"Amar Ujala\",\"text\":\"कुछ\"}") + "\n");
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.write("{\"id\":\"a1\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-21\",\"text\":\"दोबारा\"}\n".getBytes(StandardCharsets.UTF_8));
    lines.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
    lines.write("{\"id\":\"a4\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-21\",\"text\":\"आप नेता ने कहा।\"}\n".getBytes(StandardCharsets.UTF_8));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(second))) {
      gz.write(lines.toByteArray());
    }
    output = tmp.resolve("out");
    spark = LocalSpark.get();
    PipelineOptions options = MiniKb.options(tmp.resolve("in").toString(), output.toString());
    jobDescriptions = JobDescriptions.during(spark, () -> result = new PipelineJob(spark, options, step -> { }).execute());
  }

  @Test
  void everySparkJobOfARunNamesItsStep() {
    assertThat(jobDescriptions).isNotEmpty().allMatch(d -> d.startsWith("Charcha: "));
    assertThat(jobDescriptions).contains("Charcha: find duplicate ids", "Charcha: write mentions",
        "Charcha: account for every input line", "Charcha: most covered leaders and parties",
        "Charcha: rejected lines by reason");
  }

  private static List<String> rows(String table, String columns) {
    return spark.read().parquet(output.resolve(table).toString()).selectExpr(columns.split(","))
        .collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static String uri(Path file) {
    return file.toUri().toString().replace("file:///", "file:/");
  }

  @Test
  void everyRecordIsAccountedFor() {
    assertThat(result.read()).isEqualTo(8);
    assertThat(result.processed()).isEqualTo(4);
    assertThat(result.rejected()).isEqualTo(4);
    assertThat(result.undated()).isEqualTo(1);
  }

  @Test
  void articles() {
    assertThat(rows("articles", "id,cast(date as string),date_status,chars,state,leaders,parties,seat_claims,"
        + "name_mentions,role_mentions,party_mentions,month")).containsExactly(
        "[a1,2025-07-20,ok,64,IN-MP,1,1,0,1,1,1,2025-07]",
        "[a2,2025-07-20,ok,66,null,1,1,0,2,0,1,2025-07]",
        "[a3,null,missing,56,null,1,1,0,1,0,1,undated]",
        "[a4,2025-07-21,ok,15,null,0,1,0,0,0,1,2025-07]");
  }

  @Test
  void leaderMentions() {
    assertThat(rows("leader_mentions", "article_id,leader_id,leader,name_count,role_count")).containsExactly(
        "[a1,charcha:mohan-yadav,Mohan Yadav,1,1]",
        "[a2,Q1058,Narendra Modi,2,0]",
        "[a3,charcha:rahul-gandhi,Rahul Gandhi,1,0]");
  }

  @Test
  void mentionsCarryOffsetsSurfaceAndContext() {
    assertThat(rows("mentions", "article_id,type,key,entity_id,start,end,surface")).containsExactly(
        "[a1,name,Mohan Yadav,charcha:mohan-yadav,0,9,मोहन यादव]",
        "[a1,party,BJP,BJP,38,43,भाजपा]",
        "[a1,role,Mohan Yadav,charcha:mohan-yadav,23,34,मुख्यमंत्री]",
        "[a2,name,Narendra Modi,Q1058,13,25,नरेंद्र मोदी]",
        "[a2,name,Narendra Modi,Q1058,54,58,मोदी]",
        "[a2,party,INC,INC,29,37,कांग्रेस]",
        "[a3,name,Rahul Gandhi,charcha:rahul-gandhi,0,11,राहुल गांधी]",
        "[a3,party,BJP,BJP,37,42,भाजपा]",
        "[a4,party,AAP,AAP,0,2,आप]");
    assertThat(spark.read().parquet(output.resolve("mentions").toString()).filter("type = 'role'").select("context")
        .first().getString(0)).isEqualTo("मोहन यादव इंदौर पहुंचे मुख्यमंत्री ने भाजपा कार्यकर्ताओं से कहा।");
  }

  @Test
  void partyMentions() {
    assertThat(rows("party_mentions", "article_id,party,count")).containsExactly(
        "[a1,BJP,1]", "[a2,INC,1]", "[a3,BJP,1]", "[a4,AAP,1]");
  }

  @Test
  void seatClaimsAreEmptyWithoutSeatNumbers() {
    assertThat(rows("seat_claims", "article_id")).isEmpty();
  }

  @Test
  void coverageDaily() {
    assertThat(rows("coverage_daily", "cast(date as string),source,leader_id,leader,articles,name_mentions,role_mentions,"
        + "source_articles,share")).containsExactly(
        "[2025-07-20,Amar Ujala,Q1058,Narendra Modi,1,2,0,1,1.0]",
        "[2025-07-20,Naidunia (Jagran) - Indore RSS,charcha:mohan-yadav,Mohan Yadav,1,1,1,1,1.0]");
  }

  @Test
  void partyCoverageDaily() {
    assertThat(rows("party_coverage_daily", "cast(date as string),source,party,articles,mentions,source_articles,share"))
        .containsExactly(
            "[2025-07-20,Amar Ujala,INC,1,1,1,1.0]",
            "[2025-07-20,Naidunia (Jagran) - Indore RSS,BJP,1,1,1,1.0]",
            "[2025-07-21,Amar Ujala,AAP,1,1,1,1.0]");
  }

  @Test
  void rejectedLinesSayWhereAndWhy() {
    List<String> rejected = rows("rejected", "file,line,reason");
    assertThat(rejected).hasSize(4);
    assertThat(rejected.get(0)).startsWith("[" + uri(first) + ",4,broken JSON: ");
    assertThat(rejected.get(1)).isEqualTo("[" + uri(first) + ",5,missing 'id': every record needs an id]");
    assertThat(rejected.get(2)).isEqualTo("[" + uri(second) + ",1,duplicate id 'a1', first seen at " + uri(first) + ":1]");
    assertThat(rejected.get(3)).isEqualTo("[" + uri(second) + ",2,invalid UTF-8 bytes: the line is not UTF-8 text]");
  }

  @Test
  void theManifestBalancesPerFile() throws IOException {
    JsonNode manifest = PublishedTables.manifest(output);
    assertThat(manifest.at("/totals/read").asLong()).isEqualTo(8);
    assertThat(manifest.at("/tables/mentions").asLong()).isEqualTo(9);
    for (JsonNode file : manifest.get("inputs")) {
      assertThat(file.get("read").asLong())
          .isEqualTo(file.get("processed").asLong() + file.get("rejected").asLong() + file.get("skipped").asLong());
    }
    assertThat(manifest.get("inputs")).hasSize(2);
    assertThat(manifest.get("warnings")).as("the tests' JVM compiles huge methods").isEmpty();
  }

  /** Both input files hold July articles, read by separate tasks; each table's July is still one file. */
  @Test
  void eachMonthOfEachTableIsOneFile() throws IOException {
    for (String table : List.of("articles", "leader_mentions", "mentions", "party_mentions", "coverage_daily",
        "party_coverage_daily")) {
      assertThat(PublishedTables.files(output, table, "2025-07")).as(table).isEqualTo(1);
    }
  }

  /** A full run writes the summaries' keys as optional Parquet columns, as the nightly job does. */
  @Test
  void theSummariesKeysAreOptionalColumns() throws IOException {
    assertThat(repetition("coverage_daily", "leader_id")).isEqualTo(Type.Repetition.OPTIONAL);
    assertThat(repetition("coverage_daily", "leader")).isEqualTo(Type.Repetition.OPTIONAL);
    assertThat(repetition("party_coverage_daily", "party")).isEqualTo(Type.Repetition.OPTIONAL);
    assertThat(repetition("leader_mentions", "leader_id")).isEqualTo(Type.Repetition.REQUIRED);
  }

  private static Type.Repetition repetition(String table, String column) throws IOException {
    try (Stream<Path> files = Files.list(output.resolve(table).resolve("month=2025-07"))) {
      Path file = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
          new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
        return reader.getFooter().getFileMetaData().getSchema().getType(column).getRepetition();
      }
    }
  }
}
