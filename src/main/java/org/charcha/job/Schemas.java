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

  /** One input line after parsing: a record, or a rejection with {@code reason} set. */
  static final StructType INGESTED = createStructType(List.of(
      createStructField("file", StringType, false),
      createStructField("line", LongType, false),
      createStructField("id", StringType, true),
      createStructField("source", StringType, true),
      createStructField("url", StringType, true),
      createStructField("date", DateType, true),
      createStructField("date_status", StringType, true),
      createStructField("title", StringType, true),
      createStructField("text", StringType, true),
      createStructField("category", StringType, true),
      createStructField("reason", StringType, true),
      createStructField("snippet", StringType, true)));

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

  /** One processed article with everything extracted from it. */
  static final StructType EXTRACTED = createStructType(List.of(
      createStructField("file", StringType, false),
      createStructField("line", LongType, false),
      createStructField("id", StringType, false),
      createStructField("source", StringType, true),
      createStructField("url", StringType, true),
      createStructField("date", DateType, true),
      createStructField("date_status", StringType, false),
      createStructField("title", StringType, true),
      createStructField("category", StringType, true),
      createStructField("chars", IntegerType, false),
      createStructField("state", StringType, true),
      createStructField("mentions", createArrayType(MENTION, false), false),
      createStructField("seats", createArrayType(SEAT, false), false)));
}
