package org.charcha.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.charcha.job.NightlyJob;
import org.charcha.job.NightlyResult;
import org.charcha.job.PipelineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "nightly",
    header = "Adds only new or changed input files to an existing output (for nightly schedules).",
    mixinStandardHelpOptions = true,
    description = {
        "Keeps an output folder up to date with the input, reading only files it has not read before",
        "or whose bytes changed (a ledger in DIR/_ledger/processed.json remembers size and SHA-256).",
        "Only the months those files touch are rewritten; a corrected file replaces what it gave",
        "before. Running it again with nothing new changes nothing. The tables equal those of one",
        "`run` over every file in the ledger.",
        ""},
    footer = {"",
        "Examples:",
        "  jobs/charcha nightly --input news/ --output results",
        "  jobs/charcha nightly --input 'hdfs:///news/{date}/' --output hdfs:///charcha --date 2025-08-02",
        "",
        "Scheduling (cron, Airflow), the ledger and recovery: docs/OPERATIONS.md"})
final class NightlyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CorpusJobOptions job = new CorpusJobOptions();

  @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
      description = "JSONL or JSONL.gz files, folders or globs; {date} is replaced by --date. Several after one "
          + "--input, or --input repeated.")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "The folder the nightly job keeps.")
  String output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The night's logical date (the scheduler's run date): fills {date} in --input and is "
          + "recorded in the ledger. Default: today (UTC).")
  LocalDate date;




  @Override
  public Integer call() {
    LocalDate night = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
    PipelineOptions options = PipelineOptions.builder()
        .inputs(inputs.stream().map(i -> i.replace("{date}", night.toString())).toList())
        .output(output)
        .kbDir(job.kb.dir())
        .maxTextChars(job.limits.maxTextChars)
        .build();
    PrintWriter out = spec.commandLine().getOut();
    NightlyResult result = new NightlyJob(job.spark.session("charcha-nightly"), options, night, step -> {
      out.println("  .. " + step);
      out.flush();
    }).execute();
    if (result.changedNothing()) {
      out.println("Nothing new or changed since the last night: " + output + " is unchanged.");
    } else {
      out.printf("New files %d, changed %d, read again %d; months rewritten: %s%n", result.newFiles().size(),
          result.changedFiles().size(), result.rereadFiles().size(), result.rewrittenMonths());
      out.println("Totals of the whole output: " + result.totals());
      out.println("Tables: " + result.tableRows());
    }
    out.flush();
    return 0;
  }

}
