package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A long step reports its tasks while it runs; a short one only records its time. */
class TimedStepsTest {
  /** Holds the last two tasks of the probe job until a progress line has shown the first two done. */
  private static final CountDownLatch REPORTED = new CountDownLatch(1);
  private static final CountDownLatch SECOND_STAGE_REPORTED = new CountDownLatch(1);
  private static final CountDownLatch WEIGHED_REPORTED = new CountDownLatch(1);
  private static final CountDownLatch REPORTED_BESIDE_OTHER_JOB = new CountDownLatch(1);
  private static final CountDownLatch OTHER_JOB_RELEASED = new CountDownLatch(1);
  private final SparkSession spark = LocalSpark.get();

  @Test
  void aLongStepReportsTasksDoneAndTimeToGo() {
    List<String> lines = new CopyOnWriteArrayList<>();
    TimedSteps steps = reportingEvery50Ms(lines, "2 of 4 tasks done", REPORTED);

    long sum = steps.timed("probe step", () -> JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(List.of(1, 2, 3, 4), 4)
        .map(value -> heldUntil(REPORTED, value))
        .reduce(Integer::sum));

    assertThat(sum).isEqualTo(10);
    assertThat(lines).anyMatch(l -> l.matches("probe step: 2 of 4 tasks done \\(50%\\) after \\d+ s, about \\d+ s to go"));
    assertThat(steps.timings()).containsOnlyKeys("probe_step");
  }

  /**
   * Read tasks differ in size (sorted largest first): the first two of four done are two thirds
   * of the input, and the line says so, with a time to go scaled by the input left.
   */
  @Test
  void aWeighedStageReportsTheInputDone() {
    List<String> lines = new CopyOnWriteArrayList<>();
    TimedSteps steps = reportingEvery50Ms(lines, "2 of 4 tasks done", WEIGHED_REPORTED);
    var values = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(1, 2, 3, 4), 4);
    steps.weigh(values.id(), new long[] {3L << 30, 1L << 30, 1L << 30, 1L << 30});

    long sum = steps.timed("probe step", () -> values.map(value -> heldUntil(WEIGHED_REPORTED, value)).reduce(Integer::sum));

    assertThat(sum).isEqualTo(10);
    assertThat(lines).anyMatch(l -> l.matches(
        "probe step: 2 of 4 tasks done, 4\\.0 GB of 6\\.0 GB of JSONL \\(66%\\) after \\d+ s, about \\d+ s to go"));
    assertThat(lines).noneMatch(l -> l.contains("tasks done ("));
  }

  /** A step whose Spark job runs a shuffle has two stages in turn; the second reports its own tasks once the first is done. */
  @Test
  void aLaterStageOfTheStepReportsItsOwnTasks() {
    List<String> lines = new CopyOnWriteArrayList<>();
    TimedSteps steps = reportingEvery50Ms(lines, "2 of 4 tasks done", SECOND_STAGE_REPORTED);

    long keys = steps.timed("probe step", () -> JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(List.of(1, 2, 3, 4), 2)
        .mapToPair(i -> new scala.Tuple2<>(i, i))
        .groupByKey(4)
        .map(group -> heldUntil(SECOND_STAGE_REPORTED, group._1()))
        .count());

    assertThat(keys).isEqualTo(4);
    assertThat(lines).anyMatch(l -> l.startsWith("probe step: 2 of 4 tasks done (50%)"));
    List<String> fromSecondStage = lines.stream().dropWhile(l -> !l.contains("of 4 tasks")).toList();
    assertThat(fromSecondStage).as("the first stage, once done, is no longer reported").noneMatch(l -> l.contains("of 2 tasks"));
  }

  /**
   * A notebook runs other jobs in the same session from other threads. One is submitted while the
   * step runs, and the step's held tasks wait for a report made after its stage was submitted
   * (this test's listener hears of a stage after the step's listener does): that report must not
   * count the other job's task.
   */
  @Test
  void stagesOfAnotherThreadsJobAreNotReported() throws InterruptedException {
    CountDownLatch startOther = new CountDownLatch(1);
    CountDownLatch otherSubmitted = new CountDownLatch(1);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Thread other = new Thread(() -> {
      awaitQuietly(startOther);
      context.setJobDescription("other job");
      context.parallelize(List.of(0), 1).map(value -> {
        OTHER_JOB_RELEASED.await(2, TimeUnit.MINUTES);
        return value;
      }).collect();
    });
    other.start();
    List<String> lines = new CopyOnWriteArrayList<>();
    TimedSteps steps = new TimedSteps(spark, line -> {
      lines.add(line);
      if (line.contains("2 of 4 tasks done") && otherSubmitted.getCount() == 0) {
        REPORTED_BESIDE_OTHER_JOB.countDown();
      }
    }, Duration.ofMillis(50));
    SparkListener seesOtherJob = new SparkListener() {
      @Override
      public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        if ("other job".equals(submitted.properties().getProperty("spark.job.description"))) {
          otherSubmitted.countDown();
        }
      }
    };

    long sum = steps.timed("probe step", () -> {
      spark.sparkContext().addSparkListener(seesOtherJob);
      startOther.countDown();
      try {
        return context.parallelize(List.of(1, 2, 3, 4), 4).map(value -> heldUntil(REPORTED_BESIDE_OTHER_JOB, value))
            .reduce(Integer::sum);
      } finally {
        spark.sparkContext().removeSparkListener(seesOtherJob);
      }
    });
    OTHER_JOB_RELEASED.countDown();
    other.join(TimeUnit.MINUTES.toMillis(2));

    assertThat(sum).isEqualTo(10);
    assertThat(otherSubmitted.getCount()).as("the other job ran while the step did").isZero();
    assertThat(lines).anyMatch(l -> l.startsWith("probe step: 2 of 4 tasks done"));
    assertThat(lines).noneMatch(l -> l.contains("of 1 tasks"));
  }

  @Test
  void aStepShorterThanTheIntervalOnlyRecordsItsTime() {
    List<String> lines = new CopyOnWriteArrayList<>();
    TimedSteps steps = new TimedSteps(spark, lines::add, Duration.ofHours(1));

    steps.timed("first", () -> spark.range(10).count());
    steps.timed("second", () -> spark.range(20).count());

    assertThat(lines).isEmpty();
    assertThat(steps.timings()).containsOnlyKeys("first", "second");
  }

  @Test
  void aBadIntervalSettingNamesTheSettingAndTheValue() {
    assertThatThrownBy(() -> SparkSessions.withSettings(spark, Map.of(TimedSteps.PROGRESS_SECONDS, "soon"),
        () -> new TimedSteps(spark, line -> { })))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.charcha.progressSeconds is 'soon'");
  }

  /** Steps whose progress lines go to {@code lines}; the first line holding {@code awaited} opens {@code reported}. */
  private TimedSteps reportingEvery50Ms(List<String> lines, String awaited, CountDownLatch reported) {
    return new TimedSteps(spark, line -> {
      lines.add(line);
      if (line.contains(awaited)) {
        reported.countDown();
      }
    }, Duration.ofMillis(50));
  }

  /**
   * The first two tasks return at once; the last two wait for the report of the first two, so the step is
   * long exactly until it has been reported. The wait is bounded so that a missing report fails the
   * assertions instead of hanging the build.
   */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int heldUntil(CountDownLatch reported, int value) throws InterruptedException {
    if (value > 2) {
      reported.await(2, TimeUnit.MINUTES);
    }
    return value;
  }
}
