package org.charcha.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-record shape of spec section 4: leaders with name and role counts, party counts, seat
 * claims. Keys with zero counts are left out; maps are sorted so that output is byte-stable.
 */
public record RecordSummary(String id, Map<String, LeaderCounts> leaders, Map<String, Integer> parties,
    List<SeatClaim> seats) {

  /** How often one leader is named and referred to by office alone. */
  public record LeaderCounts(int name, int role) {}

  public static RecordSummary of(String id, ArticleExtraction extraction) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Integer> parties = new TreeMap<>();
    for (Mention mention : extraction.mentions()) {
      switch (mention.type()) {
        case NAME -> counts.computeIfAbsent(mention.key(), k -> new int[2])[0]++;
        case ROLE -> counts.computeIfAbsent(mention.key(), k -> new int[2])[1]++;
        case PARTY -> parties.merge(mention.key(), 1, Integer::sum);
      }
    }
    Map<String, LeaderCounts> leaders = new LinkedHashMap<>();
    counts.forEach((name, c) -> leaders.put(name, new LeaderCounts(c[0], c[1])));
    return new RecordSummary(id, leaders, parties, new ArrayList<>(extraction.seats()));
  }
}
