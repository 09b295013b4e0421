package org.charcha.kb.wikidata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charcha.kb.KnowledgeBaseException;

/**
 * How Wikidata items map onto Charcha's keys, read from {@code data/kb/wikidata.tsv}: a party item to
 * a party key ({@code party Q10230 BJP}), and a position item to an office and jurisdiction
 * ({@code position Q192711 PM IN}). People edit it when they import new kinds of leaders.
 */
public final class WikidataMapping {
  private static final List<String> COLUMNS = List.of("kind", "qid", "key", "jurisdiction");
  private final Map<String, String> parties = new HashMap<>();
  private final Map<String, Position> positions = new HashMap<>();

  /** An office and the jurisdiction a position item stands for. */
  public record Position(String office, String jurisdiction) {}

  public static WikidataMapping read(Path file) {
    WikidataMapping mapping = new WikidataMapping();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Wikidata mapping " + file, e);
    }
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (!header) {
        if (!List.of(fields).equals(COLUMNS)) {
          throw new KnowledgeBaseException(file.toString(), i + 1, "header must be " + String.join(", ", COLUMNS));
        }
        header = true;
        continue;
      }
      if (fields.length != COLUMNS.size() || !fields[1].matches("Q[0-9]+")) {
        throw new KnowledgeBaseException(file.toString(), i + 1, "expected kind, a QID, key, jurisdiction separated by tabs");
      }
      switch (fields[0]) {
        case "party" -> mapping.parties.put(fields[1], fields[2]);
        case "position" -> mapping.positions.put(fields[1], new Position(fields[2], fields[3]));
        default -> throw new KnowledgeBaseException(file.toString(), i + 1,
            "kind must be 'party' or 'position', found '" + fields[0] + "'");
      }
    }
    return mapping;
  }

  public String party(String qid) {
    return parties.get(qid);
  }

  public Position position(String qid) {
    return positions.get(qid);
  }
}
