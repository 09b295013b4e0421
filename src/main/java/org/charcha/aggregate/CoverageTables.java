package org.charcha.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Derives the published tables from the extracted articles with Spark SQL: per-article rows, per
 * article-and-entity counts, one row per mention for auditing, and the daily coverage summaries.
 * Every table is documented in docs/OUTPUTS.md; the order here is the order written.
 */
public final class CoverageTables {
  /** Every table a run publishes, in the order of the manifest's row counts. */
  public static final java.util.List<String> PUBLISHED = java.util.List.of("articles", "leader_mentions", "mentions",
      "party_mentions", "seat_claims", "coverage_daily", "party_coverage_daily", "rejected");

  /**
   * Tables partitioned by month (yyyy-MM, or "undated") for readers that filter by time, and so that
   * the nightly job can rewrite just the months a delivery touched (docs/OPERATIONS.md).
   */
  public static final java.util.Set<String> MONTH_PARTITIONED = java.util.Set.of("articles", "leader_mentions",
      "mentions", "party_mentions", "seat_claims", "coverage_daily", "party_coverage_daily");

  /**
   * Tables whose every row comes from one article alone (the per-article counts arrive with it from
   * extraction), so that each can be written from rows spread by month as they lie, with no shuffle.
   */
  public static final java.util.Set<String> PER_ARTICLE = java.util.Set.of("articles", "leader_mentions", "mentions",
      "party_mentions", "seat_claims");

  /**
   * String columns whose every value is new: an article's id and url, a mention's keyword in
   * context. Parquet tries a dictionary on every column and drops it at the end of a column chunk
   * when it does not pay; a month's file holds one chunk, so for these columns the whole chunk was
   * encoded twice. Writing them plain from the start gives the same files about 15-20% faster for
   * mentions and 5-15% for articles (docs/PERFORMANCE.md). Columns that may repeat (titles of
   * syndicated stories, a mention's article id) keep Parquet's own choice.
   */
  private static final Map<String, java.util.List<String>> DISTINCT_STRINGS = Map.of(
      "articles", java.util.List.of("id", "url"), "mentions", java.util.List.of("context"));

  /** The month partition of articles without a usable date. */
  public static final String UNDATED = "undated";

  /**
   * The summaries group and join on the month as well as the day: it adds nothing to a group (the
   * month follows from the date), but rows already spread over tasks by month (the read cache) then
   * need no shuffle to be grouped, joined or written by month.
   */
  private static final scala.collection.immutable.Seq<String> DAY_SOURCE_MONTH =
      scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of("date", "source", "month")).toList();

  private CoverageTables() {}

  /** Every table, in the order written: the per-article tables, the daily summaries, rejected. */
  public static Map<String, Dataset<Row>> build(Dataset<Row> extracted, Dataset<Row> rejected) {
    Map<String, Dataset<Row>> tables = perArticle(extracted);
    tables.putAll(dailySummaries(tables.get("articles"), tables.get("leader_mentions"), tables.get("party_mentions")));
    tables.put("rejected", rejected);
    return tables;
  }

  /** The {@link #PER_ARTICLE} tables from the extracted articles with their {@link #month()}. */
  private static Map<String, Dataset<Row>> perArticle(Dataset<Row> extracted) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("articles", articles(extracted));
    tables.put("leader_mentions", leaderMentions(extracted));
    tables.put("mentions", mentions(extracted));
    tables.put("party_mentions", partyMentions(extracted));
    tables.put("seat_claims", seatClaims(extracted));
    return tables;
  }

  /**
   * coverage_daily and party_coverage_daily from per-article rows ({@code articles} needs only
   * date, source and month), so the nightly job can recompute the days it touched from the tables.
   */
  public static Map<String, Dataset<Row>> dailySummaries(Dataset<Row> articles, Dataset<Row> leaderMentions,
      Dataset<Row> partyMentions) {
    Dataset<Row> sourceDay = sourceDay(articles);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("coverage_daily", coverageDaily(sourceDay, leaderMentions));
    tables.put("party_coverage_daily", partyCoverageDaily(sourceDay, partyMentions));
    return tables;
  }

  /** The Parquet writer options of a published table, for every write of it (run, nightly, replacement). */
  public static Map<String, String> parquetOptions(String table) {
    Map<String, String> options = new LinkedHashMap<>();
    DISTINCT_STRINGS.getOrDefault(table, java.util.List.of())
        .forEach(column -> options.put("parquet.enable.dictionary#" + column, "false"));
    return options;
  }

  /** The month partition of a row with a {@code date} column: yyyy-MM, or {@link #UNDATED}. */
  public static Column month() {
    return when(col("date").isNull(), lit(UNDATED)).otherwise(date_format(col("date"), "yyyy-MM"));
  }

  private static Dataset<Row> articles(Dataset<Row> extracted) {
    return extracted.select(
        col("id"), col("source"), col("date"), col("date_status"), col("title"), col("url"), col("category"),
        col("chars"), col("state"), size(col("leaders")).alias("leaders"), size(col("parties")).alias("parties"),
        size(col("seats")).alias("seat_claims"), col("name_mentions"), col("role_mentions"), col("party_mentions"),
        col("file"), col("line"), col("month"));
  }

  private static Dataset<Row> mentions(Dataset<Row> extracted) {
    return extracted
        .select(col("id").alias("article_id"), col("date"), col("source"), col("month"), explode(col("mentions")).alias("m"))
        .select(col("article_id"), col("date"), col("source"), col("m.type").alias("type"), col("m.key").alias("key"),
            col("m.entity_id").alias("entity_id"), col("m.start").alias("start"), col("m.end").alias("end"),
            col("m.surface").alias("surface"), col("m.context").alias("context"), col("month"));
  }

  /** One row per article and leader, with its name and role mentions in the article. */
  private static Dataset<Row> leaderMentions(Dataset<Row> extracted) {
    return extracted
        .select(col("id").alias("article_id"), col("date"), col("source"), col("month"), explode(col("leaders")).alias("l"))
        .select(col("article_id"), col("date"), col("source"), col("l.leader_id").alias("leader_id"),
            col("l.leader").alias("leader"), col("l.name_count").alias("name_count"),
            col("l.role_count").alias("role_count"), col("month"));
  }

  /** One row per article and party, with its mentions in the article. */
  private static Dataset<Row> partyMentions(Dataset<Row> extracted) {
    return extracted
        .select(col("id").alias("article_id"), col("date"), col("source"), col("month"), explode(col("parties")).alias("p"))
        .select(col("article_id"), col("date"), col("source"), col("p.party").alias("party"), col("p.count").alias("count"),
            col("month"));
  }

  private static Dataset<Row> seatClaims(Dataset<Row> extracted) {
    return extracted
        .select(col("id").alias("article_id"), col("date"), col("source"), col("month"), explode(col("seats")).alias("s"))
        .select(col("article_id"), col("date"), col("source"), col("s.party").alias("party"), col("s.seats").alias("seats"),
            col("s.seats_max").alias("seats_max"), col("s.kind").alias("kind"), col("s.election").alias("election"),
            col("s.quote").alias("quote"), col("s.start").alias("start"), col("s.end").alias("end"), col("month"));
  }

  /**
   * Dated articles per day and source, the denominator of every share. Small (days times sources),
   * so it is broadcast to the summaries' tasks and joined where their rows already are.
   */
  private static Dataset<Row> sourceDay(Dataset<Row> articles) {
    return broadcast(articles.filter(col("date").isNotNull())
        .groupBy(col("date"), col("source"), col("month"))
        .agg(count(lit(1)).alias("source_articles")));
  }

  /**
   * leader_mentions holds one row per article and leader (the knowledge base keeps leader ids
   * unique), so counting rows counts articles without a distinct aggregation; the same holds for
   * party_mentions below. The leader's name is grouped on with its id (the knowledge base gives an
   * id one name) rather than taken as first(leader): a string in the aggregation buffer would turn
   * Spark's hash aggregation into a sort of every row.
   */
  private static Dataset<Row> coverageDaily(Dataset<Row> sourceDay, Dataset<Row> leaderMentions) {
    return leaderMentions.filter(col("date").isNotNull())
        .groupBy(col("date"), col("source"), col("leader_id"), col("leader"), col("month"))
        .agg(count(lit(1)).alias("articles"),
            sum(col("name_count")).alias("name_mentions"), sum(col("role_count")).alias("role_mentions"))
        .join(sourceDay, DAY_SOURCE_MONTH)
        .select(col("date"), col("source"), publishedAsNullable("leader_id"), publishedAsNullable("leader"), col("articles"),
            col("name_mentions"), col("role_mentions"), col("source_articles"),
            col("articles").divide(col("source_articles")).alias("share"), col("month"));
  }

  private static Dataset<Row> partyCoverageDaily(Dataset<Row> sourceDay, Dataset<Row> partyMentions) {
    return partyMentions.filter(col("date").isNotNull())
        .groupBy(col("date"), col("source"), col("party"), col("month"))
        .agg(count(lit(1)).alias("articles"), sum(col("count")).alias("mentions"))
        .join(sourceDay, DAY_SOURCE_MONTH)
        .select(col("date"), col("source"), publishedAsNullable("party"), col("articles"), col("mentions"),
            col("source_articles"), col("articles").divide(col("source_articles")).alias("share"), col("month"));
  }

  /**
   * {@code key} declared nullable, as the summaries' keys have always been published (they were
   * first computed from tables read back from Parquet, where every column is nullable, and the
   * nightly job still computes them that way). Spark has no public way to widen nullability and
   * folds away any test it can prove true, so the key is guarded by one it cannot: every group has
   * at least one article.
   */
  private static Column publishedAsNullable(String key) {
    return when(col("articles").gt(0), col(key)).alias(key);
  }
}
