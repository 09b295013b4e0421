package org.charcha.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.Mention;
import org.charcha.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Precision on real news: a random sample of the mentions a run reported over the three article
 * corpora of ../shared/corpora, each judged by hand (src/test/resources/audit/README.md). The
 * extractor runs again on each sampled article. A mention judged right must still be reported
 * where it was; one judged wrong counts against precision for as long as it is still reported, so
 * fixing it raises the figure and a new rule that loses a right one fails here.
 */
class MentionAuditTest {
  private static final Path HOME = Path.of(System.getProperty("charcha.home", "."));
  private static final Path CORPORA = HOME.resolve("../shared/corpora");
  private static final Path AUDIT = HOME.resolve("src/test/resources/audit/mentions.jsonl");
  /** Per mention type, just under the precision measured on the sample when the floors were set. */
  private static final Map<String, Double> FLOORS = Map.of("name", 0.91, "role", 0.77, "party", 0.98);

  @Test
  void auditedMentionsKeepTheirVerdicts() {
    Assumptions.assumeTrue(Files.isDirectory(CORPORA), "../shared/corpora is not beside the checkout");
    List<JsonNode> audit = readLines(AUDIT);
    Map<String, Set<String>> reported = reportedMentions(audit);
    Map<String, int[]> byType = new TreeMap<>();
    List<String> rightButLost = new ArrayList<>();
    List<String> wrongStillReported = new ArrayList<>();
    for (JsonNode item : audit) {
      String type = item.path("type").asText();
      boolean stillReported = reported.get(item.path("article_id").asText()).contains(key(item));
      boolean right = item.path("verdict").asText().equals("correct");
      if (right && !stillReported) {
        rightButLost.add(item.path("n").asText() + " " + item.path("surface").asText() + " -> " + item.path("found").asText());
      }
      if (!right && stillReported) {
        wrongStillReported.add(item.path("n").asText());
      }
      int[] counts = byType.computeIfAbsent(type, t -> new int[2]);
      if (stillReported) {
        counts[right ? 0 : 1]++;
      }
    }
    PrintWriter out = new PrintWriter(System.out, true);
    byType.forEach((type, c) -> out.printf("audit %-5s right %d wrong %d precision %.3f%n", type, c[0], c[1],
        c[0] / (double) (c[0] + c[1])));
    out.println("audit: mentions judged wrong and still reported: " + wrongStillReported);

    assertThat(rightButLost).as("mentions judged right that are no longer reported").isEmpty();
    byType.forEach((type, c) -> assertThat(c[0] / (double) (c[0] + c[1])).as(type).isGreaterThanOrEqualTo(FLOORS.get(type)));
  }

  /** Per audited article, its mentions as the extractor reports them now. */
  private static Map<String, Set<String>> reportedMentions(List<JsonNode> audit) {
    Set<String> wanted = new HashSet<>();
    audit.forEach(item -> wanted.add(item.path("article_id").asText()));
    Evaluation evaluation = new Evaluation(new ArticleExtractor(KnowledgeBaseLoader.load(HOME.resolve("data/kb"))));
    Map<String, Set<String>> reported = new HashMap<>();
    for (String corpus : new HashSet<>(audit.stream().map(item -> item.path("corpus").asText()).toList())) {
      for (JsonNode record : readLines(CORPORA.resolve(corpus).resolve("articles.jsonl"))) {
        String id = record.path("id").asText();
        if (wanted.contains(id)) {
          Set<String> mentions = new HashSet<>();
          for (Mention m : evaluation.extraction(record).mentions()) {
            mentions.add(m.type().label() + "|" + m.key() + "|" + m.start() + "|" + m.end());
          }
          reported.put(id, mentions);
        }
      }
    }
    assertThat(reported.keySet()).as("every audited article is in its corpus").containsAll(wanted);
    return reported;
  }

  private static String key(JsonNode item) {
    return item.path("type").asText() + "|" + item.path("found").asText() + "|" + item.path("start").asInt() + "|"
        + item.path("end").asInt();
  }

  private static List<JsonNode> readLines(Path file) {
    return List.copyOf(Evaluation.readLines(file).values());
  }
}
