package org.charcha.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.charcha.extract.RecordSummary;
import org.charcha.kb.KnowledgeBase;

/**
 * A {@link RecordSummary} as Spark rows, in one place for the SQL functions and the batch job, so
 * that {@code charcha_leaders} and {@code charcha_parties} give exactly the rows of the job's
 * leader_mentions and party_mentions tables.
 */
public final class SummaryRows {
  private SummaryRows() {}

  /** One row per leader: id, canonical name, name count, role count. */
  public static List<Row> leaders(RecordSummary summary, KnowledgeBase kb) {
    List<Row> rows = new ArrayList<>(summary.leaders().size());
    summary.leaders().forEach((name, counts) ->
        rows.add(RowFactory.create(kb.leaderId(name), name, counts.name(), counts.role())));
    return rows;
  }

  /** One row per party: key, mention count. */
  public static List<Row> parties(RecordSummary summary) {
    List<Row> rows = new ArrayList<>(summary.parties().size());
    summary.parties().forEach((party, count) -> rows.add(RowFactory.create(party, count)));
    return rows;
  }
}
