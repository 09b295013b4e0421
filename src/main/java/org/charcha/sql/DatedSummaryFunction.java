package org.charcha.sql;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.charcha.extract.RecordSummary;
import org.charcha.kb.KnowledgeBase;

/**
 * The shared shape of the {@code (text, date)} functions: extract the text with the date once, then
 * turn the per-record summary into the function's rows. Null text gives null.
 */
abstract class DatedSummaryFunction implements UDF2<String, Object, List<Row>> {
  private static final long serialVersionUID = 1L;
  private final ExtractorHandle handle;

  DatedSummaryFunction(ExtractorHandle handle) {
    this.handle = handle;
  }

  @Override
  public final List<Row> call(String text, Object date) {
    if (text == null) {
      return null;
    }
    RecordSummary summary = RecordSummary.of(null,
        handle.extractor().extractText(text, SqlDates.toLocalDate(date), null));
    return rows(summary, handle.knowledgeBase());
  }

  abstract List<Row> rows(RecordSummary summary, KnowledgeBase kb);
}
