package org.charcha.bench;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.charcha.job.SparkSessions;

/**
 * The read floor for jobs/bench: Spark reads the corpus JSONL as {@link ParquetFloor} does and
 * hands every row to Spark's {@code noop} sink, which consumes it and writes nothing. The floor
 * minus this is what writing the records to Parquet costs: the part of the floor a job that does
 * not keep the text may spend on its own work.
 *
 * <p>Usage: ReadFloor INPUT MASTER
 */
public final class ReadFloor {
  private ReadFloor() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ReadFloor INPUT MASTER");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.local(args[1]);
    long started = System.nanoTime();
    spark.read().schema(ParquetFloor.CORPUS).json(args[0]).write().format("noop").mode(SaveMode.Overwrite).save();
    System.out.printf("read floor: corpus read, nothing written, in %.1f s%n", (System.nanoTime() - started) / 1e9);
    spark.stop();
  }
}
