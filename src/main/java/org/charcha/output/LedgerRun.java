package org.charcha.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One nightly run as the ledger remembers it: what it found and which months it rewrote. */
public record LedgerRun(
    @JsonProperty("run_id") String runId,
    String date,
    String started,
    String finished,
    @JsonProperty("new_files") List<String> newFiles,
    @JsonProperty("changed_files") List<String> changedFiles,
    @JsonProperty("reread_files") List<String> rereadFiles,
    @JsonProperty("rewritten_months") List<String> rewrittenMonths) {

  public LedgerRun {
    newFiles = List.copyOf(newFiles);
    changedFiles = List.copyOf(changedFiles);
    rereadFiles = List.copyOf(rereadFiles);
    rewrittenMonths = List.copyOf(rewrittenMonths);
  }
}
