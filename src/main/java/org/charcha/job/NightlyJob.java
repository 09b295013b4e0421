package org.charcha.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.charcha.aggregate.CoverageTables;
import org.charcha.ingest.InputFile;
import org.charcha.ingest.InputResolver;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;
import org.charcha.output.FileCounts;
import org.charcha.output.Ledger;
import org.charcha.output.LedgerEntry;
import org.charcha.output.LedgerRun;
import org.charcha.output.Manifest;
import org.charcha.output.ParquetRows;

/**
 * The nightly, incremental form of {@link PipelineJob} over an output folder it keeps up to date.
 * Files the ledger has not seen, or has seen with other bytes, are read with PipelineJob's own steps;
 * the rows any earlier version of them contributed are dropped; the months they touch (before and
 * after) are recomputed from the rows of every other file plus the new ones, and only those month
 * partitions are replaced. The result equals one full run over every file in the ledger, which the
 * acceptance test checks. Why month partitions, crash behaviour and the ledger: docs/OPERATIONS.md.
 */
public final class NightlyJob {
  /** The per-article tables; rows of all but {@code articles} belong to a file through article_id. */
  private static final List<String> PER_ARTICLE =
      List.of("articles", "leader_mentions", "mentions", "party_mentions", "seat_claims");
  /** Order of replacement: articles last, since it says which rows a later run must drop. */
  private static final List<String> REPLACE_ORDER = List.of("rejected", "mentions", "leader_mentions",
      "party_mentions", "seat_claims", "coverage_daily", "party_coverage_daily", "articles");
  private static final String DUPLICATE = "duplicate id '";

  private final SparkSession spark;
  private final PipelineOptions options;
  private final LocalDate date;
  private final PipelineJob.ProgressListener progress;
  private final ParquetRows rowCounts;
  private final String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC)
      .format(Instant.now()) + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
  private final TimedSteps timedSteps;

  /** {@code date} is the night's logical date: recorded in the ledger and the manifest. */
  public NightlyJob(SparkSession spark, PipelineOptions options, LocalDate date, PipelineJob.ProgressListener progress) {
    if (options.hasDateRange()) {
      throw new IllegalArgumentException("nightly runs take every record of a file: --from/--to do not apply");
    }
    this.spark = spark;
    this.options = options;
    this.date = date;
    this.progress = progress;
    this.timedSteps = new TimedSteps(spark, progress);
    this.rowCounts = new ParquetRows(spark.sparkContext().hadoopConfiguration());
  }

  public NightlyResult execute() {
    String started = Instant.now().toString();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String output = options.output();
    FileSystem fs = fileSystem(output, conf);
    Ledger ledger = Ledger.read(output, conf);
    refuseForeignOutput(fs, ledger);
    finishOrClearWorkFolders(fs);
    List<InputFile> files = timedSteps.timed("resolve inputs", () -> new InputResolver(conf).resolve(options.inputs()));
    Delivery delivery = timedSteps.timed("compare with ledger", () -> Delivery.sort(files, ledger, conf));
    progress.step(files.size() + " input file(s): " + delivery.newFiles().size() + " new, "
        + delivery.changedFiles().size() + " changed");
    if (delivery.delivered().isEmpty()) {
      if (!delivery.touched().isEmpty()) {
        delivery.touched().forEach(ledger::put);
        ledger.write(output, conf);
      }
      return new NightlyResult(output, runId, List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
    }
    KnowledgeBase kb = timedSteps.timed("load knowledge base", () -> KnowledgeBaseLoader.load(java.nio.file.Path.of(options.kbDir())));
    Stored stored = new Stored(spark, fs, output);
    PipelineJob steps = new PipelineJob(spark, options, progress, timedSteps);

    try {
      Dataset<Row> deliveredRows = timedSteps.timed("ingest", () -> steps.ingest(delivery.delivered(), conf, kb));
      List<InputFile> reread = reread(stored, deliveredRows, paths(delivery.delivered()), ledger);
      List<InputFile> readNow = new ArrayList<>(delivery.delivered());
      readNow.addAll(reread);
      Dataset<Row> ingested = reread.isEmpty() ? deliveredRows : deliveredRows.unionByName(steps.ingest(reread, conf, kb));
      Dataset<Row> readPaths = spark.createDataset(paths(readNow), Encoders.STRING()).toDF("file");
      // The processed rows are cached just below, so a distributed join is not repeated per table.
      Dataset<Row> ranked = steps.markDuplicates(withOtherOccurrences(ingested, stored, readPaths), UnaryOperator.identity())
          .join(readPaths, Schemas.columns("file"), "left_semi");
      Dataset<Row> extracted = timedSteps.timed("extract", () -> steps.extract(ranked.filter(col("reason").isNull())));
      Map<String, Dataset<Row>> fresh = CoverageTables.build(extracted, steps.rejected(ranked));
      List<FileCounts> counts = timedSteps.timed("account for records", () -> steps.accountFor(readNow, ranked));
      Map<String, List<String>> dates = datesPerFile(extracted);

      Dataset<Row> storedArticles = stored.table("articles");
      Dataset<Row> dropped = storedArticles == null ? null : storedArticles.join(readPaths, Schemas.columns("file"), "left_semi");
      Set<String> months = months(fresh.get("articles"), dropped);
      String work = output + "/" + Ledger.FOLDER + "/work-" + runId;
      MonthPartitions partitions = new MonthPartitions(spark, fs);
      timedSteps.timed("compute months", () -> computeTables(stored, fresh, dropped, readPaths, months, work, partitions));
      MonthReplacement replacement = MonthReplacement.of(months, schemas(fresh));
      replacement.save(fs, work);
      timedSteps.timed("replace months", () -> replaceTables(replacement, work, partitions));
      Map<String, Long> rows = tableRows(output);
      record(ledger, delivery, reread, counts, dates, kb, months, started);
      Map<String, Long> totals = totals(ledger, output);
      Manifest manifest = new Manifest(runId, started, Instant.now().toString(), PipelineJob.codeVersion(),
          kb.version(), parameters(), ledger.entries().stream().map(LedgerEntry::counts).toList(), totals, rows,
          steps.rejectedByReason(spark.read().parquet(output + "/rejected")), timedSteps.timings(), steps.warnings());
      writeFile(fs, new Path(output, Manifest.FILE), manifest.toJson());
      ledger.write(output, conf);
      fs.delete(new Path(work), true);
      return new NightlyResult(output, runId, paths(delivery.newFiles()), paths(delivery.changedFiles()),
          paths(reread), List.copyOf(months), totals, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("nightly run " + runId + " failed writing " + output + ": " + e.getMessage()
          + "; the next run redoes it", e);
    } finally {
      steps.releaseCaches();
    }
  }

  /**
   * An output written by `run` has no ledger folder: folding files into it would count them twice.
   * A first night stopped before it wrote its ledger has the folder (its work folder is in it).
   */
  private void refuseForeignOutput(FileSystem fs, Ledger ledger) {
    try {
      if (ledger.isEmpty() && !fs.exists(new Path(options.output(), Ledger.FOLDER))
          && fs.exists(new Path(options.output(), "articles"))) {
        throw new IllegalArgumentException("--output " + options.output() + " holds tables but no "
            + Ledger.location(options.output()) + " (it was written by `run`?); give nightly a folder of its own");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at --output " + options.output(), e);
    }
  }

  /**
   * Work folders of a run that died. The ledger was not updated, so this run redoes their files; but
   * a run killed while replacing months may have left a table with a month half replaced, and this
   * run would compute from it. So a replacement that had begun is first repeated from the work folder.
   */
  private void finishOrClearWorkFolders(FileSystem fs) {
    try {
      FileStatus[] stale = fs.globStatus(new Path(options.output() + "/" + Ledger.FOLDER + "/work-*"));
      if (stale != null) {
        for (FileStatus folder : stale) {
          Optional<MonthReplacement> begun = MonthReplacement.saved(fs, folder.getPath());
          if (begun.isPresent()) {
            progress.step("finishing the replacement of " + begun.get().months() + " that " + folder.getPath().getName()
                + " began before it was stopped");
            MonthPartitions partitions = new MonthPartitions(spark, fs);
            REPLACE_ORDER.forEach(name -> partitions.clearAbandonedWrites(options.output() + "/" + name));
            replaceTables(begun.get(), folder.getPath().toString(), partitions);
          }
          fs.delete(folder.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish or clear old work folders under " + options.output() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Which article is kept and which is a duplicate depends on every occurrence of its id in (file,
   * line) order. Unchanged files holding an id that the delivered files hold now, or held before,
   * may see their rows change status, so they are read again too.
   */
  private List<InputFile> reread(Stored stored, Dataset<Row> deliveredRows, List<String> delivered, Ledger ledger) {
    Dataset<Row> occurrences = stored.occurrences();
    if (occurrences == null) {
      return List.of();
    }
    describe("Charcha nightly: earlier files sharing ids with the delivery");
    Column isDelivered = col("file").isin(delivered.toArray());
    Dataset<Row> ids = deliveredRows.filter(col("reason").isNull()).select(col("id"))
        .union(occurrences.filter(isDelivered).select(col("id")));
    List<InputFile> again = new ArrayList<>();
    for (Row row : occurrences.filter(isDelivered.unary_$bang()).join(ids, Schemas.columns("id"), "left_semi")
        .select(col("file")).distinct().orderBy(col("file")).collectAsList()) {
      String path = row.getString(0);
      LedgerEntry entry = ledger.entry(path).orElseThrow(() -> new IllegalStateException(
          "the output holds rows of " + path + " that the ledger does not list; give nightly a folder of its own"));
      again.add(new InputFile(path, entry.size()));
    }
    if (!again.isEmpty()) {
      progress.step("reading " + again.size() + " earlier file(s) again: they share article ids with the delivery");
    }
    return again;
  }

  /** The ingested rows plus, as bare (file, line, id) rows, occurrences of their ids in other files. */
  private Dataset<Row> withOtherOccurrences(Dataset<Row> ingested, Stored stored, Dataset<Row> readPaths) {
    Dataset<Row> occurrences = stored.occurrences();
    if (occurrences == null) {
      return ingested;
    }
    Dataset<Row> others = occurrences.join(readPaths, Schemas.columns("file"), "left_anti")
        .join(ingested.filter(col("reason").isNull()).select(col("id")).distinct(), Schemas.columns("id"), "left_semi");
    List<String> present = List.of(others.columns());
    List<Column> columns = new ArrayList<>();
    for (StructField field : Schemas.READ.fields()) {
      columns.add(present.contains(field.name())
          ? col(field.name()).cast(field.dataType()) : lit(null).cast(field.dataType()).alias(field.name()));
    }
    return ingested.unionByName(others.select(columns.toArray(Column[]::new)).withColumn("month", CoverageTables.month()));
  }

  private Set<String> months(Dataset<Row> freshArticles, Dataset<Row> dropped) {
    Dataset<Row> all = freshArticles.select(col("month"));
    if (dropped != null) {
      all = all.union(dropped.select(col("month")));
    }
    describe("Charcha nightly: months to rewrite");
    Set<String> months = new TreeSet<>();
    all.distinct().collectAsList().forEach(r -> months.add(r.getString(0)));
    progress.step("months to rewrite: " + months);
    return months;
  }

  /** Writes every table's new content for the affected months into the work folder. */
  private Void computeTables(Stored stored, Map<String, Dataset<Row>> fresh, Dataset<Row> dropped,
      Dataset<Row> readPaths, Set<String> months, String work, MonthPartitions partitions) {
    Dataset<Row> droppedIds = fresh.get("articles").select(col("id").alias("article_id"));
    if (dropped != null) {
      droppedIds = droppedIds.union(dropped.select(col("id").alias("article_id")));
    }
    Map<String, Dataset<Row>> computed = new LinkedHashMap<>();
    for (String name : PER_ARTICLE) {
      Dataset<Row> rows = fresh.get(name);
      Dataset<Row> old = stored.table(name);
      if (old != null) {
        Dataset<Row> inMonths = old.filter(col("month").isin(months.toArray()));
        Dataset<Row> kept = name.equals("articles")
            ? inMonths.join(readPaths, Schemas.columns("file"), "left_anti")
            : inMonths.join(droppedIds, Schemas.columns("article_id"), "left_anti");
        rows = kept.unionByName(rows);
      }
      computed.put(name, writeMonths(name, rows, work, partitions));
    }
    CoverageTables.dailySummaries(computed.get("articles"), computed.get("leader_mentions"), computed.get("party_mentions"))
        .forEach((name, rows) -> writeMonths(name, rows, work, partitions));
    Dataset<Row> rejected = fresh.get("rejected");
    Dataset<Row> oldRejected = stored.table("rejected");
    if (oldRejected != null) {
      rejected = oldRejected.join(readPaths, Schemas.columns("file"), "left_anti").unionByName(rejected);
    }
    describe("Charcha nightly: rejected");
    rejected.coalesce(1).write().mode(SaveMode.Overwrite).parquet(work + "/rejected");
    return null;
  }

  /** Writes table {@code name}'s month partitions into {@code work} and returns them read back (or the empty rows when there are none). */
  private Dataset<Row> writeMonths(String name, Dataset<Row> rows, String work, MonthPartitions partitions) {
    String path = work + "/" + name;
    describe("Charcha nightly: " + path);
    MonthSpread.write(spark, rows, byMonth -> byMonth.write().options(CoverageTables.parquetOptions(name))
        .mode(SaveMode.Overwrite).partitionBy("month").parquet(path));
    try {
      return partitions.hasPartitions(new Path(path)) ? spark.read().parquet(path) : rows.limit(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  /** Replaces each table's months from the work folder, which stays as it is, so a stopped replacement can be repeated. */
  private Void replaceTables(MonthReplacement replacement, String work, MonthPartitions partitions) {
    for (String name : REPLACE_ORDER) {
      describe("Charcha nightly: replace " + name);
      String table = options.output() + "/" + name;
      if (name.equals("rejected")) {
        partitions.replaceWhole(table, work + "/" + name);
      } else {
        partitions.replace(table, work + "/" + name, replacement.months(), replacement.schema(name),
            CoverageTables.parquetOptions(name));
      }
      progress.step("replaced " + name + (name.equals("rejected") ? "" : " for " + replacement.months()));
    }
    return null;
  }

  private static Map<String, StructType> schemas(Map<String, Dataset<Row>> fresh) {
    Map<String, StructType> schemas = new TreeMap<>();
    fresh.forEach((name, rows) -> schemas.put(name, rows.schema()));
    return schemas;
  }

  private Map<String, Long> tableRows(String output) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String name : CoverageTables.PUBLISHED) {
      rows.put(name, rowCounts.count(output + "/" + name));
    }
    return rows;
  }

  /** The dates each file's articles were published on, for the ledger. */
  private Map<String, List<String>> datesPerFile(Dataset<Row> extracted) {
    describe("Charcha nightly: publication dates per file");
    Map<String, List<String>> dates = new TreeMap<>();
    for (Row row : extracted.filter(col("date").isNotNull()).groupBy(col("file"))
        .agg(collect_set(col("date").cast("string"))).collectAsList()) {
      dates.put(row.getString(0), new ArrayList<>(new TreeSet<>(row.getList(1))));
    }
    return dates;
  }

  private void record(Ledger ledger, Delivery delivery, List<InputFile> reread, List<FileCounts> counts,
      Map<String, List<String>> dates, KnowledgeBase kb, Set<String> months, String started) {
    for (FileCounts c : counts) {
      LedgerEntry before = ledger.entry(c.path()).orElse(null);
      String sha = delivery.checksums().getOrDefault(c.path(), before == null ? null : before.sha256());
      long modified = delivery.modified().getOrDefault(c.path(), before == null ? 0L : before.modified());
      ledger.put(new LedgerEntry(c.path(), c.size(), modified, sha, dates.getOrDefault(c.path(), List.of()),
          c.read(), c.processed(), c.rejected(), c.skipped(), runId, kb.version()));
    }
    delivery.touched().forEach(ledger::put);
    ledger.addRun(new LedgerRun(runId, date.toString(), started, Instant.now().toString(),
        paths(delivery.newFiles()), paths(delivery.changedFiles()), paths(reread), List.copyOf(months)));
  }

  private Map<String, Long> totals(Ledger ledger, String output) {
    List<FileCounts> all = ledger.entries().stream().map(LedgerEntry::counts).toList();
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("read", all.stream().mapToLong(FileCounts::read).sum());
    totals.put("processed", all.stream().mapToLong(FileCounts::processed).sum());
    totals.put("rejected", all.stream().mapToLong(FileCounts::rejected).sum());
    totals.put("skipped_outside_dates", all.stream().mapToLong(FileCounts::skipped).sum());
    totals.put("undated", rowCounts.count(output + "/articles/month=" + CoverageTables.UNDATED));
    return totals;
  }

  private Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>(options.asParameters());
    parameters.put("mode", "nightly");
    parameters.put("date", date.toString());
    return parameters;
  }

  private static void writeFile(FileSystem fs, Path path, byte[] content) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(content);
    }
  }

  private static FileSystem fileSystem(String output, Configuration conf) {
    try {
      return new Path(output).getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of --output " + output, e);
    }
  }

  private static List<String> paths(List<InputFile> files) {
    return files.stream().map(InputFile::path).toList();
  }

  private void describe(String description) {
    spark.sparkContext().setJobDescription(description);
  }

  /** The published tables as they were when this run started (null for a table not yet written). */
  private record Stored(SparkSession spark, FileSystem fs, String output) {
    Dataset<Row> table(String name) {
      Path path = new Path(output, name);
      try {
        return fs.exists(path) ? spark.read().parquet(path.toString()) : null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }

    /** (id, file, line) of every valid record read so far: kept articles and quarantined duplicates. */
    Dataset<Row> occurrences() {
      Dataset<Row> articles = table("articles");
      Dataset<Row> rejected = table("rejected");
      if (articles == null || rejected == null) {
        return null;
      }
      return articles.select(col("id"), col("file"), col("line"))
          .union(rejected.filter(col("reason").startsWith(DUPLICATE)).select(col("snippet").alias("id"), col("file"), col("line")));
    }
  }
}
