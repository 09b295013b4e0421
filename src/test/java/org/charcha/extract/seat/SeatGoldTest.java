package org.charcha.extract.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.charcha.eval.Evaluation;
import org.charcha.eval.Score;
import org.charcha.extract.ArticleExtractor;
import org.charcha.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance figures of issue 5: seat-claim F1 on the project's labelled sentences
 * (src/test/resources/gold/seats.jsonl, written from the spec) and on ../shared/dev-gold, scored
 * by the same {@link Evaluation} the evaluate command runs, with the real knowledge base.
 */
class SeatGoldTest {
  private static Evaluation evaluation;

  private static Path home() {
    return Path.of(System.getProperty("charcha.home", "."));
  }

  @BeforeAll
  static void loadRealKnowledgeBase() {
    evaluation = new Evaluation(new ArticleExtractor(KnowledgeBaseLoader.load(home().resolve("data/kb"))));
  }

  @Test
  void labelledSentencesReachTheAcceptanceF1() {
    Map<String, Score> scores = evaluation.score(List.of(home().resolve("src/test/resources/gold/seats.jsonl")), null)
        .scores().get("seat-cases");
    assertThat(scores.get("seat").f1()).as("seat F1 %s", scores.get("seat")).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.get("seat_kind").f1()).as("seat_kind F1 %s", scores.get("seat_kind")).isGreaterThanOrEqualTo(0.85);
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
