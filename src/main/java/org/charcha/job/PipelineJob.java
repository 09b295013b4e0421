package org.charcha.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.charcha.aggregate.CoverageTables;
import org.charcha.ingest.FilePart;
import org.charcha.ingest.InputFile;
import org.charcha.ingest.InputResolver;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;
import org.charcha.output.FileCounts;
import org.charcha.output.Manifest;
import org.charcha.output.OutputPublisher;
import org.charcha.output.ParquetRows;

/**
 * The whole batch pipeline: resolve inputs, ingest (quarantining bad lines), drop duplicate ids,
 * extract with the broadcast knowledge base, derive the tables, write them to staging, check that
 * every record is accounted for, and publish atomically. Each step is a method below and shows in
 * the Spark UI under its own job description.
 */
public final class PipelineJob {
  private static final int TOP = 10;
  private static final String OBSERVED_ROWS = "rows";
  /** Input JSONL per task of the read cache: 256 MiB of it extracts to about 70 MiB of rows. */
  private static final long JSONL_BYTES_PER_TASK = 256L << 20;
  /**
   * Spark setting: how many duplicate lines at most are kept in the driver and broadcast to every
   * task; more are joined the distributed way and the marked lines cached again. Every table's
   * query probes the broadcast, the second cache costs a pass over every line: with 1 GB of
   * generated input and part of it again, the broadcast was 1.9 s faster at 50,704 duplicates and
   * 3.4 s slower at 101,175 (docs/PERFORMANCE.md), so the default lies between.
   */
  public static final String MAX_DUPLICATES_IN_DRIVER = "spark.charcha.maxDuplicatesInDriver";
  private static final int DEFAULT_MAX_DUPLICATES_IN_DRIVER = 70_000;
  private final SparkSession spark;
  private final PipelineOptions options;
  private final String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC)
      .format(Instant.now()) + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
  private final ProgressListener progress;
  /** Rows in written files on disk: the undated articles, and whether an empty write left any file. */
  private final ParquetRows rowCounts;
  /** Every cache this run made, dropped by {@link #releaseCaches} whether the run succeeds or fails. */
  private final List<Dataset<Row>> caches = new ArrayList<>();
  /** Read when the job is built, so that a bad setting fails the run before its input is read. */
  private final int maxDuplicatesInDriver;
  private final TimedSteps timedSteps;
  /**
   * One for every read of the job: the nightly job reads twice (new files, then files to re-read),
   * and its manifest must name the executors of both reads in one warning.
   */
  private final HugeMethodCheck hugeMethods;

  public PipelineJob(SparkSession spark, PipelineOptions options, ProgressListener progress) {
    this(spark, options, progress, new TimedSteps(spark, progress));
  }

  /** A job whose steps are timed and reported by {@code timedSteps}: the nightly job's, which runs them. */
  PipelineJob(SparkSession spark, PipelineOptions options, ProgressListener progress, TimedSteps timedSteps) {
    this.spark = spark;
    this.options = options;
    this.progress = progress;
    this.timedSteps = timedSteps;
    this.rowCounts = new ParquetRows(spark.sparkContext().hadoopConfiguration());
    this.maxDuplicatesInDriver = maxDuplicatesInDriver(spark);
    this.hugeMethods = HugeMethodCheck.register(spark.sparkContext());
  }

  /** Receives one line per step so that a long run shows where it is. */
  @FunctionalInterface
  public interface ProgressListener {
    void step(String message);
  }

  public PipelineResult execute() {
    String started = Instant.now().toString();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = timedSteps.timed("resolve inputs", () -> new InputResolver(conf).resolve(options.inputs()));
    KnowledgeBase kb = timedSteps.timed("load knowledge base", () -> KnowledgeBaseLoader.load(Path.of(options.kbDir())));
    OutputPublisher publisher = new OutputPublisher(options.output(), runId, conf);
    publisher.checkWritable();
    publisher.recover().forEach(progress::step);
    progress.step("reading " + files.size() + " input file(s) with knowledge base " + kb.version());
    try {
      Dataset<Row> lines = timedSteps.timed("read and extract", () -> ingest(files, conf, kb));
      Dataset<Row> ranked = timedSteps.timed("mark duplicates", () -> markDuplicates(lines, marked -> respread(marked, lines, files)));
      Dataset<Row> extracted = inDateRange(ranked.filter(col("reason").isNull())).selectExpr(Schemas.EXTRACTED_COLUMNS);
      Map<String, Dataset<Row>> tables = CoverageTables.build(extracted, rejected(ranked));
      Map<String, Long> rows = timedSteps.timed("write tables", () -> write(tables, publisher, monthTasks(files)));
      List<FileCounts> counts = timedSteps.timed("account for records", () -> accountFor(files, ranked));
      checkTablesAgree(counts, rows);
      PipelineResult result = result(publisher, counts, rows, tables);
      Manifest manifest = new Manifest(runId, started, Instant.now().toString(), codeVersion(), kb.version(),
          options.asParameters(), counts, totals(result), rows, rejectedByReason(written(publisher, "rejected")),
          timedSteps.timings(), warnings());
      publisher.writeStagingFile(Manifest.FILE, manifest.toJson());
      publisher.publish();
      return result;
    } catch (RuntimeException e) {
      try {
        publisher.discard();
      } catch (RuntimeException notDiscarded) {
        e.addSuppressed(notDiscarded);
      }
      throw e;
    } finally {
      releaseCaches();
    }
  }

  /**
   * Drops every cache this run made, so that a long-lived session (a notebook's) is left none of
   * them. It waits for the blocks to be gone: dropped in the background, they were still being
   * removed when the command stopped Spark, which deleted the block folders under them, and the
   * removal warned of a block "not found on disk or in memory" at the end of most runs.
   */
  void releaseCaches() {
    caches.forEach(cache -> cache.unpersist(true));
    caches.clear();
  }

  /**
   * Reads every input line and extracts each good record in the same pass (one task per file, or
   * per part of a large plain file), so the text is read once; the rows kept carry the findings,
   * not the text. The tables, the rejected lines and the per-file counts all read this one cache.
   * It is spread over tasks by month, the partition of every month-partitioned table
   * ({@link MonthSpread}): the per-article tables are then written as it lies, one file per month
   * (or per task of a month too large for one), where each used to shuffle its rows by month
   * before writing. Executors that ran the read with huge methods left interpreted are warned of
   * ({@link HugeMethodCheck}).
   */
  Dataset<Row> ingest(List<InputFile> files, Configuration conf, KnowledgeBase kb) {
    Dataset<Row> lines = read(files, conf, kb).withColumn("month", CoverageTables.month());
    Dataset<Row> cached = MonthSpread.cache(spark, lines, monthTasks(files),
        spread -> cachedAndCounted(spread, "read and extracted %d input line(s)"));
    hugeMethods.warning().ifPresent(progress::step);
    return cached;
  }

  /** What the reads so far told the user to fix, for the manifest. */
  List<String> warnings() {
    return hugeMethods.warning().stream().toList();
  }

  /**
   * How many tasks hold the read cache, and so write each month-partitioned table: the session's
   * shuffle partitions, or more for a large input, so that a task's share stays near what 256 MiB
   * of JSONL extracts to. A fixed count let each task's share grow with the corpus: at 8 GB on two
   * cores, eight tasks of about 290 MiB of rows each ran the table phase into 23 full collections
   * of a 1 GiB heap, and 33 tasks ran it with none, 7% faster (docs/PERFORMANCE.md). Months are
   * hashed to these tasks whole; only a month too large for a task is split ({@link MonthSpread}).
   */
  int monthTasks(List<InputFile> files) {
    long jsonl = files.stream().mapToLong(ReadTasks::jsonlBytes).sum();
    int configured = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    return (int) Math.max(configured, (jsonl + JSONL_BYTES_PER_TASK - 1) / JSONL_BYTES_PER_TASK);
  }

  /** The lines of every file, read and extracted lazily, one task per file or part of a large file ({@link ReadTasks}). */
  private Dataset<Row> read(List<InputFile> files, Configuration conf, KnowledgeBase kb) {
    Broadcast<SerializableConfiguration> hadoopConf = SerializableConfiguration.broadcast(spark.sparkContext(), conf);
    Broadcast<KnowledgeBase> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(kb);
    Dataset<FilePart> parts = ReadTasks.of(spark, files, hadoopConf, timedSteps);
    describe("Charcha: read and extract " + files.size() + " file(s)");
    return parts.flatMap(new IngestFunction(options, hadoopConf, shared, hugeMethods), Encoders.row(Schemas.READ));
  }

  /**
   * Duplicate ids: the first occurrence in (file, line) order is processed, later ones are
   * quarantined naming the first, so re-delivered articles are never counted twice. Only the id,
   * file and line of the good lines are shuffled and ranked; the lines themselves are joined with
   * the later occurrences only when there are any, from a table in the driver broadcast to every
   * task when they are few, as they usually are, which leaves the lines where they lie. Unasked,
   * Spark broadcasts only a table it estimates below 10 MB, which it puts at about 187,000
   * duplicates (56 bytes a row), and shuffles every line to meet a larger one. More than
   * {@link #MAX_DUPLICATES_IN_DRIVER} are joined the distributed way, and the marked lines handed to
   * {@code afterDistributedJoin}: they then lie by line, not by month.
   */
  Dataset<Row> markDuplicates(Dataset<Row> lines, UnaryOperator<Dataset<Row>> afterDistributedJoin) {
    describe("Charcha: find duplicate ids");
    Dataset<Row> later = laterOccurrences(lines);
    long duplicates = later.count();
    if (duplicates == 0) {
      return lines;
    }
    boolean inDriver = duplicates <= maxDuplicatesInDriver;
    Dataset<Row> marks = inDriver ? broadcast(spark.createDataFrame(later.collectAsList(), later.schema())) : later;
    Column reason = when(col("first").isNotNull(),
        concat(lit("duplicate id '"), col("id"), lit("', first seen at "), col("first"))).otherwise(col("reason"));
    Dataset<Row> marked = lines.join(marks, Schemas.columns("file", "line"), "left").withColumn("reason", reason)
        .select(Arrays.stream(lines.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    return inDriver ? marked : afterDistributedJoin.apply(marked);
  }

  private static int maxDuplicatesInDriver(SparkSession spark) {
    String value = spark.conf().get(MAX_DUPLICATES_IN_DRIVER, String.valueOf(DEFAULT_MAX_DUPLICATES_IN_DRIVER));
    if (!value.trim().matches("\\d{1,9}")) {
      throw new IllegalArgumentException(MAX_DUPLICATES_IN_DRIVER + " is '" + value
          + "'; give a whole number of duplicate lines, 0 or more (default " + DEFAULT_MAX_DUPLICATES_IN_DRIVER + ")");
    }
    return Integer.parseInt(value.trim());
  }

  /**
   * Lines marked by a distributed join, cached again spread by month like the read cache, so that
   * the per-article tables are still written as the rows lie and none repeats the join; the read
   * cache is dropped once they are.
   */
  private Dataset<Row> respread(Dataset<Row> marked, Dataset<Row> read, List<InputFile> files) {
    Dataset<Row> spread = MonthSpread.cache(spark, marked, monthTasks(files),
        rows -> cachedAndCounted(rows, "marked the duplicate ids among %d line(s)"));
    read.unpersist();
    caches.remove(read);
    return spread;
  }

  /** (file, line, first) of every good line whose id an earlier line already had. */
  private static Dataset<Row> laterOccurrences(Dataset<Row> lines) {
    var byId = Window.partitionBy(col("id")).orderBy(col("file"), col("line"));
    Column first = concat(org.apache.spark.sql.functions.first(col("file")).over(byId), lit(":"),
        org.apache.spark.sql.functions.first(col("line")).over(byId).cast("string"));
    return lines.filter(col("reason").isNull()).select(col("id"), col("file"), col("line"))
        .withColumn("rank", row_number().over(byId))
        .withColumn("first", first)
        .filter(col("rank").gt(1))
        .select(col("file"), col("line"), col("first"));
  }

  Dataset<Row> rejected(Dataset<Row> ranked) {
    return ranked.filter(col("reason").isNotNull())
        .select(col("file"), col("line"), col("reason"), when(col("snippet").isNull(), col("id")).otherwise(col("snippet")).alias("snippet"));
  }

  private Dataset<Row> inDateRange(Dataset<Row> accepted) {
    return options.hasDateRange() ? accepted.filter(withinDates()) : accepted;
  }

  /** The --from/--to test as a column: a dated article inside the range (undated ones fail it). */
  private Column withinDates() {
    Column keep = col("date").isNotNull();
    if (options.from() != null) {
      keep = keep.and(col("date").geq(lit(java.sql.Date.valueOf(options.from()))));
    }
    if (options.to() != null) {
      keep = keep.and(col("date").leq(lit(java.sql.Date.valueOf(options.to()))));
    }
    return keep;
  }

  /** The processed articles (not rejected, not a duplicate, within the dates), cached for the tables. */
  Dataset<Row> extract(Dataset<Row> accepted) {
    describe("Charcha: keep processed articles");
    return cachedAndCounted(accepted.selectExpr(Schemas.EXTRACTED_COLUMNS), "processed %d article(s)");
  }

  /**
   * Caches {@code rows} on local disk and reports how many. Disk, not memory first: a task caching
   * a month-spread partition in memory holds what it has unrolled while it spills the rest, and at
   * 8 GB of input on two cores two such tasks ran a 1 GiB heap out of memory (MEMORY_AND_DISK);
   * written straight to disk each task holds one batch, the operating system's page cache keeps the
   * blocks in RAM outside the heap, and the 2 GB run was no slower (docs/PERFORMANCE.md).
   */
  private Dataset<Row> cachedAndCounted(Dataset<Row> rows, String progressFormat) {
    rows.persist(StorageLevel.DISK_ONLY());
    caches.add(rows);
    progress.step(progressFormat.formatted(rows.count()));
    return rows;
  }

  private Dataset<Row> written(OutputPublisher publisher, String table) {
    return spark.read().parquet(publisher.stagingPath() + "/" + table);
  }

  /**
   * Every table in turn, each computed from the read cache: the per-article tables are plain
   * selections of it, written as it lies; the daily summaries aggregations of those, gathered by
   * month to be written (a shuffle Spark leaves out while no month of the cache was split).
   */
  private Map<String, Long> write(Map<String, Dataset<Row>> tables, OutputPublisher publisher, int monthTasks) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> table : tables.entrySet()) {
      String name = table.getKey();
      describe("Charcha: write " + name);
      String path = publisher.stagingPath() + "/" + name;
      Dataset<Row> rows = table.getValue();
      Map<String, String> parquet = CoverageTables.parquetOptions(name);
      counts.put(name, !CoverageTables.MONTH_PARTITIONED.contains(name) ? writeWhole(rows, path, parquet)
          : writeByMonth(CoverageTables.PER_ARTICLE.contains(name) ? rows : rows.repartition(monthTasks, col("month")), path,
              parquet));
      progress.step("wrote " + name + " (" + counts.get(name) + " rows)");
    }
    return counts;
  }

  /**
   * One folder per month; returns the rows written. When none were observed (Spark reports no
   * metric when no task ran) the files decide; an empty table is then written unpartitioned, since
   * Spark writes no file at all for an empty partitioned write and readers need one that carries
   * the schema.
   */
  private long writeByMonth(Dataset<Row> table, String path, Map<String, String> parquet) {
    Observation written = new Observation();
    table.observe(written, count(lit(1)).alias(OBSERVED_ROWS)).write().options(parquet).mode(SaveMode.Overwrite)
        .partitionBy("month").parquet(path);
    long rows = observedRows(written);
    if (rows > 0) {
      return rows;
    }
    long onDisk = rowCounts.count(path);
    if (onDisk == 0) {
      writeWhole(spark.createDataFrame(List.of(), table.schema()), path, parquet);
    }
    return onDisk;
  }

  private long writeWhole(Dataset<Row> table, String path, Map<String, String> parquet) {
    Observation written = new Observation();
    table.observe(written, count(lit(1)).alias(OBSERVED_ROWS)).coalesce(1).write().options(parquet)
        .mode(SaveMode.Overwrite).parquet(path);
    return observedRows(written);
  }

  /**
   * The rows that reached the writer, counted as they passed (a Spark observed metric), so no
   * table is read back or counted in a second job; 0 when Spark reported none.
   */
  private static long observedRows(Observation written) {
    try {
      Object rows = written.getAsJava().get(OBSERVED_ROWS);
      return rows == null ? 0 : (Long) rows;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a table's written row count", e);
    }
  }

  /** Per input file: read = processed + rejected + skipped, or the run fails before publishing. */
  List<FileCounts> accountFor(List<InputFile> files, Dataset<Row> ranked) {
    describe("Charcha: account for every input line");
    Column valid = col("reason").isNull();
    Column processed = options.hasDateRange() ? valid.and(withinDates()) : valid;
    Map<String, Row> perFile = new HashMap<>();
    for (Row row : ranked.groupBy(col("file"))
        .agg(count(lit(1)).alias("read"),
            sum(when(processed, 1).otherwise(0)).alias("processed"),
            sum(when(col("reason").isNotNull(), 1).otherwise(0)).alias("rejected"))
        .collectAsList()) {
      perFile.put(row.getString(0), row);
    }
    List<FileCounts> counts = new ArrayList<>();
    for (InputFile file : files) {
      Row row = perFile.get(file.path());
      long read = row == null ? 0 : row.getLong(1);
      long done = row == null ? 0 : row.getLong(2);
      long bad = row == null ? 0 : row.getLong(3);
      FileCounts fileCounts = new FileCounts(file.path(), file.size(), read, done, bad, read - done - bad);
      if (!fileCounts.balances() || fileCounts.skipped() < 0) {
        throw new IllegalStateException("record accounting failed for " + file.path() + ": " + fileCounts);
      }
      counts.add(fileCounts);
    }
    return counts;
  }

  /**
   * The per-file counts come from one query over the ranked lines; the table sizes from the rows
   * each table's own query handed to its writer. They are computed independently, so a record lost
   * between the two (in a filter or a join) fails the run here, before publishing, instead of going
   * missing from a published table.
   */
  static void checkTablesAgree(List<FileCounts> counts, Map<String, Long> rows) {
    long processed = counts.stream().mapToLong(FileCounts::processed).sum();
    long rejected = counts.stream().mapToLong(FileCounts::rejected).sum();
    if (rows.get("articles") != processed || rows.get("rejected") != rejected) {
      throw new IllegalStateException("record accounting failed: the inputs give " + processed + " processed and "
          + rejected + " rejected records, but the tables hold " + rows.get("articles") + " articles and "
          + rows.get("rejected") + " rejected rows; nothing was published");
    }
  }

  private PipelineResult result(OutputPublisher publisher, List<FileCounts> counts, Map<String, Long> rows,
      Map<String, Dataset<Row>> tables) {
    long read = counts.stream().mapToLong(FileCounts::read).sum();
    long processed = counts.stream().mapToLong(FileCounts::processed).sum();
    long rejected = counts.stream().mapToLong(FileCounts::rejected).sum();
    long skipped = counts.stream().mapToLong(FileCounts::skipped).sum();
    long undated = rowCounts.count(publisher.stagingPath() + "/articles/month=" + CoverageTables.UNDATED);
    describe("Charcha: most covered leaders and parties");
    return new PipelineResult(publisher.outputPath(), read, processed, rejected, skipped, undated, rows,
        top(tables.get("leader_mentions"), "leader"), top(tables.get("party_mentions"), "party"));
  }

  /** A per-article table has one row per article and leader (or party), so rows count articles. */
  private static List<PipelineResult.Ranked> top(Dataset<Row> perArticle, String key) {
    return perArticle.groupBy(col(key)).agg(count(lit(1)).alias("articles"))
        .orderBy(col("articles").desc(), col(key)).limit(TOP).collectAsList().stream()
        .map(r -> new PipelineResult.Ranked(r.getString(0), r.getLong(1))).toList();
  }

  private static Map<String, Long> totals(PipelineResult result) {
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("read", result.read());
    totals.put("processed", result.processed());
    totals.put("rejected", result.rejected());
    totals.put("skipped_outside_dates", result.skipped());
    totals.put("undated", result.undated());
    return totals;
  }

  Map<String, Long> rejectedByReason(Dataset<Row> rejected) {
    describe("Charcha: rejected lines by reason");
    Map<String, Long> byReason = new LinkedHashMap<>();
    Column kind = org.apache.spark.sql.functions.regexp_extract(col("reason"), "^([^:(']+)", 1);
    for (Row row : rejected.groupBy(org.apache.spark.sql.functions.trim(kind).alias("kind")).count().orderBy("kind").collectAsList()) {
      byReason.put(row.getString(0), row.getLong(1));
    }
    return byReason;
  }

  private void describe(String description) {
    spark.sparkContext().setJobDescription(description);
  }

  /** The project version the build stamped into charcha.properties; also what --version prints. */
  public static String codeVersion() {
    Properties properties = new Properties();
    try (InputStream in = PipelineJob.class.getResourceAsStream("/charcha.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read charcha.properties from the classpath", e);
    }
    return properties.getProperty("version", "unknown");
  }
}
