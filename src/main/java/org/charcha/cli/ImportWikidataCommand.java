package org.charcha.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.charcha.kb.wikidata.WikidataImporter;
import org.charcha.kb.wikidata.WikidataMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-wikidata",
    header = "Builds leader and office-term rows from a Wikidata JSON dump.",
    mixinStandardHelpOptions = true,
    description = {
        "Builds knowledge-base rows from a Wikidata JSON dump (latest-all.json.gz, or any file of entity",
        "records): every human who belongs to a party or held a position mapped in data/kb/wikidata.tsv",
        "becomes a leader row, and each mapped position with a start date an office term. Review the",
        "files, move them under data/kb/leaders/ and data/kb/terms/, then run 'jobs/charcha kb'.",
        ""},
    footer = {"", "Example:",
        "  jobs/charcha kb import-wikidata --dump latest-all.json.gz --leaders /tmp/wd-leaders.tsv --terms /tmp/wd-terms.tsv"})
final class ImportWikidataCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--dump", required = true, paramLabel = "FILE", description = "Wikidata JSON dump (.json or .json.gz).")
  Path dump;

  @Option(names = "--mapping", paramLabel = "FILE", description = "Item-to-key mapping. Default: data/kb/wikidata.tsv")
  Path mapping;

  @Option(names = "--leaders", required = true, paramLabel = "FILE", description = "Where to write the leader rows.")
  Path leaders;

  @Option(names = "--terms", required = true, paramLabel = "FILE", description = "Where to write the term rows.")
  Path terms;

  @Override
  public Integer call() {
    WikidataMapping map = WikidataMapping.read(mapping == null ? Path.of(Home.resolve("data/kb/wikidata.tsv")) : mapping);
    WikidataImporter.Result result = new WikidataImporter(map).importDump(dump);
    WikidataImporter.write(leaders, "id\tname\tparty\tplace\tnames\tshort_names", result.leaders());
    WikidataImporter.write(terms, "office\tjurisdiction\tleader\tfrom\tto", result.terms());
    spec.commandLine().getOut().printf("read %d entities: %d leaders -> %s, %d terms -> %s%n", result.entitiesRead(),
        result.leaders().size(), leaders, result.terms().size(), terms);
    return 0;
  }
}
