package org.charcha.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code _manifest.json}: what a run read, what it wrote and with which code and knowledge base,
 * so that any figure taken from the output can be traced, and what it warned of, so that a
 * scheduled run's warnings outlive its console. Field names are snake_case.
 */
public record Manifest(
    @JsonProperty("run_id") String runId,
    String started,
    String finished,
    @JsonProperty("code_version") String codeVersion,
    @JsonProperty("kb_version") String kbVersion,
    Map<String, Object> parameters,
    List<FileCounts> inputs,
    Map<String, Long> totals,
    Map<String, Long> tables,
    @JsonProperty("rejected_by_reason") Map<String, Long> rejectedByReason,
    @JsonProperty("timings_ms") Map<String, Long> timingsMs,
    List<String> warnings) {

  /**
   * The manifest's file name in an output. Its presence is what marks an output complete: it is
   * written last and publishing moves it last ({@link OutputPublisher}).
   */
  public static final String FILE = "_manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the manifest", e);
    }
  }
}
