package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A stage's progress counts partitions whose output exists, as a cluster's speculation and retries make them. */
class StageProgressTest {
  @Test
  void aSpeculativeCopyThatAlsoSucceedsCountsItsPartitionOnce() {
    StageProgress stage = new StageProgress(4, 0, new long[] {30, 10, 10, 10});
    stage.started(0, 0);
    stage.started(0, 0);
    stage.succeeded(0, 0);
    stage.succeeded(0, 0);
    stage.succeeded(1, 0);

    assertThat(stage.partitionsDone()).isEqualTo(2);
    assertThat(stage.bytesDone()).isEqualTo(40);
    assertThat(stage.bytes()).isEqualTo(60);
  }

  /**
   * Lost output is rerun in a new attempt of the stage: the partitions it reruns are no longer
   * done once their tasks start, and the others stay done, so a read of 257 files that lost three
   * shows 254 of 257, not 0 of 3.
   */
  @Test
  void aResubmittedStageKeepsThePartitionsWhoseOutputSurvived() {
    StageProgress stage = new StageProgress(4, 0, null);
    for (int partition = 0; partition < 4; partition++) {
      stage.started(partition, 0);
      stage.succeeded(partition, 0);
    }

    stage.started(2, 1);

    assertThat(stage.partitionsDone()).isEqualTo(3);
    stage.succeeded(2, 1);
    assertThat(stage.partitionsDone()).isEqualTo(4);
  }

  /**
   * A task of the stage's earlier attempt may still succeed after the retry started the same
   * partition (Spark keeps whichever output comes first): the partition is done, once.
   */
  @Test
  void aLateSuccessOfTheEarlierAttemptCountsOnce() {
    StageProgress stage = new StageProgress(2, 0, null);
    stage.started(0, 0);
    stage.started(0, 1);
    stage.succeeded(0, 0);

    assertThat(stage.partitionsDone()).isEqualTo(1);
    stage.succeeded(0, 1);
    assertThat(stage.partitionsDone()).isEqualTo(1);
  }
}
