package org.charcha.bench;

import org.apache.spark.sql.SaveMode;

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
    FloorRun.run("read floor", "ReadFloor INPUT MASTER", args, 1, spark -> {
      spark.read().schema(ParquetFloor.CORPUS).json(args[0]).write().format("noop").mode(SaveMode.Overwrite).save();
      return "corpus read, nothing written";
    });
  }
}
