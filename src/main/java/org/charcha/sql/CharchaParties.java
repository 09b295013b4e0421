package org.charcha.sql;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataType;
import org.charcha.extract.RecordSummary;

/**
 * {@code charcha_parties(text)}: the parties an article text mentions, one struct per party key with
 * its mention count, as the batch job's party_mentions table counts them. Null text gives null.
 */
public final class CharchaParties implements UDF1<String, List<Row>> {
  private static final long serialVersionUID = 1L;
  /** The result type, for {@code registerJavaFunction(name, class, returnType)}. */
  public static final String RESULT_TYPE = "array<struct<party:string,count:int>>";
  private final ExtractorHandle handle;

  /** Reads the knowledge base where {@link KnowledgeBaseLocation} says, on first use in each JVM. */
  public CharchaParties() {
    this(ExtractorHandle.loadedFrom(KnowledgeBaseLocation.resolve()));
  }

  CharchaParties(ExtractorHandle handle) {
    this.handle = handle;
  }

  static DataType resultType() {
    return DataType.fromDDL(RESULT_TYPE);
  }

  @Override
  public List<Row> call(String text) {
    if (text == null) {
      return null;
    }
    // Parties are found without a date: the party rules (spec section 1) use none.
    RecordSummary summary = RecordSummary.of(null, handle.extractor().extractText(text, null, null));
    return SummaryRows.parties(summary);
  }
}
