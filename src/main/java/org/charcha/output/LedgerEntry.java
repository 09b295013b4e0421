package org.charcha.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One input file the nightly job has folded into its output: how the file looked when read (size,
 * modification time, SHA-256), what it contributed (the dates of its articles, its record counts, as
 * in the manifest) and which run read it with which knowledge base.
 */
public record LedgerEntry(
    String path,
    long size,
    long modified,
    String sha256,
    List<String> dates,
    long read,
    long processed,
    long rejected,
    long skipped,
    @JsonProperty("run_id") String runId,
    @JsonProperty("kb_version") String kbVersion) {

  public LedgerEntry {
    dates = List.copyOf(dates);
  }

  public FileCounts counts() {
    return new FileCounts(path, size, read, processed, rejected, skipped);
  }

  /** The same contribution seen again with a new modification time but identical bytes. */
  public LedgerEntry touched(long newModified) {
    return new LedgerEntry(path, size, newModified, sha256, dates, read, processed, rejected, skipped, runId, kbVersion);
  }
}
