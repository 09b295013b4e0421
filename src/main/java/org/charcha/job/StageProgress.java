package org.charcha.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far one Spark stage has got, counted in partitions whose output exists, not in task ends.
 * On a cluster the two differ: with {@code spark.speculation} on, a slow task's copy may succeed
 * beside it, two successes for one partition; and when an executor is lost, Spark resubmits the
 * stage to recompute the partitions whose output went with it, a new attempt of fewer tasks. A
 * count of task ends ran past 100% in the first case; starting over from the new attempt's tasks
 * in the second showed a nearly finished read as just begun.
 */
final class StageProgress {
  private final int partitions;
  private final long submitted;
  /** Input bytes per partition, or null when the stage's tasks are not weighed. */
  private final long[] bytes;
  /** Partition to the stage attempt in which its output was last made. */
  private final Map<Integer, Integer> done = new ConcurrentHashMap<>();

  StageProgress(int partitions, long submitted, long[] bytes) {
    this.partitions = partitions;
    this.submitted = submitted;
    this.bytes = bytes;
  }

  /**
   * A task of {@code stageAttempt} started on {@code partition}: if a task of an earlier attempt
   * had made its output, that output was lost, since Spark reruns only partitions it lacks.
   */
  void started(int partition, int stageAttempt) {
    done.computeIfPresent(partition, (p, madeIn) -> madeIn < stageAttempt ? null : madeIn);
  }

  void succeeded(int partition, int stageAttempt) {
    done.merge(partition, stageAttempt, Math::max);
  }

  int partitions() {
    return partitions;
  }

  /** Nanotime of the stage's first submission, so that a retry does not restart its clock. */
  long submitted() {
    return submitted;
  }

  int partitionsDone() {
    return done.size();
  }

  boolean weighed() {
    return bytes != null;
  }

  /** Input bytes of the partitions done; call only when {@link #weighed()}. */
  long bytesDone() {
    return done.keySet().stream().mapToLong(partition -> bytes[partition]).sum();
  }

  /** Input bytes of every partition, at least 1; call only when {@link #weighed()}. */
  long bytes() {
    long sum = 0;
    for (long partitionBytes : bytes) {
      sum += partitionBytes;
    }
    return Math.max(1, sum);
  }
}
