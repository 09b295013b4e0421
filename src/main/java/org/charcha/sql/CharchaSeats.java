package org.charcha.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataType;
import org.charcha.extract.RecordSummary;
import org.charcha.extract.SeatClaim;
import org.charcha.kb.KnowledgeBase;

/**
 * {@code charcha_seats(text, date)}: the seat claims in an article text (spec section 3), with the
 * columns of the batch job's seat_claims table; the date lets a claim be tied to its election.
 * Null text gives null.
 */
// Spark's registerJavaFunction looks for the UDF interface on the class itself, not its parents.
public final class CharchaSeats extends DatedSummaryFunction implements UDF2<String, Object, List<Row>> {
  private static final long serialVersionUID = 1L;
  /** The result type, for {@code registerJavaFunction(name, class, returnType)}. */
  public static final String RESULT_TYPE = "array<struct<party:string,seats:int,seats_max:int,kind:string,"
      + "election:string,quote:string,start:int,end:int>>";

  /** Reads the knowledge base where {@link KnowledgeBaseLocation} says, on first use in each JVM. */
  public CharchaSeats() {
    this(ExtractorHandle.loadedFrom(KnowledgeBaseLocation.resolve()));
  }

  CharchaSeats(ExtractorHandle handle) {
    super(handle);
  }

  static DataType resultType() {
    return DataType.fromDDL(RESULT_TYPE);
  }

  @Override
  List<Row> rows(RecordSummary summary, KnowledgeBase kb) {
    List<Row> rows = new ArrayList<>(summary.seats().size());
    for (SeatClaim s : summary.seats()) {
      rows.add(RowFactory.create(s.party(), s.seats(), s.seatsMax(), s.kind(), s.election(), s.quote(), s.start(),
          s.end()));
    }
    return rows;
  }
}
