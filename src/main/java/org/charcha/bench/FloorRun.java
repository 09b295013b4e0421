package org.charcha.bench;

import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.charcha.job.SparkSessions;

/**
 * What every floor of jobs/bench shares: its arguments checked, its embedded session, and the one
 * timed line that jobs/bench reads ("floor: ... in 62.0 s").
 */
final class FloorRun {
  private FloorRun() {}

  /**
   * Runs {@code floor} on a session of {@code args[masterIndex]} and prints "{@code name}: what it
   * returns in N s"; exits with status 2 and {@code usage} when the argument count is wrong.
   */
  static void run(String name, String usage, String[] args, int masterIndex, Function<SparkSession, String> floor) {
    if (args.length != usage.split(" ").length - 1) {
      System.err.println("usage: " + usage);
      System.exit(2);
    }
    SparkSession spark = SparkSessions.local(args[masterIndex]);
    long started = System.nanoTime();
    String done = floor.apply(spark);
    System.out.printf("%s: %s in %.1f s%n", name, done, (System.nanoTime() - started) / 1e9);
    spark.stop();
  }
}
