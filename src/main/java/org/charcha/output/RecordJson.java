package org.charcha.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.charcha.extract.RecordSummary;
import org.charcha.extract.SeatClaim;

/** Writes a {@link RecordSummary} as the one-line JSON object of spec section 4. */
public final class RecordJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordJson() {}

  public static ObjectNode toJson(RecordSummary summary) {
    ObjectNode record = JSON.createObjectNode();
    record.put("id", summary.id());
    ObjectNode leaders = record.putObject("leaders");
    summary.leaders().forEach((name, counts) -> {
      ObjectNode entry = leaders.putObject(name);
      entry.put("name", counts.name());
      entry.put("role", counts.role());
    });
    ObjectNode parties = record.putObject("parties");
    summary.parties().forEach(parties::put);
    ArrayNode seats = record.putArray("seats");
    for (SeatClaim claim : summary.seats()) {
      ObjectNode seat = seats.addObject();
      seat.put("party", claim.party());
      seat.put("seats", claim.seats());
      if (claim.seatsMax() != null) {
        seat.put("seats_max", claim.seatsMax());
      }
      seat.put("kind", claim.kind());
      seat.put("election", claim.election());
      seat.put("quote", claim.quote());
    }
    return record;
  }

  public static String toLine(RecordSummary summary) {
    return toJson(summary).toString();
  }
}
