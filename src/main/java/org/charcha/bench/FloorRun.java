package org.charcha.bench;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;

import java.util.function.Function;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.charcha.job.SparkSessions;

/**
 * What every floor of jobs/bench shares: its arguments checked, its embedded session, and the one
 * timed line that jobs/bench reads ("floor: ... in 62.0 s").
 */
final class FloorRun {
  private FloorRun() {}

  /**
   * Runs {@code floor} on a session of {@code args[masterIndex]} and prints "{@code name}: what it
   * returns in N s"; exits with status 2 and {@code usage} when the argument count is wrong.
   */
  static void run(String name, String usage, String[] args, int masterIndex, Function<SparkSession, String> floor) {
    if (args.length != usage.split(" ").length - 1) {
      System.err.println("usage: " + usage);
      System.exit(2);
    }
    SparkSession spark = SparkSessions.local(args[masterIndex]);
    long started = System.nanoTime();
    String done = floor.apply(spark);
    System.out.printf("%s: %s in %.1f s%n", name, done, (System.nanoTime() - started) / 1e9);
    spark.stop();
  }

  /**
   * Reads the corpus at {@code input}, hands each text to {@code perText} as a Java string (a Spark
   * SQL function named {@code function}), writes each id with the number it returns to Parquet at
   * {@code output} and returns how many rows were written: the shape of the decode and scan floors.
   */
  static long perText(SparkSession spark, String input, String output, String function, UDF1<String, Integer> perText) {
    spark.udf().register(function, perText, DataTypes.IntegerType);
    spark.read().schema(ParquetFloor.CORPUS).json(input)
        .select(col("id"), call_function(function, col("text")).alias(function))
        .write().mode(SaveMode.Overwrite).parquet(output);
    return spark.read().parquet(output).count();
  }
}
