package org.charcha.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charcha.extract.ArticleExtractor;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the real knowledge base and extractor on the hand-labelled mention cases in
 * src/test/resources/gold/mentions.jsonl (written from spec sections 1, 2 and 4, one rule per case).
 * The floors are the figures measured when the cases were written, minus a small margin: a regression
 * guard, not a target. Raise them when the extractor improves.
 */
class MentionGoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path home;
  private static KnowledgeBase kb;
  private static Map<String, Score> scores;

  @BeforeAll
  static void score() {
    home = Path.of(System.getProperty("charcha.home", "."));
    kb = KnowledgeBaseLoader.load(home.resolve("data/kb"));
    Scorer scorer = new Evaluation(new ArticleExtractor(kb)).score(List.of(gold()), null);
    scores = scorer.scores().get(Scorer.ALL);
    scores.forEach((field, s) -> System.out.printf("%-16s tp %4d fp %4d fn %4d  P %.3f R %.3f F1 %.3f%n",
        field, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
  }

  private static Path gold() {
    return home.resolve("src/test/resources/gold/mentions.jsonl");
  }

  @Test
  void casesAreEnoughAndUseOnlyKnowledgeBaseKeys() throws IOException {
    List<JsonNode> cases = new ArrayList<>();
    for (String line : Files.readAllLines(gold())) {
      cases.add(JSON.readTree(line));
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    for (JsonNode c : cases) {
      String id = c.path("id").asText();
      assertThat(c.path("rule").asText()).as(id + " rule").isNotBlank();
      c.path("leaders").fieldNames().forEachRemaining(
          name -> assertThat(kb.leader(name)).as(id + " leader " + name).isPresent());
      c.path("parties").fieldNames().forEachRemaining(
          key -> assertThat(kb.party(key)).as(id + " party " + key).isPresent());
    }
  }

  @Test
  void leaderNameCountsDoNotRegress() {
    assertThat(scores.get("leader_name").f1()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void leaderRoleCountsDoNotRegress() {
    assertThat(scores.get("leader_role").f1()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void leaderPresenceDoesNotRegress() {
    assertThat(scores.get("leader_presence").f1()).isGreaterThanOrEqualTo(0.96);
  }

  @Test
  void partyCountsDoNotRegress() {
    assertThat(scores.get("party").f1()).isGreaterThanOrEqualTo(0.97);
  }
}
