package org.charcha.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/** The embedded local Spark that the launcher, the commands and the tests use. */
public final class SparkSessions {
  /**
   * Off in local mode, where one executor holds every task and waiting for a better-placed one
   * gains nothing. Local mode offers its cores only when tasks are submitted or end (Spark 4.2's
   * LocalSchedulerBackend has no periodic revive, unlike the cluster backends' one per second), so
   * a task held back for locality once nothing else runs is never offered a core again: with the
   * default 3 s, a nightly run over hdfs:// (HdfsPipelineTest) left the last two tasks of two
   * stages unlaunched for good, with no error (as reported in SPARK-4939).
   */
  private static final String LOCALITY_WAIT = "spark.locality.wait";
  private static final String LOCAL_FILES = "fs.file.impl";

  private SparkSessions() {}

  /**
   * Hadoop settings for a command that touches local files before its session starts. They must
   * name the same local file system as the session: Hadoop caches the first file system made for
   * a scheme and hands it to every later caller, whatever their settings.
   */
  public static Configuration hadoopConf() {
    Configuration conf = new Configuration();
    conf.set(LOCAL_FILES, NioLocalFileSystem.class.getName());
    return conf;
  }

  /**
   * A session on {@code master} (local[*] for the launcher) tuned for one machine: four shuffle
   * partitions per core, no UI port to collide with, quiet logs, local files written without
   * forking chmod ({@link NioLocalFileSystem}). On a cluster, spark-submit's session is used.
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
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        // A table of 120 month folders is listed in the driver, not by a Spark job of 120 tasks
        // running in the very same JVM.
        .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "10000")
        .config("spark.hadoop." + LOCAL_FILES, NioLocalFileSystem.class.getName())
        .config(LOCALITY_WAIT, "0")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    // Four per core: the read cache is spread over at least this many tasks by month (more for a
    // large input, PipelineJob.monthTasks), so they bound how many tasks write the tables, and more
    // than one per core evens out months of unequal size (a 1 GB run on two cores took 49 s with
    // 8, 52 s with 4). Spark's default of 200 suits a cluster.
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(4 * spark.sparkContext().defaultParallelism()));
    return spark;
  }

  /**
   * The session for a command: under spark-submit (which sets spark.master for the driver) and with
   * no {@code --master} given, the cluster's session with only the settings the tables depend on,
   * since the embedded one-machine tuning (four shuffle partitions per core) would throttle a
   * cluster and override the user's --conf; otherwise embedded local Spark on {@code master} or
   * local[*].
   */
  public static SparkSession forCommand(String master, String appName) {
    if (master != null || System.getProperty("spark.master") == null) {
      return local(master == null ? "local[*]" : master);
    }
    SparkSession.Builder builder = SparkSession.builder()
        .appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    if (System.getProperty("spark.master").startsWith("local")) {
      builder.config(LOCALITY_WAIT, "0");
    }
    return builder.getOrCreate();
  }

  /** Runs {@code work} with {@code settings} in force and the session's own restored afterwards. */
  static <T> T withSettings(SparkSession spark, Map<String, String> settings, Supplier<T> work) {
    RuntimeConfig conf = spark.conf();
    Map<String, Option<String>> previous = new LinkedHashMap<>();
    settings.forEach((key, value) -> {
      previous.put(key, conf.getOption(key));
      conf.set(key, value);
    });
    try {
      return work.get();
    } finally {
      previous.forEach((key, value) -> {
        if (value.isDefined()) {
          conf.set(key, value.get());
        } else {
          conf.unset(key);
        }
      });
    }
  }
}
