package org.charcha.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A published table's rows in a form that two runs can be compared by, and its files per month. */
public final class PublishedTables {
  private PublishedTables() {}

  /** How many Parquet files a run wrote for one month of a month-partitioned table. */
  public static long files(Path output, String table, String month) throws IOException {
    try (Stream<Path> files = Files.list(output.resolve(table).resolve("month=" + month))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    }
  }

  /** All columns in name order (a nightly table may order them differently), each row as a string, sorted. */
  public static List<String> rows(Dataset<Row> table) {
    String[] columns = table.columns().clone();
    Arrays.sort(columns);
    return table.selectExpr(columns).collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
