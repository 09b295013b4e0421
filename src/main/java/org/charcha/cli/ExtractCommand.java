package org.charcha.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.RecordSummary;
import org.charcha.ingest.LineReader;
import org.charcha.ingest.ParsedLine;
import org.charcha.ingest.RawArticle;
import org.charcha.ingest.RecordParser;
import org.charcha.output.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract",
    header = "Extracts one JSONL file to per-record JSON in the spec's section-4 shape, without Spark.",
    mixinStandardHelpOptions = true,
    description = {
        "Extracts every record of one JSONL file without Spark and writes one JSON line per record, in",
        "input order, in the per-record shape of the spec (section 4): leaders with name and role",
        "counts, party counts and seat claims. Same extractor code as 'run'; this is the interface",
        "that quality measurements ('evaluate') read. Lines that cannot be read are reported on",
        "stderr and written as {\"line\": N, \"rejected\": reason}.",
        ""},
    footer = {"", "Example:",
        "  jobs/charcha extract --input ../shared/dev-gold/records.jsonl --output /tmp/pred.jsonl"})
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  KnowledgeBaseOption kb = new KnowledgeBaseOption();

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "A .jsonl or .jsonl.gz file.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the JSON lines.")
  Path output;


  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("--input " + input + " is not a file");
    }
    ArticleExtractor extractor = new ArticleExtractor(kb.load());
    RecordParser parser = new RecordParser(RecordParser.DEFAULT_MAX_TEXT_CHARS, LocalDate.now().plusDays(1));
    PrintWriter err = spec.commandLine().getErr();
    long records = 0;
    long rejected = 0;
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (LineReader lines = new LineReader(input.toAbsolutePath().toUri().toString(), new Configuration(), parser);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      while (lines.hasNext()) {
        ParsedLine line = lines.next();
        if (line.isOk()) {
          RawArticle a = line.article();
          out.write(RecordJson.toLine(RecordSummary.of(a.id(), extractor.extract(a.title(), a.text(), a.date(), a.source()))));
          records++;
        } else {
          err.println(input + ":" + line.rejection().line() + ": " + line.rejection().reason());
          out.write("{\"line\":" + line.rejection().line() + ",\"rejected\":"
              + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line.rejection().reason()) + "}");
          rejected++;
        }
        out.newLine();
      }
    }
    spec.commandLine().getOut().printf("extracted %d record(s), %d line(s) rejected -> %s%n", records, rejected, output);
    return 0;
  }
}
