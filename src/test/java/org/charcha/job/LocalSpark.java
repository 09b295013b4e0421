package org.charcha.job;

import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** One embedded Spark session for all tests in a JVM: starting Spark is the slow part. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession get() {
    return SparkSessions.local("local[2]");
  }

  /** The ids of the RDDs the session holds cached: a run must leave them as it found them. */
  public static Set<Integer> cachedRdds() {
    return Set.copyOf(JavaSparkContext.fromSparkContext(get().sparkContext()).getPersistentRDDs().keySet());
  }
}
