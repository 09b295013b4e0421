package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.charcha.output.FileCounts;
import org.junit.jupiter.api.Test;

/** The run refuses to publish tables whose sizes disagree with what the inputs account for. */
class AccountingCheckTest {
  private static final List<FileCounts> COUNTS = List.of(
      new FileCounts("file:/a.jsonl", 10, 5, 4, 1, 0), new FileCounts("file:/b.jsonl", 10, 3, 1, 1, 1));

  @Test
  void tablesThatHoldEveryRecordPass() {
    assertThatCode(() -> PipelineJob.checkTablesAgree(COUNTS, Map.of("articles", 5L, "rejected", 2L)))
        .doesNotThrowAnyException();
  }

  @Test
  void aLostArticleFailsTheRun() {
    assertThatThrownBy(() -> PipelineJob.checkTablesAgree(COUNTS, Map.of("articles", 4L, "rejected", 2L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("record accounting failed: the inputs give 5 processed and 2 rejected records, but the tables "
            + "hold 4 articles and 2 rejected rows; nothing was published");
  }

  @Test
  void aLostRejectionFailsTheRun() {
    assertThatThrownBy(() -> PipelineJob.checkTablesAgree(COUNTS, Map.of("articles", 5L, "rejected", 1L)))
        .isInstanceOf(IllegalStateException.class);
  }
}
