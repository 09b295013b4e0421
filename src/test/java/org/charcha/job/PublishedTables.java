package org.charcha.job;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The tables every run publishes, and a table's rows in a form that two runs can be compared by. */
public final class PublishedTables {
  public static final List<String> NAMES = List.of("articles", "leader_mentions", "mentions", "party_mentions",
      "seat_claims", "coverage_daily", "party_coverage_daily", "rejected");

  private PublishedTables() {}

  /** All columns in name order (a nightly table may order them differently), each row as a string, sorted. */
  public static List<String> rows(Dataset<Row> table) {
    String[] columns = table.columns().clone();
    Arrays.sort(columns);
    return table.selectExpr(columns).collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
