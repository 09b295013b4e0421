package org.charcha.kb.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WikidataImporterTest {
  private static final Path HOME = Path.of(System.getProperty("charcha.home", "."));

  @Test
  void buildsLeaderAndTermRowsFromADumpInWikidatasFormat() {
    WikidataMapping mapping = WikidataMapping.read(HOME.resolve("data/kb/wikidata.tsv"));
    WikidataImporter.Result result = new WikidataImporter(mapping)
        .importDump(HOME.resolve("src/test/resources/wikidata/dump.json"));
    assertThat(result.entitiesRead()).isEqualTo(4);
    assertThat(result.leaders()).containsExactly(
        "Q1058\tNarendra Modi\tBJP\t\tनरेन्द्र मोदी|नरेंद्र मोदी|Narendra Modi|Narendra Damodardas Modi\tModi",
        "Q777\tTest Person\tINC\t\tटेस्ट व्यक्ति|Test Person\t");
    assertThat(result.terms()).containsExactly("PM\tIN\tNarendra Modi\t2014-05-26\t");
  }
}
