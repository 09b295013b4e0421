package org.charcha.kb.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Builds knowledge-base rows from Wikidata JSON entity records, the format of Wikidata's dumps (one
 * entity object per line inside a JSON array, lines ending in commas; plain JSONL works too, and
 * {@code .gz}). A person becomes a leader when the item is human (P31 = Q5) and holds a mapped
 * position (P39) or belongs to a mapped party (P102); each mapped P39 statement with a start date
 * becomes an office term. Names come from the Hindi and English labels and aliases; the canonical
 * name is the English Wikipedia title. Streams the dump, so it scales to the full file.
 */
public final class WikidataImporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUMAN = "Q5";
  private final WikidataMapping mapping;

  /** What an import produced: leader rows and term rows in the knowledge-base TSV formats. */
  public record Result(List<String> leaders, List<String> terms, long entitiesRead) {}

  public WikidataImporter(WikidataMapping mapping) {
    this.mapping = mapping;
  }

  public Result importDump(Path dump) {
    List<String> leaders = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    long read = 0;
    try (BufferedReader reader = open(dump)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String record = entityText(line);
        if (record == null) {
          continue;
        }
        read++;
        toRows(JSON.readTree(record), leaders, terms);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Wikidata dump " + dump + ": " + e.getMessage(), e);
    }
    return new Result(leaders, terms, read);
  }

  public static void write(Path file, String header, List<String> rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# Imported from a Wikidata dump by `jobs/charcha kb import-wikidata`; review before use.\n");
      out.write(header + "\n");
      for (String row : rows) {
        out.write(row + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static BufferedReader open(Path dump) throws IOException {
    InputStream in = Files.newInputStream(dump);
    if (dump.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The entity object on a dump line, without the array's brackets and trailing comma. */
  private static String entityText(String line) {
    String text = line.strip();
    if (text.endsWith(",")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.startsWith("{") ? text : null;
  }

  private void toRows(JsonNode entity, List<String> leaders, List<String> terms) {
    if (!claimValues(entity, "P31").contains(HUMAN)) {
      return;
    }
    String party = null;
    for (String partyQid : claimValues(entity, "P102")) {
      if (mapping.party(partyQid) != null) {
        party = mapping.party(partyQid);
      }
    }
    String name = canonicalName(entity);
    List<String> personTerms = new ArrayList<>();
    for (JsonNode statement : entity.path("claims").path("P39")) {
      WikidataMapping.Position position = mapping.position(itemId(statement.path("mainsnak")));
      String from = qualifierDate(statement, "P580");
      if (position != null && from != null) {
        String to = qualifierDate(statement, "P582");
        personTerms.add(String.join("\t", position.office(), position.jurisdiction(), name, from, to == null ? "" : to));
      }
    }
    if (party == null && personTerms.isEmpty()) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    Set<String> shortNames = new LinkedHashSet<>();
    for (String language : List.of("hi", "en")) {
      List<String> spellings = new ArrayList<>();
      spellings.add(entity.path("labels").path(language).path("value").asText(""));
      entity.path("aliases").path(language).forEach(alias -> spellings.add(alias.path("value").asText("")));
      for (String spelling : spellings) {
        String clean = spelling.replaceAll("[\\t|]", " ").strip();
        // One-word aliases are surnames or nicknames: ambiguous alone, so they need an antecedent.
        if (!clean.isEmpty()) {
          (clean.contains(" ") ? names : shortNames).add(clean);
        }
      }
    }
    if (names.isEmpty()) {
      names.add(name);
    }
    leaders.add(String.join("\t", entity.path("id").asText(), name, party == null ? "" : party, "",
        String.join("|", names), String.join("|", shortNames)));
    terms.addAll(personTerms);
  }

  private static String canonicalName(JsonNode entity) {
    String title = entity.path("sitelinks").path("enwiki").path("title").asText("");
    return title.isBlank() ? entity.path("labels").path("en").path("value").asText(entity.path("id").asText()) : title;
  }

  private static List<String> claimValues(JsonNode entity, String property) {
    List<String> values = new ArrayList<>();
    entity.path("claims").path(property).forEach(statement -> {
      String id = itemId(statement.path("mainsnak"));
      if (id != null) {
        values.add(id);
      }
    });
    return values;
  }

  private static String itemId(JsonNode snak) {
    JsonNode id = snak.path("datavalue").path("value").path("id");
    return id.isTextual() ? id.asText() : null;
  }

  /** A qualifier's date as YYYY-MM-DD from Wikidata's "+2014-05-26T00:00:00Z", day precision or better. */
  private static String qualifierDate(JsonNode statement, String property) {
    for (JsonNode qualifier : statement.path("qualifiers").path(property)) {
      JsonNode value = qualifier.path("datavalue").path("value");
      String time = value.path("time").asText("");
      if (time.length() >= 11 && value.path("precision").asInt(0) >= 11) {
        return time.substring(1, 11);
      }
    }
    return null;
  }
}
