package org.charcha.sql;

import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;

/**
 * Registers Charcha's extractors as Spark SQL functions in one call, so that SQL, Java, Scala and
 * PySpark users can run them on their own text columns:
 *
 * <pre>{@code
 * CharchaFunctions.register(spark);
 * spark.sql("SELECT id, charcha_leaders(text, date) FROM my_articles");
 * }</pre>
 *
 * <p>The knowledge base is loaded and validated here, on the driver, and broadcast once; each
 * executor builds the extractor from it once ({@link org.charcha.extract.SharedExtractor}).
 */
public final class CharchaFunctions {
  public static final String LEADERS = "charcha_leaders";
  public static final String PARTIES = "charcha_parties";
  public static final String SEATS = "charcha_seats";

  private CharchaFunctions() {}

  /**
   * Registers the functions with the knowledge base from the Spark conf {@code spark.charcha.kb},
   * the system property {@code charcha.kb}, or {@code data/kb} under {@code charcha.home} (else
   * the working directory).
   */
  public static void register(SparkSession spark) {
    register(spark, KnowledgeBaseLocation.resolve());
  }

  /** Registers the functions with the knowledge base in the folder {@code kbRoot}. */
  public static void register(SparkSession spark, Path kbRoot) {
    KnowledgeBase kb = KnowledgeBaseLoader.load(kbRoot);
    Broadcast<KnowledgeBase> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(kb);
    ExtractorHandle handle = ExtractorHandle.broadcast(shared);
    spark.udf().register(LEADERS, new CharchaLeaders(handle), CharchaLeaders.resultType());
    spark.udf().register(PARTIES, new CharchaParties(handle), CharchaParties.resultType());
    spark.udf().register(SEATS, new CharchaSeats(handle), CharchaSeats.resultType());
  }
}
