package org.charcha.job;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.charcha.ingest.FilePart;
import org.charcha.ingest.InputFile;

/** One embedded Spark session for all tests in a JVM: starting Spark is the slow part. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession get() {
    return SparkSessions.local("local[2]");
  }

  /** The read tasks of {@code files} in this session, as a run plans them, reporting no progress. */
  static Dataset<FilePart> readTasks(List<InputFile> files) {
    SparkSession spark = get();
    return ReadTasks.of(spark, files, SerializableConfiguration.broadcast(spark.sparkContext()),
        new TimedSteps(spark, line -> { }, Duration.ZERO));
  }

  /** The ids of the RDDs the session holds cached: a run must leave them as it found them. */
  public static Set<Integer> cachedRdds() {
    return Set.copyOf(JavaSparkContext.fromSparkContext(get().sparkContext()).getPersistentRDDs().keySet());
  }

  /**
   * The cached blocks the session's block manager still holds (embedded, the driver's is the
   * executor's): a dropped cache whose blocks are still being removed is in this set, not in
   * {@link #cachedRdds}.
   */
  public static Set<String> cachedBlocks() {
    get();
    return Set.copyOf(scala.jdk.javaapi.CollectionConverters.asJava(
        SparkEnv.get().blockManager().getMatchingBlockIds(block -> block.isRDD())).stream().map(Object::toString).toList());
  }
}
