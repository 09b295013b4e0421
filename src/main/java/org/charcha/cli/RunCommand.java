package org.charcha.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.charcha.ingest.InputResolver;
import org.charcha.job.PipelineJob;
import org.charcha.job.PipelineOptions;
import org.charcha.job.PipelineResult;
import org.charcha.job.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run",
    header = "Runs the whole pipeline on Spark over a corpus and writes the Parquet tables.",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the whole pipeline on Spark: reads Hindi news JSONL, finds leader, party and seat-claim",
        "mentions, and writes Parquet tables (articles, leader_mentions, mentions, party_mentions,",
        "seat_claims, coverage_daily, party_coverage_daily, rejected) and _manifest.json.",
        "Bad lines never stop the run: they land in the 'rejected' table with a reason.",
        "The output appears only when complete; an interrupted run leaves the previous output in place.",
        "A step longer than 30 s prints its progress every 30 s (setting spark.charcha.progressSeconds,",
        "see docs/CLUSTER.md).",
        ""},
    footer = {"",
        "Examples:",
        "  jobs/charcha run                                   # the bundled sample into out/",
        "  jobs/charcha run --input 'news/2025-*.jsonl.gz' --output results --from 2025-07-01",
        "  jobs/charcha run --input hdfs:///corpora/hindi --output s3a://bucket/charcha",
        "",
        "Table schemas: docs/OUTPUTS.md"})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CorpusJobOptions job = new CorpusJobOptions();

  @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
      description = "JSONL or JSONL.gz files, folders or globs (local, hdfs://, s3a://); several after one "
          + "--input (as a shell glob expands) or --input repeated. "
          + "Default: the bundled sample in data/sample.")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "DIR", description = "Folder for the Parquet tables. Default: out")
  String output;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this date.")
  LocalDate to;

  @Override
  public Integer call() {
    PipelineOptions options = PipelineOptions.builder()
        .inputs(inputs == null ? List.of(Home.resolve("data/sample")) : inputs)
        .output(output == null ? Home.resolve("out") : output)
        .from(from)
        .to(to)
        .kbDir(job.kb.dir())
        .maxTextChars(job.limits.maxTextChars)
        .build();
    PrintWriter out = spec.commandLine().getOut();
    // A mistyped --input is reported before Spark starts, which takes seconds.
    new InputResolver(SparkSessions.hadoopConf()).resolve(options.inputs());
    SparkSession spark = job.spark.session("charcha");
    PipelineResult result = new PipelineJob(spark, options, step -> {
      out.println("  .. " + step);
      out.flush();
    }).execute();
    printSummary(out, result);
    return 0;
  }


  static void printSummary(PrintWriter out, PipelineResult r) {
    out.println();
    out.printf("Records read %d: processed %d, quarantined %d, outside --from/--to %d (undated: %d)%n",
        r.read(), r.processed(), r.rejected(), r.skipped(), r.undated());
    out.println("Top leaders by articles:");
    r.topLeaders().forEach(l -> out.printf("  %-32s %d%n", l.name(), l.articles()));
    out.println("Top parties by articles:");
    r.topParties().forEach(p -> out.printf("  %-32s %d%n", p.name(), p.articles()));
    out.println("Tables: " + r.tableRows());
    out.println("Output: " + r.output() + "  (schemas in docs/OUTPUTS.md; quarantined lines in rejected/)");
    out.flush();
  }
}
