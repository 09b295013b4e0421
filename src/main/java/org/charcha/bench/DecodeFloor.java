package org.charcha.bench;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * The decode floor for jobs/bench: {@link ScanFloor} without the scan. Spark reads the corpus JSONL,
 * hands each text to a function as a Java string, as it does for the scan and the extractor, and
 * writes each id with the string's length. The scan floor less this is the reference scan alone;
 * this less {@link ReadFloor} is the decoding every extractor of Java strings pays first.
 *
 * <p>Usage: DecodeFloor INPUT OUTPUT MASTER
 */
public final class DecodeFloor {
  private static final String LENGTH = "text_length";

  private DecodeFloor() {}

  public static void main(String[] args) {
    FloorRun.run("decode floor", "DecodeFloor INPUT OUTPUT MASTER", args, 2, spark -> {
      spark.udf().register(LENGTH, (UDF1<String, Integer>) text -> text == null ? 0 : text.length(), DataTypes.IntegerType);
      spark.read().schema(ParquetFloor.CORPUS).json(args[0])
          .select(col("id"), call_function(LENGTH, col("text")).alias("chars"))
          .write().mode(SaveMode.Overwrite).parquet(args[1]);
      return spark.read().parquet(args[1]).count() + " texts decoded, lengths to Parquet";
    });
  }
}
