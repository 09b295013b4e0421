package org.charcha.sql;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.charcha.extract.RecordSummary;
import org.charcha.kb.KnowledgeBase;

/**
 * {@code charcha_leaders(text, date)}: the leaders an article text mentions, one struct per leader
 * with its id, canonical name, and counts by name and by office alone, as the batch job's
 * leader_mentions table counts them. The date resolves office titles to their holder; null
 * text gives null.
 */
// Spark's registerJavaFunction looks for the UDF interface on the class itself, not its parents.
public final class CharchaLeaders extends DatedSummaryFunction implements UDF2<String, Object, List<Row>> {
  private static final long serialVersionUID = 1L;
  /** The result type, for {@code registerJavaFunction(name, class, returnType)}. */
  public static final String RESULT_TYPE =
      "array<struct<leader_id:string,leader:string,name_count:int,role_count:int>>";

  /** Reads the knowledge base where {@link KnowledgeBaseLocation} says, on first use in each JVM. */
  public CharchaLeaders() {
    this(ExtractorHandle.loadedFrom(KnowledgeBaseLocation.resolve()));
  }

  CharchaLeaders(ExtractorHandle handle) {
    super(handle);
  }

  static DataType resultType() {
    return DataType.fromDDL(RESULT_TYPE);
  }

  @Override
  List<Row> rows(RecordSummary summary, KnowledgeBase kb) {
    return SummaryRows.leaders(summary, kb);
  }
}
