package org.charcha.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The run's warnings in the data-quality panel: shown, escaped, and absent for a clean run. */
class ReportWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRunsWarningsAreListedUnderItsDataQuality() {
    String html = ReportWriter.html(figures("warning: executor(s) 1 leave <methods> interpreted"), "out", "report.json");

    assertThat(html).contains("<div class=\"warnings\"><p>The run warned:</p><ul>"
        + "<li>warning: executor(s) 1 leave &lt;methods&gt; interpreted</li></ul></div></figure>");
  }

  @Test
  void aCleanRunShowsNoWarnings() {
    String html = ReportWriter.html(figures(), "out", "report.json");

    assertThat(html).contains("No quarantined lines.</p></div></figure>").doesNotContain("The run warned");
  }

  private static ObjectNode figures(String... warnings) {
    ObjectNode figures = JSON.createObjectNode();
    figures.putObject("period").put("from", "2025-07-26").put("to", "2025-08-01")
        .put("previous_from", "2025-07-19").put("previous_to", "2025-07-25");
    ObjectNode quality = figures.putObject("quality").put("run_id", "r1");
    quality.putArray("rejected_examples");
    ArrayNode listed = quality.putArray("warnings");
    for (String warning : warnings) {
      listed.add(warning);
    }
    return figures;
  }
}
