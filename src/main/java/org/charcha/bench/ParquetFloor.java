package org.charcha.bench;

import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;

/**
 * The floor for jobs/bench: Spark reads the corpus JSONL and writes the same records to Parquet,
 * nothing else. The full job can be no faster than this, so its time is reported as a ratio to it.
 * The schema is given, as the full job needs no inference pass either.
 *
 * <p>Usage: ParquetFloor INPUT OUTPUT MASTER
 */
public final class ParquetFloor {
  /** The corpus format, as both floors read it. */
  static final StructType CORPUS = new StructType()
      .add("id", StringType).add("source", StringType).add("url", StringType).add("published", StringType)
      .add("title", StringType).add("text", StringType).add("category", StringType);

  private ParquetFloor() {}

  public static void main(String[] args) {
    FloorRun.run("floor", "ParquetFloor INPUT OUTPUT MASTER", args, 2, spark -> {
      spark.read().schema(CORPUS).json(args[0]).write().mode(SaveMode.Overwrite).parquet(args[1]);
      return spark.read().parquet(args[1]).count() + " records to Parquet";
    });
  }
}
