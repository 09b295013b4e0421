package org.charcha.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** The description of every Spark job that a piece of work starts, as the Spark UI lists them. */
final class JobDescriptions extends SparkListener {
  private final List<String> seen = new CopyOnWriteArrayList<>();

  private JobDescriptions() {}

  static List<String> during(SparkSession spark, Runnable work) throws Exception {
    JobDescriptions descriptions = new JobDescriptions();
    spark.sparkContext().addSparkListener(descriptions);
    try {
      work.run();
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(descriptions);
    }
    return List.copyOf(descriptions.seen);
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    seen.add(jobStart.properties().getProperty("spark.job.description", "(none)"));
  }
}
