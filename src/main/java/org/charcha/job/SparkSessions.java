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

  /**
   * The session for a command: under spark-submit (which sets spark.master for the driver) and with
   * no {@code --master} given, the cluster's session with only the settings the tables depend on,
   * since the embedded one-machine tuning (four shuffle partitions) would throttle a cluster and
   * override the user's --conf; otherwise embedded local Spark on {@code master} or local[*].
   */
  public static SparkSession forCommand(String master, String appName) {
    if (master != null || System.getProperty("spark.master") == null) {
      return local(master == null ? "local[*]" : master);
    }
    return SparkSession.builder()
        .appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .getOrCreate();
  }
}
