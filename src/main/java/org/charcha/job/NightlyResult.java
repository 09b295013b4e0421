package org.charcha.job;

import java.util.List;
import java.util.Map;

/**
 * What a nightly run did: the files it found new or changed, the unchanged files it had to read again
 * because they share article ids with those (so duplicates resolve as in a full run), the months it
 * rewrote, and the whole output's totals and table sizes afterwards.
 */
public record NightlyResult(String output, String runId, List<String> newFiles, List<String> changedFiles,
    List<String> rereadFiles, List<String> rewrittenMonths, Map<String, Long> totals, Map<String, Long> tableRows) {

  public boolean changedNothing() {
    return newFiles.isEmpty() && changedFiles.isEmpty();
  }
}
