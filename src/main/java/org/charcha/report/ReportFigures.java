package org.charcha.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.charcha.output.Manifest;

/**
 * The figures behind every chart of the report, computed with Spark from a Charcha output folder:
 * one JSON object per chart, written beside the HTML so a reader can check any bar.
 */
public final class ReportFigures {
  static final int TOP = 10;
  static final int LINES = 5;
  static final int SOURCES = 8;
  static final int PARTIES_IN_SHARE = 5;
  static final int CLAIMS = 40;
  static final int REJECTED_EXAMPLES = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SparkSession spark;
  private final String output;
  private final JsonNode manifest;

  /** Reads the manifest first: an output without one is not whole (see OutputPublisher) and is not reported on. */
  public ReportFigures(SparkSession spark, String output) {
    this.spark = spark;
    this.output = output;
    this.manifest = readManifest();
  }

  /** The latest publication date in the output, which the default period ends on. */
  public LocalDate latestDate() {
    Row row = table("articles").agg(max(col("date"))).first();
    if (row.isNullAt(0)) {
      throw new IllegalArgumentException("--output " + output + " has no dated articles to report on");
    }
    return ((Date) row.get(0)).toLocalDate();
  }

  public ObjectNode compute(ReportPeriod period) {
    ObjectNode figures = JSON.createObjectNode();
    ReportPeriod previous = period.previous();
    ObjectNode p = figures.putObject("period");
    p.put("from", period.from().toString());
    p.put("to", period.to().toString());
    p.put("previous_from", previous.from().toString());
    p.put("previous_to", previous.to().toString());
    Dataset<Row> leaders = table("coverage_daily").withColumnRenamed("leader", "name");
    Dataset<Row> parties = table("party_coverage_daily").withColumnRenamed("party", "name");
    List<Ranked> topLeaders = ranked(leaders, period);
    List<Ranked> topParties = ranked(parties, period);
    figures.set("top_leaders", rankedJson(topLeaders, TOP));
    figures.set("top_parties", rankedJson(topParties, TOP));
    figures.set("movers", movers(topLeaders, topParties));
    figures.set("daily_leaders", dailyLines(leaders, period, topLeaders));
    figures.set("share_of_voice", shareOfVoice(parties, period));
    figures.set("seat_claims", newSeatClaims(period));
    figures.set("quality", quality());
    return figures;
  }

  /** A leader or party with its articles in the period and in the previous one. */
  record Ranked(String name, String kind, long articles, long previous) {
    long change() {
      return articles - previous;
    }
  }

  private List<Ranked> ranked(Dataset<Row> daily, ReportPeriod period) {
    ReportPeriod previous = period.previous();
    Column now = in(period);
    Column before = in(previous);
    String kind = List.of(daily.columns()).contains("leader_id") ? "leader" : "party";
    List<Ranked> ranked = new ArrayList<>();
    for (Row row : daily.filter(now.or(before)).groupBy(col("name"))
        .agg(sum(org.apache.spark.sql.functions.when(now, col("articles")).otherwise(0)).alias("now"),
            sum(org.apache.spark.sql.functions.when(before, col("articles")).otherwise(0)).alias("before"))
        .collectAsList()) {
      ranked.add(new Ranked(row.getString(0), kind, row.getLong(1), row.getLong(2)));
    }
    ranked.sort(Comparator.comparingLong(Ranked::articles).reversed().thenComparing(Ranked::name));
    return ranked;
  }

  private static ArrayNode rankedJson(List<Ranked> ranked, int limit) {
    ArrayNode rows = JSON.createArrayNode();
    ranked.stream().filter(r -> r.articles() > 0).limit(limit).forEach(r -> rows.addObject()
        .put("name", r.name()).put("kind", r.kind()).put("articles", r.articles()).put("previous", r.previous())
        .put("change", r.change()));
    return rows;
  }

  /** Leaders and parties whose article count moved most against the previous period, either way. */
  private static ArrayNode movers(List<Ranked> leaders, List<Ranked> parties) {
    List<Ranked> all = new ArrayList<>(leaders);
    all.addAll(parties);
    all.removeIf(r -> r.change() == 0);
    all.sort(Comparator.comparingLong((Ranked r) -> Math.abs(r.change())).reversed().thenComparing(Ranked::name));
    return rankedJsonAll(all.subList(0, Math.min(TOP, all.size())));
  }

  private static ArrayNode rankedJsonAll(List<Ranked> ranked) {
    ArrayNode rows = JSON.createArrayNode();
    ranked.forEach(r -> rows.addObject().put("name", r.name()).put("kind", r.kind()).put("articles", r.articles())
        .put("previous", r.previous()).put("change", r.change()));
    return rows;
  }

  /** Articles per day (all sources) for the top leaders, with a zero on days without any. */
  private ObjectNode dailyLines(Dataset<Row> leaders, ReportPeriod period, List<Ranked> top) {
    List<String> names = top.stream().filter(r -> r.articles() > 0).limit(LINES).map(Ranked::name).toList();
    Map<String, Map<String, Long>> perDay = new HashMap<>();
    for (Row row : leaders.filter(in(period).and(col("name").isin(names.toArray()))).groupBy(col("name"), col("date"))
        .agg(sum(col("articles"))).collectAsList()) {
      perDay.computeIfAbsent(row.getString(0), n -> new HashMap<>()).put(row.get(1).toString(), row.getLong(2));
    }
    ObjectNode lines = JSON.createObjectNode();
    ArrayNode dates = lines.putArray("dates");
    for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
      dates.add(d.toString());
    }
    ArrayNode series = lines.putArray("series");
    for (String name : names) {
      ObjectNode s = series.addObject().put("name", name);
      ArrayNode values = s.putArray("values");
      dates.forEach(d -> values.add(perDay.getOrDefault(name, Map.of()).getOrDefault(d.asText(), 0L)));
    }
    return lines;
  }

  /** Per source, how the articles naming a party split between the top parties (and the rest). */
  private ObjectNode shareOfVoice(Dataset<Row> parties, ReportPeriod period) {
    Dataset<Row> inPeriod = parties.filter(in(period));
    List<String> top = new ArrayList<>();
    inPeriod.groupBy(col("name")).agg(sum(col("articles")).alias("a")).orderBy(col("a").desc(), col("name"))
        .limit(PARTIES_IN_SHARE).collectAsList().forEach(r -> top.add(r.getString(0)));
    List<String> sources = new ArrayList<>();
    inPeriod.groupBy(col("source")).agg(sum(col("articles")).alias("a")).orderBy(col("a").desc(), col("source"))
        .limit(SOURCES).collectAsList().forEach(r -> sources.add(r.getString(0)));
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    sources.forEach(s -> counts.put(s, new LinkedHashMap<>()));
    for (Row row : inPeriod.filter(col("source").isin(sources.toArray())).groupBy(col("source"), col("name"))
        .agg(sum(col("articles"))).collectAsList()) {
      String party = top.contains(row.getString(1)) ? row.getString(1) : "Other";
      counts.get(row.getString(0)).merge(party, row.getLong(2), Long::sum);
    }
    ObjectNode share = JSON.createObjectNode();
    ArrayNode keys = share.putArray("parties");
    top.forEach(keys::add);
    keys.add("Other");
    ArrayNode rows = share.putArray("sources");
    counts.forEach((source, byParty) -> {
      long total = byParty.values().stream().mapToLong(Long::longValue).sum();
      ObjectNode row = rows.addObject().put("source", source).put("party_articles", total);
      ObjectNode shares = row.putObject("shares");
      keys.forEach(k -> shares.put(k.asText(), total == 0 ? 0.0 : byParty.getOrDefault(k.asText(), 0L) / (double) total));
    });
    return share;
  }

  /** Claims in the period whose (party, seats, kind, election) no earlier article claimed. */
  private ArrayNode newSeatClaims(ReportPeriod period) {
    Dataset<Row> claims = table("seat_claims");
    List<String> key = List.of("party", "seats", "kind", "election");
    Dataset<Row> earlier = claims.filter(col("date").lt(lit(Date.valueOf(period.from())))).select(
        key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)).distinct();
    ArrayNode rows = JSON.createArrayNode();
    for (Row row : claims.filter(in(period))
        .join(earlier, scala.jdk.javaapi.CollectionConverters.asScala(key).toList(), "left_anti")
        .orderBy(col("date").desc(), col("source"), col("article_id"), col("start")).limit(CLAIMS)
        .select("date", "source", "party", "seats", "seats_max", "kind", "election", "quote", "article_id")
        .collectAsList()) {
      ObjectNode claim = rows.addObject().put("date", row.get(0).toString()).put("source", row.getString(1))
          .put("party", row.getString(2)).put("seats", row.getInt(3));
      if (!row.isNullAt(4)) {
        claim.put("seats_max", row.getInt(4));
      }
      claim.put("kind", row.getString(5)).put("election", row.getString(6)).put("quote", row.getString(7))
          .put("article_id", row.getString(8));
    }
    return rows;
  }

  /**
   * Records read, processed, quarantined by reason and undated: the manifest, with examples from
   * rejected, and the run's warnings (none in a manifest written before they were kept).
   */
  private ObjectNode quality() {
    ObjectNode quality = JSON.createObjectNode();
    JsonNode totals = manifest.path("totals");
    for (String field : List.of("read", "processed", "rejected", "skipped_outside_dates", "undated")) {
      quality.put(field, totals.path(field).asLong());
    }
    quality.set("rejected_by_reason", manifest.path("rejected_by_reason"));
    quality.put("run_id", manifest.path("run_id").asText());
    quality.put("finished", manifest.path("finished").asText());
    ArrayNode warnings = quality.putArray("warnings");
    manifest.path("warnings").forEach(warnings::add);
    ArrayNode examples = quality.putArray("rejected_examples");
    for (Row row : table("rejected").orderBy(col("file"), col("line")).limit(REJECTED_EXAMPLES).collectAsList()) {
      examples.addObject().put("file", new Path(row.getString(0)).getName()).put("line", row.getLong(1))
          .put("reason", row.getString(2));
    }
    return quality;
  }

  private JsonNode readManifest() {
    Path path = new Path(output, Manifest.FILE);
    try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
      return JSON.readTree(in);
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("--output " + output + " has no " + Manifest.FILE + ": it is not a Charcha output,"
          + " or a run into it was interrupted while publishing (the next run into it finishes that)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(output + "/" + name);
  }

  private static Column in(ReportPeriod period) {
    return col("date").between(lit(Date.valueOf(period.from())), lit(Date.valueOf(period.to())));
  }
}
