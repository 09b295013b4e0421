package org.charcha.job;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The row shapes between the job's stages; the output tables are documented in docs/OUTPUTS.md. */
final class Schemas {
  private Schemas() {}

  static final StructType MENTION = createStructType(List.of(
      createStructField("type", StringType, false),
      createStructField("key", StringType, false),
      createStructField("entity_id", StringType, false),
      createStructField("start", IntegerType, false),
      createStructField("end", IntegerType, false),
      createStructField("surface", StringType, false),
      createStructField("context", StringType, false)));

  static final StructType SEAT = createStructType(List.of(
      createStructField("party", StringType, false),
      createStructField("seats", IntegerType, false),
      createStructField("seats_max", IntegerType, true),
      createStructField("kind", StringType, false),
      createStructField("election", StringType, false),
      createStructField("quote", StringType, false),
      createStructField("start", IntegerType, false),
      createStructField("end", IntegerType, false)));

  /**
   * One leader in one article: how often named, how often referred to by office alone. The counts
   * are nullable, as leader_mentions has always published them (docs/OUTPUTS.md).
   */
  static final StructType LEADER_COUNTS = createStructType(List.of(
      createStructField("leader_id", StringType, false),
      createStructField("leader", StringType, false),
      createStructField("name_count", IntegerType, true),
      createStructField("role_count", IntegerType, true)));

  /** One party in one article and its mentions there. */
  static final StructType PARTY_COUNTS = createStructType(List.of(
      createStructField("party", StringType, false),
      createStructField("count", IntegerType, false)));

  /**
   * One input line after reading and extraction in a single pass: an article with what was found in
   * it (its mentions and seat claims, and the per-article counts of spec section 4 that the tables
   * need, counted here in Java rather than per row in Spark), or a rejection with {@code reason}
   * and {@code snippet} set. The text itself is not kept, so the rows that are cached and shuffled
   * stay narrow.
   */
  static final StructType READ = createStructType(List.of(
      createStructField("file", StringType, false),
      createStructField("line", LongType, false),
      createStructField("id", StringType, true),
      createStructField("source", StringType, true),
      createStructField("url", StringType, true),
      createStructField("date", DateType, true),
      createStructField("date_status", StringType, true),
      createStructField("title", StringType, true),
      createStructField("category", StringType, true),
      createStructField("chars", IntegerType, true),
      createStructField("state", StringType, true),
      createStructField("mentions", createArrayType(MENTION, false), true),
      createStructField("seats", createArrayType(SEAT, false), true),
      createStructField("leaders", createArrayType(LEADER_COUNTS, false), true),
      createStructField("parties", createArrayType(PARTY_COUNTS, false), true),
      createStructField("name_mentions", IntegerType, true),
      createStructField("role_mentions", IntegerType, true),
      createStructField("party_mentions", IntegerType, true),
      createStructField("reason", StringType, true),
      createStructField("snippet", StringType, true)));

  /** The columns of a processed article, as the tables read them. */
  static final String[] EXTRACTED_COLUMNS = {"file", "line", "id", "source", "url", "date", "date_status", "title",
      "category", "chars", "state", "mentions", "seats", "leaders", "parties", "name_mentions", "role_mentions",
      "party_mentions", "month"};

  /** Join keys as Spark's Scala API takes them. */
  static scala.collection.immutable.Seq<String> columns(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
