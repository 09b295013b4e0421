package org.charcha.cluster;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.charcha.job.PublishedTables;

/** The records both cluster tests feed the pipeline, and the tables they compare. */
final class ClusterInput {
  /** Leaders, parties, a seat claim, a repeated id and one broken line: every table gets rows. */
  static final String RECORDS = String.join("\n",
      "{\"id\":\"a1\",\"source\":\"Naidunia (Jagran) - Indore RSS\",\"published\":\"2025-07-20\","
          + "\"title\":\"मोहन यादव इंदौर पहुंचे\",\"text\":\"मोहन यादव इंदौर पहुंचे\\nमुख्यमंत्री ने भाजपा कार्यकर्ताओं से कहा।\"}",
      "{\"id\":\"a2\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-20T10:00:00+05:30\",\"title\":null,"
          + "\"text\":\"प्रधानमंत्री नरेंद्र मोदी ने कांग्रेस पर निशाना साधा। मोदी ने कहा।\"}",
      "{\"id\":\"a3\",\"source\":\"BBC Hindi\",\"published\":\"2025-07-21\","
          + "\"text\":\"राहुल गांधी (Rahul Gandhi) ने कहा कि भाजपा सरकार गिरेगी। कांग्रेस 150 सीटें जीतेगी।\"}",
      "{\"id\":\"a4\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-21\",\"text\":\"आप नेता ने कहा।\"}",
      "{\"id\":\"a4\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-22\",\"text\":\"दोबारा\"}",
      "{\"id\": \"broken\", \"text\": ") + "\n";

  /**
   * A later delivery: an id of {@link #RECORDS} again (a duplicate, in July) and an article that
   * opens August, so that a second night rewrites one month and adds another.
   */
  static final String LATER_RECORDS = String.join("\n",
      "{\"id\":\"a2\",\"source\":\"Amar Ujala\",\"published\":\"2025-07-23\",\"text\":\"राहुल गांधी ने कहा।\"}",
      "{\"id\":\"n1\",\"source\":\"BBC Hindi\",\"published\":\"2025-08-01\",\"text\":\"नरेंद्र मोदी ने भाजपा की बैठक ली।\"}")
      + "\n";

  private ClusterInput() {}

  /** Every table under {@code output} (its sub-folders), as sorted row strings, columns in name order. */
  static Map<String, List<String>> tables(SparkSession spark, String output, List<String> names) {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String name : names) {
      tables.put(name, PublishedTables.rows(spark.read().parquet(output + "/" + name)));
    }
    return tables;
  }
}
