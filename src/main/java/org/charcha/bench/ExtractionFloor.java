package org.charcha.bench;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import java.nio.file.Path;
import org.apache.spark.sql.SaveMode;
import org.charcha.sql.CharchaFunctions;

/**
 * The extraction floor for jobs/bench: the cheapest Spark job that extracts at all. Spark reads the
 * corpus JSONL as {@link ParquetFloor} does, runs the whole extractor once on every text (the
 * {@code charcha_leaders} SQL function: normalisation, matching, mention rules and seat claims) and
 * writes each id with its leaders to Parquet, in one query. No Charcha job that extracts every
 * article can cost less than this, so its ratio to the floor bounds what the full job can reach
 * with the extractor as it is; the full job's ratio to it is the cost of everything else (strict
 * reading, quarantine, duplicate ids, the eight month-partitioned tables, the accounting).
 *
 * <p>Usage: ExtractionFloor INPUT OUTPUT MASTER KB_DIR
 */
public final class ExtractionFloor {
  private ExtractionFloor() {}

  public static void main(String[] args) {
    FloorRun.run("extraction floor", "ExtractionFloor INPUT OUTPUT MASTER KB_DIR", args, 2, spark -> {
      CharchaFunctions.register(spark, Path.of(args[3]));
      spark.read().schema(ParquetFloor.CORPUS).json(args[0])
          .select(col("id"), call_function(CharchaFunctions.LEADERS, col("text"), to_date(col("published"))).alias("leaders"))
          .write().mode(SaveMode.Overwrite).parquet(args[1]);
      return spark.read().parquet(args[1]).count() + " records extracted to Parquet";
    });
  }
}
