package org.charcha.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charcha.extract.ArticleExtraction;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.RecordSummary;
import org.charcha.ingest.RecordParser;
import org.charcha.output.RecordJson;

/**
 * Runs a scoring over gold files. Predictions come from a file of extract output, or, when none is
 * given, from the extractor itself: on the gold line when it carries its own {@code text} (the
 * project's labelled test cases), else on the matching record of {@code records.jsonl} beside the
 * gold file (the layout of ../shared/dev-gold).
 */
public final class Evaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArticleExtractor extractor;

  public Evaluation(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  public Scorer score(Iterable<Path> goldFiles, Path predictions) {
    Map<String, JsonNode> predicted = predictions == null ? Map.of() : readById(predictions);
    Scorer scorer = new Scorer();
    for (Path gold : goldFiles) {
      Map<String, JsonNode> records = null;
      for (JsonNode label : readLines(gold).values()) {
        String id = label.path("id").asText();
        JsonNode prediction;
        if (predictions != null) {
          prediction = predicted.get(id);
        } else if (label.has("text")) {
          prediction = extract(label);
        } else {
          if (records == null) {
            records = readById(besideRecords(gold));
          }
          JsonNode record = records.get(id);
          if (record == null) {
            throw new IllegalArgumentException("gold id '" + id + "' of " + gold + " has no record in " + besideRecords(gold));
          }
          prediction = extract(record);
        }
        scorer.add(label.path("corpus").asText(gold.getFileName().toString()), label, prediction);
      }
    }
    return scorer;
  }

  /** The extractor's record for one input record in corpus format. */
  public JsonNode extract(JsonNode record) {
    return RecordJson.toJson(RecordSummary.of(record.path("id").asText(), extraction(record)));
  }

  /** The extractor's findings, offsets included, for one input record in corpus format. */
  ArticleExtraction extraction(JsonNode record) {
    String published = record.path("published").asText(null);
    LocalDate date = published == null ? null : RecordParser.parseDate(published.strip());
    return extractor.extract(text(record, "title"), text(record, "text"), date, text(record, "source"));
  }

  private static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Path besideRecords(Path gold) {
    Path parent = gold.toAbsolutePath().getParent();
    return parent.resolve("records.jsonl");
  }

  private static Map<String, JsonNode> readById(Path file) {
    Map<String, JsonNode> byId = new HashMap<>();
    readLines(file).values().forEach(node -> byId.put(node.path("id").asText(), node));
    return byId;
  }

  /** The JSON of every non-blank line by line number; a line that is not JSON names the file and line. */
  static Map<Integer, JsonNode> readLines(Path file) {
    Map<Integer, JsonNode> lines = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          try {
            lines.put(n, JSON.readTree(line));
          } catch (IOException e) {
            throw new IllegalArgumentException(file + ":" + n + ": not valid JSON: " + e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return lines;
  }
}
