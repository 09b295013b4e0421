package org.charcha.job;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;

/**
 * Times a job's steps for its manifest and, while a step runs longer than the progress interval,
 * reports how far its Spark tasks have got. Reading a corpus is one Spark job, one task per file
 * or part of a large file ({@link ReadTasks}): at cluster scale it runs for hours, and the console
 * would otherwise stay silent until it ends. The figures come from a Spark listener in the driver,
 * so they are the same on a cluster as embedded; a step shorter than the interval reports nothing. Only the step's own stages are
 * reported: its jobs carry a tag in their local properties, which a notebook's other jobs in the
 * same session, run from other threads, do not. A stage whose tasks read known amounts of input
 * ({@link #weigh}) reports how much of it is done, and its time to go by that measure, since a
 * corpus's files may differ widely in size.
 */
final class TimedSteps {
  /** Spark setting: seconds between two progress lines of a long step; 0 turns them off. */
  static final String PROGRESS_SECONDS = "spark.charcha.progressSeconds";
  /** The local property that marks the jobs of the step being reported. */
  private static final String STEP_TAG = "charcha.progress.step";
  private static final int DEFAULT_PROGRESS_SECONDS = 30;
  private final SparkContext context;
  private final PipelineJob.ProgressListener progress;
  private final Duration interval;
  private final Map<String, Long> timings = new LinkedHashMap<>();
  /** By RDD id: the input bytes of each of its partitions, for the stages that compute it. */
  private final Map<Integer, long[]> taskBytes = new ConcurrentHashMap<>();

  TimedSteps(SparkSession spark, PipelineJob.ProgressListener progress) {
    this(spark, progress, progressInterval(spark));
  }

  TimedSteps(SparkSession spark, PipelineJob.ProgressListener progress, Duration interval) {
    this.context = spark.sparkContext();
    this.progress = progress;
    this.interval = interval;
  }

  /** Runs {@code work}, reporting its progress while it is long and recording its time under {@code step}. */
  <T> T timed(String step, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return interval.isZero() ? work.get() : reporting(step, start, work);
    } finally {
      timings.put(step.replace(' ', '_'), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * Reports the progress of any stage that computes {@code rddId} in input bytes: partition
   * {@code i} reads about {@code bytes[i]}. Read tasks are sorted largest first, so counting tasks
   * made the time to go too high through the first half of a read of unequal files.
   */
  void weigh(int rddId, long[] bytes) {
    taskBytes.put(rddId, bytes.clone());
  }

  /** Runs {@code work} with a listener on its stages and a thread that reports them every interval. */
  private <T> T reporting(String step, long start, Supplier<T> work) {
    String tag = UUID.randomUUID().toString();
    String outerTag = context.getLocalProperty(STEP_TAG);
    RunningStages stages = new RunningStages(tag, taskBytes);
    context.setLocalProperty(STEP_TAG, tag);
    context.addSparkListener(stages);
    ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "charcha-progress");
      thread.setDaemon(true);
      return thread;
    });
    long millis = interval.toMillis();
    reporter.scheduleAtFixedRate(() -> report(step, start, stages), millis, millis, TimeUnit.MILLISECONDS);
    try {
      return work.get();
    } finally {
      reporter.shutdownNow();
      context.removeSparkListener(stages);
      context.setLocalProperty(STEP_TAG, outerTag);
    }
  }

  /** Each step's time in milliseconds, in the order the steps ran. */
  Map<String, Long> timings() {
    return Collections.unmodifiableMap(timings);
  }

  /**
   * One line for every stage running now: tasks done of all, and a rough time to go, the stage's
   * time so far scaled by the tasks left (tasks of one step are files or months of similar size),
   * or by the input left when the stage's tasks are weighed. A step may run several stages in turn
   * (reading the files, then building the read cache); each reports its own tasks while it runs.
   */
  private void report(String step, long stepStart, RunningStages stages) {
    String elapsed = duration(System.nanoTime() - stepStart);
    for (StageProgress stage : stages.running()) {
      int done = stage.partitionsDone();
      boolean weighed = stage.weighed();
      long workDone = weighed ? stage.bytesDone() : done;
      long work = weighed ? stage.bytes() : stage.partitions();
      String input = weighed ? ", %s of %s of JSONL".formatted(size(workDone), size(work)) : "";
      String toGo = workDone > 0 && done < stage.partitions() ? toGo(System.nanoTime() - stage.submitted(), workDone, work) : "";
      progress.step("%s: %d of %d tasks done%s (%d%%) after %s%s".formatted(step, done, stage.partitions(), input,
          100 * workDone / work, elapsed, toGo));
    }
  }

  /** The time so far scaled by the work left: {@code done} of {@code all} units took {@code nanos}. */
  private static String toGo(long nanos, long done, long all) {
    return ", about " + duration((long) ((double) nanos / done * (all - done))) + " to go";
  }

  /**
   * The step's stages that have been submitted and not completed, as Spark's scheduler reports
   * them. A stage resubmitted to recompute lost output keeps its progress ({@link StageProgress}).
   */
  private static final class RunningStages extends SparkListener {
    private final String tag;
    private final Map<Integer, long[]> taskBytes;
    private final Map<Integer, StageProgress> stages = new ConcurrentHashMap<>();
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();

    RunningStages(String tag, Map<Integer, long[]> taskBytes) {
      this.tag = tag;
      this.taskBytes = taskBytes;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
      Properties job = submitted.properties();
      StageInfo info = submitted.stageInfo();
      if (info.numTasks() > 0 && job != null && tag.equals(job.getProperty(STEP_TAG))) {
        stages.computeIfAbsent(info.stageId(), id -> new StageProgress(info.numTasks(), System.nanoTime(), bytes(info)));
        running.add(info.stageId());
      }
    }

    /** The stages running now, in no particular order. */
    List<StageProgress> running() {
      return running.stream().map(stages::get).toList();
    }

    /** The input bytes of the stage's tasks, when it computes a weighed RDD partition for partition. */
    private long[] bytes(StageInfo info) {
      return scala.jdk.javaapi.CollectionConverters.asJava(info.rddInfos()).stream()
          .map(rdd -> taskBytes.get(rdd.id()))
          .filter(bytes -> bytes != null && bytes.length == info.numTasks())
          .findFirst().orElse(null);
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart started) {
      StageProgress stage = stages.get(started.stageId());
      if (stage != null) {
        stage.started(started.taskInfo().partitionId(), started.stageAttemptId());
      }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd ended) {
      StageProgress stage = stages.get(ended.stageId());
      if (stage != null && ended.taskInfo().successful()) {
        stage.succeeded(ended.taskInfo().partitionId(), ended.stageAttemptId());
      }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
      running.remove(completed.stageInfo().stageId());
    }
  }

  private static String duration(long nanos) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    return minutes < 60 ? "%d min %02d s".formatted(minutes, seconds % 60) : "%d h %02d min".formatted(minutes / 60, minutes % 60);
  }

  /** Binary units, as the corpus generator's sizes. */
  private static String size(long bytes) {
    if (bytes < 1L << 20) {
      return (bytes >> 10) + " KB";
    }
    return bytes < 1L << 30 ? (bytes >> 20) + " MB" : String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
  }

  private static Duration progressInterval(SparkSession spark) {
    String value = spark.conf().get(PROGRESS_SECONDS, String.valueOf(DEFAULT_PROGRESS_SECONDS));
    if (!value.trim().matches("\\d{1,6}")) {
      throw new IllegalArgumentException(PROGRESS_SECONDS + " is '" + value
          + "'; give the seconds between two progress lines of a long step, or 0 for none (default "
          + DEFAULT_PROGRESS_SECONDS + ")");
    }
    return Duration.ofSeconds(Integer.parseInt(value.trim()));
  }
}
