package org.charcha.job;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charcha.ingest.RecordParser;

/**
 * The validated options of one pipeline run. Built with {@link #builder()}; {@link Builder#build()}
 * rejects a bad combination with a message that names the value.
 */
public record PipelineOptions(List<String> inputs, String output, LocalDate from, LocalDate to, String kbDir,
    int maxTextChars, LocalDate latestDate) implements java.io.Serializable {

  public static Builder builder() {
    return new Builder();
  }

  /** The parameters as written into the manifest. */
  public Map<String, Object> asParameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("inputs", inputs);
    p.put("output", output);
    p.put("from", from == null ? null : from.toString());
    p.put("to", to == null ? null : to.toString());
    p.put("kb", kbDir);
    p.put("max_text_chars", maxTextChars);
    return p;
  }

  public boolean hasDateRange() {
    return from != null || to != null;
  }

  /** Whether an article of this date is inside --from/--to; undated ones are not when a range is set. */
  public boolean includes(LocalDate date) {
    if (!hasDateRange()) {
      return true;
    }
    return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public static final class Builder {
    private List<String> inputs = List.of();
    private String output;
    private LocalDate from;
    private LocalDate to;
    private String kbDir;
    private int maxTextChars = RecordParser.DEFAULT_MAX_TEXT_CHARS;
    private LocalDate latestDate = LocalDate.now().plusDays(1);

    public Builder inputs(List<String> inputs) {
      this.inputs = List.copyOf(inputs);
      return this;
    }

    public Builder output(String output) {
      this.output = output;
      return this;
    }

    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    public Builder kbDir(String kbDir) {
      this.kbDir = kbDir;
      return this;
    }

    public Builder maxTextChars(int maxTextChars) {
      this.maxTextChars = maxTextChars;
      return this;
    }

    /** Dates after this are impossible for a published article; defaults to tomorrow. */
    public Builder latestDate(LocalDate latestDate) {
      this.latestDate = latestDate;
      return this;
    }

    public PipelineOptions build() {
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no --input given: name at least one file, folder or glob");
      }
      if (output == null || output.isBlank()) {
        throw new IllegalArgumentException("--output must name a folder");
      }
      if (kbDir == null || kbDir.isBlank()) {
        throw new IllegalArgumentException("--kb must name the knowledge-base folder (data/kb)");
      }
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("--to " + to + " is before --from " + from);
      }
      if (maxTextChars < 1) {
        throw new IllegalArgumentException("--max-text-chars must be positive, found " + maxTextChars);
      }
      return new PipelineOptions(inputs, output, from, to, kbDir, maxTextChars, latestDate);
    }
  }
}
