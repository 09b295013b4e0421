package org.charcha.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.charcha.MiniKb;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.RecordSummary;
import org.charcha.extract.SeatClaim;
import org.charcha.job.LocalSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL functions, called through Spark SQL on local Spark against the mini knowledge base. */
class CharchaFunctionsTest {
  private static final String SEAT_TEXT = "मध्य प्रदेश विधानसभा चुनाव में भाजपा ने 163 सीटें जीतीं, कांग्रेस को 66 सीटें मिलीं।";
  private static SparkSession spark;

  @BeforeAll
  static void register() {
    spark = LocalSpark.get();
    CharchaFunctions.register(spark, MiniKb.dir());
  }

  private static List<Row> rows(String sql) {
    return spark.sql(sql).collectAsList();
  }

  @Test
  void leadersAreCountedByNameAndByOfficeWithTheirIds() {
    List<Row> rows = rows("SELECT l.leader_id, l.leader, l.name_count, l.role_count FROM (SELECT explode("
        + "charcha_leaders('मोहन यादव इंदौर आए। इंदौर में मुख्यमंत्री ने कहा। अखिलेश यादव भी थे।', DATE'2025-07-20')) AS l)");
    String mohanId = MiniKb.get().leader("Mohan Yadav").orElseThrow().id();
    String akhileshId = MiniKb.get().leader("Akhilesh Yadav").orElseThrow().id();
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[" + akhileshId + ",Akhilesh Yadav,1,0]",
        "[" + mohanId + ",Mohan Yadav,1,1]");
  }

  @Test
  void theDateResolvesOfficeTitlesAndMayBeAStringOrNull() {
    String text = "'राजस्थान के मुख्यमंत्री ने कहा।'";
    assertThat(rows("SELECT charcha_leaders(" + text + ", DATE'2019-07-01')[0].leader").get(0).getString(0))
        .isEqualTo("Ashok Gehlot");
    assertThat(rows("SELECT charcha_leaders(" + text + ", '2019-07-01')[0].role_count").get(0).getInt(0)).isEqualTo(1);
    assertThat(rows("SELECT size(charcha_leaders(" + text + ", CAST(NULL AS DATE)))").get(0).getInt(0)).isZero();
  }

  @Test
  void aBadDateStringIsReportedWithItsValue() {
    assertThatThrownBy(() -> rows("SELECT charcha_leaders('मोहन यादव', '20-07-2025')"))
        .hasStackTraceContaining("'20-07-2025'");
  }

  @Test
  void partiesAreCountedPerKey() {
    List<Row> rows = rows("SELECT p.party, p.count FROM (SELECT explode("
        + "charcha_parties('भारतीय जनता पार्टी (भाजपा) और भाजपा नेता मिले, कांग्रेस नहीं आई।')) AS p)");
    assertThat(rows).extracting(Row::toString).containsExactly("[BJP,2]", "[INC,1]");
  }

  @Test
  void seatClaimsCarryTheExtractorsValuesAndAQuoteAtItsOffsets() {
    List<Row> rows = rows("SELECT s.* FROM (SELECT explode(charcha_seats('" + SEAT_TEXT + "', DATE'2023-12-03')) AS s)");
    List<SeatClaim> direct = RecordSummary.of(null,
        new ArticleExtractor(MiniKb.get()).extractText(SEAT_TEXT, LocalDate.of(2023, 12, 3), null)).seats();
    assertThat(rows).extracting(r -> r.getString(0), r -> r.getInt(1)).containsExactly(
        tuple("BJP", 163), tuple("INC", 66));
    assertThat(rows).extracting(r -> new SeatClaim(r.getString(0), r.getInt(1), (Integer) r.get(2), r.getString(3),
        r.getString(4), r.getString(5), r.getInt(6), r.getInt(7))).containsExactlyElementsOf(direct);
    assertThat(rows).allSatisfy(r -> assertThat(SEAT_TEXT.substring(r.getInt(6), r.getInt(7))).isEqualTo(r.getString(5)));
  }

  @Test
  void nullTextGivesNullAndEmptyTextNothing() {
    Row row = rows("SELECT charcha_leaders(NULL, NULL), charcha_parties(NULL), charcha_seats('', NULL)").get(0);
    assertThat(row.isNullAt(0)).isTrue();
    assertThat(row.isNullAt(1)).isTrue();
    assertThat(row.getList(2)).isEmpty();
  }

  @Test
  void theNoArgClassesPySparkRegistersReadTheKnowledgeBaseNamedInTheSparkConf() {
    spark.conf().set(KnowledgeBaseLocation.CONF, MiniKb.dir().toString());
    try {
      // What PySpark's spark.udf.registerJavaFunction calls.
      spark.udf().registerJava("py_leaders", CharchaLeaders.class.getName(), CharchaLeaders.resultType());
      spark.udf().registerJava("py_parties", CharchaParties.class.getName(), CharchaParties.resultType());
      spark.udf().registerJava("py_seats", CharchaSeats.class.getName(), CharchaSeats.resultType());
    } finally {
      spark.conf().unset(KnowledgeBaseLocation.CONF);
    }
    Row row = rows("SELECT py_leaders(t, DATE'2025-07-20')[0].leader, py_parties(t)[0].party, "
        + "size(py_seats('" + SEAT_TEXT + "', NULL)) FROM VALUES ('मुख्यमंत्री मोहन यादव ने भाजपा नेताओं से कहा।') AS v(t)").get(0);
    assertThat(row.getString(0)).isEqualTo("Mohan Yadav");
    assertThat(row.getString(1)).isEqualTo("BJP");
    assertThat(row.getInt(2)).isEqualTo(2);
  }

  @Test
  void theFunctionsRunOnEveryRowOfADataFrame() {
    spark.createDataFrame(List.of(
        RowFactory.create("a", "नरेंद्र मोदी ने कहा कि मोदी सरकार काम करेगी।"),
        RowFactory.create("b", "राहुल गांधी (Rahul Gandhi) ने इस्तीफा दिया।"),
        RowFactory.create("c", "कोई नेता नहीं।")),
        DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false))))
        .repartition(2).createOrReplaceTempView("texts");
    List<Row> rows = rows("SELECT id, l.leader, l.name_count FROM texts "
        + "LATERAL VIEW explode(charcha_leaders(text, DATE'2019-07-01')) AS l ORDER BY id");
    assertThat(rows).extracting(Row::toString).containsExactly("[a,Narendra Modi,2]", "[b,Rahul Gandhi,1]");
  }
}
