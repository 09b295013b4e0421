package org.charcha.sql;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Where the SQL functions read the knowledge base when none is given: the Spark conf
 * {@value #CONF}, else the system property {@value #PROPERTY}, else {@code data/kb} under the
 * {@code charcha.home} system property (set by {@code jobs/charcha}) or the working directory, as the
 * command line resolves its defaults.
 */
final class KnowledgeBaseLocation {
  static final String CONF = "spark.charcha.kb";
  static final String PROPERTY = "charcha.kb";

  private KnowledgeBaseLocation() {}

  /** Resolved on the driver, where a session's conf and the launcher's properties are. */
  static Path resolve() {
    String fromConf = SparkSession.getActiveSession().isDefined()
        ? SparkSession.getActiveSession().get().conf().get(CONF, null)
        : null;
    if (fromConf != null && !fromConf.isBlank()) {
      return Path.of(fromConf);
    }
    String fromProperty = System.getProperty(PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Path.of(fromProperty);
    }
    return Path.of(System.getProperty("charcha.home", ".")).resolve("data/kb").normalize();
  }
}
