package org.charcha.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Puts tables a nightly run computed in its work folder into the published output. A month-partitioned
 * table gets Spark's dynamic partition overwrite (only the months present in the new rows are replaced),
 * months the run emptied are deleted, since an overwrite that writes no row for a month leaves it in
 * place, and a table left with no rows gets the schema-only file the full run writes.
 */
final class MonthPartitions {
  private static final String PREFIX = "month=";
  private final SparkSession spark;
  private final FileSystem fs;

  MonthPartitions(SparkSession spark, FileSystem fs) {
    this.spark = spark;
    this.fs = fs;
  }

  void replace(String table, String computed, Set<String> months, StructType schema, Map<String, String> parquet) {
    try {
      Path tablePath = new Path(table);
      if (fs.exists(tablePath) && !hasPartitions(tablePath)) {
        // The schema-only file of an empty table: partition folders may not sit beside it.
        fs.delete(tablePath, true);
      }
      if (hasPartitions(new Path(computed))) {
        spark.read().parquet(computed).write().options(parquet).option("partitionOverwriteMode", "dynamic").mode(SaveMode.Overwrite)
            .partitionBy("month").parquet(table);
      }
      for (String month : months) {
        Path stale = new Path(tablePath, PREFIX + month);
        if (!fs.exists(new Path(computed, PREFIX + month)) && fs.exists(stale)) {
          fs.delete(stale, true);
        }
      }
      if (!hasPartitions(tablePath)) {
        fs.delete(tablePath, true);
        spark.createDataFrame(List.<Row>of(), schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(table);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace the months " + months + " of " + table + ": " + e.getMessage(), e);
    }
  }

  /**
   * An unpartitioned table is rewritten whole from the computed folder. A copy rather than a
   * rename, so that the computed folder stays for a replacement that has to be repeated.
   */
  void replaceWhole(String table, String computed) {
    spark.read().parquet(computed).coalesce(1).write().mode(SaveMode.Overwrite).parquet(table);
  }

  /**
   * Removes the hidden folders ({@code .spark-staging-JOB}) in which Spark stages a dynamic
   * partition overwrite, left behind when the run writing them was killed; readers skip them, but
   * nothing else would ever delete them. Only while no other job writes the table.
   */
  void clearAbandonedWrites(String table) {
    try {
      FileStatus[] abandoned = fs.globStatus(new Path(table, ".spark-staging-*"));
      if (abandoned != null) {
        for (FileStatus folder : abandoned) {
          fs.delete(folder.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear what a stopped run left in " + table + ": " + e.getMessage(), e);
    }
  }

  boolean hasPartitions(Path table) throws IOException {
    if (!fs.exists(table)) {
      return false;
    }
    for (FileStatus child : fs.listStatus(table)) {
      if (child.isDirectory() && child.getPath().getName().startsWith(PREFIX)) {
        return true;
      }
    }
    return false;
  }
}
