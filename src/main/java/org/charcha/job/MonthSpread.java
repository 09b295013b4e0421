package org.charcha.job;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Spreads rows over tasks by month for the month-partitioned writes: a month's rows share a task
 * (one file per month) unless the month alone is larger than Spark's advisory partition size
 * ({@code spark.sql.adaptive.advisoryPartitionSizeInBytes}, 64 MB of shuffled rows by default),
 * when Spark's adaptive execution splits it over several tasks, each writing a file of it. Hash
 * partitioning alone kept a whole month in one task whatever its size: a 4 GB corpus of one month
 * (an election month, a corpus collected for one event) cached and wrote every table in one task
 * of 17: the longest tasks of its table writes added up to 22.6 s, against 7.4 s split eight
 * ways, and however many cores a cluster has, they would wait on that one task (docs/PERFORMANCE.md).
 * The nightly job rewrites a month whole, so the current month of a large archive is the same case.
 */
final class MonthSpread {
  /** Rebalancing is adaptive execution's: without it Spark drops the hint and does not shuffle at all. */
  private static final Map<String, String> REBALANCING = Map.of(
      "spark.sql.adaptive.enabled", "true",
      "spark.sql.adaptive.optimizeSkewsInRebalancePartitions.enabled", "true");

  /**
   * For the read cache, also: Spark plans a cached query without the rules that may change its
   * partitioning unless told it may, and coalescing is off so that small months keep the task count
   * that bounds a task's share ({@link PipelineJob#monthTasks}).
   */
  private static final Map<String, String> CACHE = Map.of(
      "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true",
      "spark.sql.adaptive.coalescePartitions.enabled", "false");

  private MonthSpread() {}

  /**
   * The read cache: {@code rows} (with a {@code month} column) spread over {@code tasks} tasks by
   * month, or more when months are large, and handed to {@code materialise} (which caches and
   * computes them) while the settings that spreading needs are in force. The per-article tables are
   * then written as the cache lies, with no shuffle of their own.
   */
  static Dataset<Row> cache(SparkSession spark, Dataset<Row> rows, int tasks, UnaryOperator<Dataset<Row>> materialise) {
    Map<String, String> settings = new LinkedHashMap<>(REBALANCING);
    settings.putAll(CACHE);
    return SparkSessions.withSettings(spark, settings, () -> materialise.apply(rows.hint("rebalance", tasks, col("month"))));
  }

  /** Hands {@code rows} gathered by month, a large month split, to {@code write}, which writes them. */
  static void write(SparkSession spark, Dataset<Row> rows, Consumer<Dataset<Row>> write) {
    SparkSessions.withSettings(spark, REBALANCING, () -> {
      write.accept(rows.hint("rebalance", col("month")));
      return null;
    });
  }
}
