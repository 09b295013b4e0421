package org.charcha.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills the report template (resources report/report.html) with the figures, embedded as JSON, and
 * the chart script (report/charts.js) inlined: one file that opens without a network.
 */
public final class ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportWriter() {}

  public static String html(JsonNode figures, String output, String jsonName) {
    JsonNode period = figures.get("period");
    JsonNode quality = figures.get("quality");
    String html = resource("report/report.html");
    Map<String, String> values = Map.of(
        "from", escape(period.get("from").asText()),
        "to", escape(period.get("to").asText()),
        "previous_from", escape(period.get("previous_from").asText()),
        "previous_to", escape(period.get("previous_to").asText()),
        "days", String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(period.get("from").asText()),
            java.time.LocalDate.parse(period.get("to").asText())) + 1),
        "output", escape(output),
        "json", escape(jsonName),
        "run_id", escape(quality.get("run_id").asText()),
        "rejected_examples", examples(quality.get("rejected_examples")),
        "run_warnings", warnings(quality.get("warnings")));
    for (Map.Entry<String, String> value : values.entrySet()) {
      html = html.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    // Inside <script> a "<" could close the element; as \u003c it is the same JSON.
    return html.replace("{{figures}}", compact(figures).replace("<", "\\u003c"))
        .replace("{{charts_js}}", resource("report/charts.js"));
  }

  public static byte[] json(JsonNode figures) {
    try {
      return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the report figures", e);
    }
  }

  private static String examples(JsonNode examples) {
    if (examples.isEmpty()) {
      return "<p>No quarantined lines.</p>";
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode e : examples) {
      lines.add(e.get("file").asText() + ":" + e.get("line").asLong() + " " + e.get("reason").asText());
    }
    return headedList("First quarantined lines:", lines);
  }

  /** Nothing for a clean run; the run's own words otherwise, for whoever keeps the schedule. */
  private static String warnings(JsonNode warnings) {
    if (warnings.isEmpty()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    warnings.forEach(warning -> lines.add(warning.asText()));
    return "<div class=\"warnings\">" + headedList("The run warned:", lines) + "</div>";
  }

  /** A heading and one list item per line, each escaped. */
  private static String headedList(String heading, List<String> lines) {
    StringBuilder list = new StringBuilder("<p>").append(escape(heading)).append("</p><ul>");
    lines.forEach(line -> list.append("<li>").append(escape(line)).append("</li>"));
    return list.append("</ul>").toString();
  }

  private static String compact(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the report figures", e);
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
