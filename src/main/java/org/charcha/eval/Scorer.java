package org.charcha.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predicted records against gold records in the shape of spec section 4. Counts are matched
 * per record and key (true positives are the smaller of predicted and gold); leader keys compare
 * case- and punctuation-insensitively; a gold leader key starting with {@code ?} is optional, so a
 * prediction for it is neither rewarded nor penalised; seat claims match on (party, seats,
 * seats_max), and again with the kind.
 */
public final class Scorer {
  public static final String ALL = "all";
  public static final Set<String> FIELDS = Set.of("leader_name", "leader_role", "leader_presence", "party", "seat",
      "seat_kind");

  private final Map<String, Map<String, Score>> byCorpus = new TreeMap<>();

  /**
   * Adds one record pair; {@code predicted} may be null when the extractor produced nothing for it.
   * A field the gold record leaves out ({@code leaders}, {@code parties} or {@code seats}) was not
   * labelled and is not scored for that record, so a set labelled for seats alone says nothing
   * about mentions.
   */
  public void add(String corpus, JsonNode gold, JsonNode predicted) {
    Map<String, Score> scores = new LinkedHashMap<>();
    if (gold.has("leaders")) {
      scoreLeaders(gold, predicted, scores);
    }
    if (gold.has("parties")) {
      scores.put("party", countScore(counts(gold, "parties"), counts(predicted, "parties")));
    }
    if (gold.has("seats")) {
      scores.put("seat", countScore(seats(gold, false), seats(predicted, false)));
      scores.put("seat_kind", countScore(seats(gold, true), seats(predicted, true)));
    }
    merge(corpus, scores);
    merge(ALL, scores);
  }

  private static void scoreLeaders(JsonNode gold, JsonNode predicted, Map<String, Score> scores) {
    Map<String, int[]> goldLeaders = leaders(gold);
    Map<String, int[]> predLeaders = leaders(predicted);
    Set<String> optional = new TreeSet<>();
    goldLeaders.keySet().stream().filter(k -> k.startsWith("?")).forEach(k -> optional.add(k.substring(1)));
    optional.forEach(k -> {
      goldLeaders.remove("?" + k);
      predLeaders.remove(k);
    });
    Score name = Score.ZERO;
    Score role = Score.ZERO;
    Score presence = Score.ZERO;
    Set<String> keys = new TreeSet<>(goldLeaders.keySet());
    keys.addAll(predLeaders.keySet());
    for (String key : keys) {
      int[] g = goldLeaders.getOrDefault(key, new int[2]);
      int[] p = predLeaders.getOrDefault(key, new int[2]);
      name = name.plus(Score.ofCounts(p[0], g[0]));
      role = role.plus(Score.ofCounts(p[1], g[1]));
      presence = presence.plus(Score.ofCounts(p[0] + p[1] > 0 ? 1 : 0, g[0] + g[1] > 0 ? 1 : 0));
    }
    scores.put("leader_name", name);
    scores.put("leader_role", role);
    scores.put("leader_presence", presence);
  }

  public Map<String, Map<String, Score>> scores() {
    return byCorpus;
  }

  private void merge(String corpus, Map<String, Score> scores) {
    Map<String, Score> target = byCorpus.computeIfAbsent(corpus, c -> new LinkedHashMap<>());
    scores.forEach((field, score) -> target.merge(field, score, Score::plus));
  }

  private static Score countScore(Map<String, Integer> gold, Map<String, Integer> predicted) {
    Score score = Score.ZERO;
    Set<String> keys = new TreeSet<>(gold.keySet());
    keys.addAll(predicted.keySet());
    for (String key : keys) {
      score = score.plus(Score.ofCounts(predicted.getOrDefault(key, 0), gold.getOrDefault(key, 0)));
    }
    return score;
  }

  static String leaderKey(String name) {
    boolean optional = name.startsWith("?");
    String folded = name.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", "");
    return optional ? "?" + folded : folded;
  }

  private static Map<String, int[]> leaders(JsonNode record) {
    Map<String, int[]> leaders = new HashMap<>();
    if (record == null || !record.has("leaders")) {
      return leaders;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = record.get("leaders").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      int[] counts = leaders.computeIfAbsent(leaderKey(e.getKey()), k -> new int[2]);
      counts[0] += e.getValue().path("name").asInt(0);
      counts[1] += e.getValue().path("role").asInt(0);
    }
    return leaders;
  }

  private static Map<String, Integer> counts(JsonNode record, String field) {
    Map<String, Integer> counts = new HashMap<>();
    if (record == null || !record.has(field)) {
      return counts;
    }
    record.get(field).fields().forEachRemaining(e -> counts.merge(e.getKey(), e.getValue().asInt(0), Integer::sum));
    return counts;
  }

  private static Map<String, Integer> seats(JsonNode record, boolean withKind) {
    Map<String, Integer> claims = new HashMap<>();
    if (record == null || !record.has("seats")) {
      return claims;
    }
    for (JsonNode claim : record.get("seats")) {
      String key = claim.path("party").asText() + "|" + claim.path("seats").asInt() + "|"
          + (claim.hasNonNull("seats_max") ? claim.get("seats_max").asInt() : "") + (withKind ? "|" + claim.path("kind").asText() : "");
      claims.merge(key, 1, Integer::sum);
    }
    return claims;
  }
}
