package org.charcha.job;

import java.util.List;
import java.util.Map;

/** What a finished run did, for the summary a person reads and for callers such as tests. */
public record PipelineResult(String output, long read, long processed, long rejected, long skipped, long undated,
    Map<String, Long> tableRows, List<Ranked> topLeaders, List<Ranked> topParties) {

  /** A leader or party with the number of articles that mention it. */
  public record Ranked(String name, long articles) {}
}
