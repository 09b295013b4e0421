package org.charcha.cli;

import org.apache.spark.sql.SparkSession;
import org.charcha.job.SparkSessions;
import picocli.CommandLine.Option;

/** The {@code --master} option of the commands that run Spark. */
final class SparkOption {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for the embedded run. Default: local[*], or the one spark-submit gave "
          + "(jobs/submit).")
  String master;

  SparkSession session(String appName) {
    return SparkSessions.forCommand(master, appName);
  }
}
