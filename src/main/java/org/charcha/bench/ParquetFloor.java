package org.charcha.bench;

import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.charcha.job.SparkSessions;

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
    if (args.length != 3) {
      System.err.println("usage: ParquetFloor INPUT OUTPUT MASTER");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.local(args[2]);
    long started = System.nanoTime();
    spark.read().schema(CORPUS).json(args[0]).write().mode(SaveMode.Overwrite).parquet(args[1]);
    long rows = spark.read().parquet(args[1]).count();
    System.out.printf("floor: %d records to Parquet in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
    spark.stop();
  }
}
