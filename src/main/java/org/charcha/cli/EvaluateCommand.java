package org.charcha.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charcha.eval.Evaluation;
import org.charcha.eval.Score;
import org.charcha.eval.Scorer;
import org.charcha.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate",
    header = "Scores extraction against labelled records: precision, recall and F1 per field.",
    mixinStandardHelpOptions = true,
    description = {
        "Scores extraction against labelled records in the shape of spec section 4: precision, recall",
        "and F1 for leader name counts, role counts, leader presence, party counts and seat claims",
        "(party, seats, seats_max; and with the kind), overall and per corpus. Counts are matched per",
        "record and key; true positives are the smaller of predicted and gold. A field a gold record",
        "leaves out (leaders, parties or seats) was not labelled and is not scored for that record.",
        "Without --pred the extractor runs now: on the gold line's own 'text' if it has one, else on",
        "records.jsonl beside the gold file.",
        ""},
    footer = {"", "Examples:",
        "  jobs/charcha evaluate --gold ../shared/dev-gold/labels.jsonl",
        "  jobs/charcha extract --input ../shared/dev-gold/records.jsonl --output /tmp/pred.jsonl",
        "  jobs/charcha evaluate --gold ../shared/dev-gold/labels.jsonl --pred /tmp/pred.jsonl"})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  KnowledgeBaseOption kb = new KnowledgeBaseOption();

  @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Labelled JSONL files.")
  List<Path> gold;

  @Option(names = "--pred", paramLabel = "FILE", description = "Output of 'extract' to score instead of extracting now.")
  Path pred;


  @Override
  public Integer call() {
    ArticleExtractor extractor = pred != null ? null
        : new ArticleExtractor(kb.load());
    Scorer scorer = new Evaluation(extractor).score(gold, pred);
    print(spec.commandLine().getOut(), scorer);
    return 0;
  }

  static void print(PrintWriter out, Scorer scorer) {
    out.printf("%-28s %-16s %6s %6s %6s %7s %7s %7s%n", "corpus", "field", "tp", "fp", "fn", "P", "R", "F1");
    for (Map.Entry<String, Map<String, Score>> corpus : scorer.scores().entrySet()) {
      for (Map.Entry<String, Score> field : corpus.getValue().entrySet()) {
        Score s = field.getValue();
        out.printf("%-28s %-16s %6d %6d %6d %7.3f %7.3f %7.3f%n", corpus.getKey(), field.getKey(), s.tp(), s.fp(), s.fn(),
            s.precision(), s.recall(), s.f1());
      }
    }
    out.flush();
  }
}
