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
   * One input line after reading and extraction in a single pass: an article with what was found in
   * it, or a rejection with {@code reason} and {@code snippet} set. The text itself is not kept, so
   * the rows that are cached and shuffled stay narrow.
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
      createStructField("reason", StringType, true),
      createStructField("snippet", StringType, true)));

  /** The columns of a processed article, as the tables read them. */
  static final String[] EXTRACTED_COLUMNS = {"file", "line", "id", "source", "url", "date", "date_status", "title",
      "category", "chars", "state", "mentions", "seats"};

  /** Join keys as Spark's Scala API takes them. */
  static scala.collection.immutable.Seq<String> columns(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
