package org.charcha.job;

import java.time.Duration;
import java.util.Set;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** One embedded Spark session for all tests in a JVM: starting Spark is the slow part. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession get() {
    return SparkSessions.local("local[2]");
  }

  /** Steps that time their work and report nothing. */
  static TimedSteps unreportedSteps() {
    return new TimedSteps(get(), line -> { }, Duration.ZERO);
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
