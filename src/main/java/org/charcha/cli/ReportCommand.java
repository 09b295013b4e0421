package org.charcha.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.charcha.report.ReportFigures;
import org.charcha.report.ReportPeriod;
import org.charcha.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report",
    header = "Writes a self-contained HTML report with charts over an output folder.",
    mixinStandardHelpOptions = true,
    description = {
        "Writes one self-contained HTML report (no network needed to view it) over an output folder:",
        "top leaders and parties with the change against the previous period, biggest movers, daily",
        "coverage of the top leaders, share of voice by source, new seat claims with their quotes, and",
        "data quality. The figures behind every chart are written beside it as JSON.",
        ""},
    footer = {"",
        "Examples:",
        "  jobs/charcha report --output out                      # the 7 days up to the latest article",
        "  jobs/charcha report --output results --from 2025-07-01 --to 2025-07-31 --html july.html"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SparkOption sparkOption = new SparkOption();

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "The output folder of `run` or `nightly`.")
  String output;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day reported. Default: 6 days before --to.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day reported. Default: the latest article's date.")
  LocalDate to;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Where to write the report; the figures go to the same name ending .json. Default: DIR/_report/report.html")
  String html;


  @Override
  public Integer call() {
    SparkSession spark = sparkOption.session("charcha-report");
    ReportFigures figures = new ReportFigures(spark, output);
    ReportPeriod period = ReportPeriod.of(from, to, from == null && to == null ? figures.latestDate() : null);
    ObjectNode computed = figures.compute(period);
    String htmlPath = html != null ? html : output + "/_report/report.html";
    String jsonPath = htmlPath.replaceFirst("\\.html?$", "") + ".json";
    write(htmlPath, ReportWriter.html(computed, output, new Path(jsonPath).getName()).getBytes(StandardCharsets.UTF_8), spark);
    write(jsonPath, ReportWriter.json(computed), spark);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Report " + period.from() + " to " + period.to() + ": " + htmlPath);
    out.println("Figures: " + jsonPath);
    out.flush();
    return 0;
  }

  private static void write(String file, byte[] content, SparkSession spark) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
