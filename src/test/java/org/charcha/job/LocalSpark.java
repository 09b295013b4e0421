package org.charcha.job;

import org.apache.spark.sql.SparkSession;

/** One embedded Spark session for all tests in a JVM: starting Spark is the slow part. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession get() {
    return SparkSessions.local("local[2]");
  }
}
