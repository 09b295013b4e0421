package org.charcha.cli;

import java.util.concurrent.Callable;
import org.charcha.extract.ArticleExtractor;
import org.charcha.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "kb",
    header = "Validates the knowledge base and reports its size; imports leaders from Wikidata.",
    mixinStandardHelpOptions = true,
    subcommands = ImportWikidataCommand.class,
    description = {
        "Checks the knowledge base (data/kb) and reports its size: every file is validated and the",
        "first bad row is named with file and line. Run it after editing a leader, party or term.",
        ""},
    footer = {"", "Examples:", "  jobs/charcha kb --kb data/kb",
        "  jobs/charcha kb import-wikidata --help     (grow the knowledge base from a Wikidata dump)"})
final class KbCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  KnowledgeBaseOption kb = new KnowledgeBaseOption();


  @Override
  public Integer call() {
    long start = System.nanoTime();
    KnowledgeBase base = kb.load();
    long loaded = System.nanoTime();
    ArticleExtractor extractor = new ArticleExtractor(base);
    long built = System.nanoTime();
    spec.commandLine().getOut().printf(
        "knowledge base %s is valid: %d leaders, %d parties, %d offices, %d office terms, %d places, %d spellings%n"
            + "loaded in %d ms, alias automaton built in %d ms%n",
        base.version(), base.leaders().size(), base.parties().size(), base.offices().size(), base.terms().size(),
        base.places().size(), extractor.aliasCount(), (loaded - start) / 1_000_000, (built - loaded) / 1_000_000);
    return 0;
  }
}
