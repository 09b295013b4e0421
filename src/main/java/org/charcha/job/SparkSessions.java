package org.charcha.job;

import org.apache.spark.sql.SparkSession;

/** The embedded local Spark that the launcher, the commands and the tests use. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session on {@code master} (local[*] for the launcher) tuned for one machine: few shuffle
   * partitions, no UI port to collide with, quiet logs. On a cluster, spark-submit's session is used.
   */
  public static SparkSession local(String master) {
    SparkSession existing = SparkSession.getActiveSession().getOrElse(() -> null);
    if (existing != null) {
      return existing;
    }
    SparkSession spark = SparkSession.builder()
        .appName("charcha")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
