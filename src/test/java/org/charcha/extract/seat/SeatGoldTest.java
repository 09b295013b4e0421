package org.charcha.extract.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.charcha.eval.Evaluation;
import org.charcha.eval.Score;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.SeatClaim;
import org.charcha.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance figures of issue 5: seat-claim F1 on the project's labelled sentences
 * (src/test/resources/gold/seats.jsonl, written from the spec) and on ../shared/dev-gold, scored
 * by the same {@link Evaluation} the evaluate command runs, with the real knowledge base; and the
 * quote invariant over every article of ../shared/corpora (the blind seat-sentences set is not read).
 */
class SeatGoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ArticleExtractor extractor;
  private static Evaluation evaluation;

  private static Path home() {
    return Path.of(System.getProperty("charcha.home", "."));
  }

  @BeforeAll
  static void loadRealKnowledgeBase() {
    extractor = new ArticleExtractor(KnowledgeBaseLoader.load(home().resolve("data/kb")));
    evaluation = new Evaluation(extractor);
  }

  @Test
  void labelledSentencesReachTheAcceptanceF1() {
    Map<String, Score> scores = evaluation.score(List.of(home().resolve("src/test/resources/gold/seats.jsonl")), null)
        .scores().get("seat-cases");
    assertThat(scores.get("seat").f1()).as("seat F1 %s", scores.get("seat")).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.get("seat_kind").f1()).as("seat_kind F1 %s", scores.get("seat_kind")).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void everyQuoteOverTheSharedCorporaIsAnExactSubstring() throws Exception {
    Path corpora = home().resolve("../shared/corpora").normalize();
    assumeTrue(Files.isDirectory(corpora), "../shared/corpora is not beside this checkout");
    List<Path> files;
    try (var walk = Files.walk(corpora)) {
      files = walk.filter(f -> f.getFileName().toString().equals("articles.jsonl")).sorted().toList();
    }
    int claims = 0;
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        var record = JSON.readTree(line);
        var extraction = extractor.extract(text(record, "title"), text(record, "text"), null, null);
        for (SeatClaim claim : extraction.seats()) {
          claims++;
          assertThat(extraction.text().substring(claim.start(), claim.end())).isEqualTo(claim.quote());
        }
      }
    }
    assertThat(claims).as("the corpora hold seat claims to check").isPositive();
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode record, String field) {
    return record.hasNonNull(field) ? record.get(field).asText() : null;
  }

  @Test
  void devGoldReachesTheAcceptanceF1() {
    Path devGold = home().resolve("../shared/dev-gold/labels.jsonl").normalize();
    assumeTrue(Files.isRegularFile(devGold), "../shared/dev-gold is not beside this checkout");
    Map<String, Score> scores = evaluation.score(List.of(devGold), null).scores().get("all");
    assertThat(scores.get("seat").f1()).as("seat F1 %s", scores.get("seat")).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.get("seat_kind").f1()).as("seat_kind F1 %s", scores.get("seat_kind")).isGreaterThanOrEqualTo(0.85);
  }
}
