package org.charcha.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.charcha.MiniKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {
  @TempDir
  Path tmp;

  @Test
  void loadsEveryFileAndResolvesDatedOffices() {
    KnowledgeBase kb = MiniKb.get();
    assertThat(kb.leaders()).extracting(Leader::name).contains("Narendra Modi", "Mohan Yadav");
    assertThat(kb.holder("CM", "IN-RJ", LocalDate.of(2019, 7, 1))).contains("Ashok Gehlot");
    assertThat(kb.holder("CM", "IN-MP", LocalDate.of(2025, 7, 1))).contains("Mohan Yadav");
    assertThat(kb.holder("CM", "IN-RJ", LocalDate.of(2025, 7, 1))).isEmpty();
    assertThat(kb.version()).hasSize(16);
  }

  @Test
  void aBadPartyKeyIsReportedWithFileAndLine() throws IOException {
    Path copy = copyMiniKb();
    Files.writeString(copy.resolve("leaders/test.tsv"), "id\tname\tparty\tplace\tnames\tshort_names\n"
        + "Q1\tSomeone\tXYZ\tIN\tकोई\t\n");
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(copy))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessage("leaders/test.tsv:2: party 'XYZ' is not a key in parties.tsv");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsReported() throws IOException {
    Path copy = copyMiniKb();
    Files.writeString(copy.resolve("terms/test.tsv"), "office\tjurisdiction\tleader\tfrom\tto\n# comment\nPM\tIN\tNarendra Modi\n");
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(copy))
        .hasMessageStartingWith("terms/test.tsv:3: expected 5 tab-separated fields");
  }

  @Test
  void aTermThatEndsBeforeItStartsIsReported() throws IOException {
    Path copy = copyMiniKb();
    Files.writeString(copy.resolve("terms/test.tsv"), "office\tjurisdiction\tleader\tfrom\tto\nPM\tIN\tNarendra Modi\t2014-05-26\t2010-01-01\n");
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(copy))
        .hasMessage("terms/test.tsv:2: term ends (2010-01-01) before it starts (2014-05-26)");
  }

  @Test
  void aMissingFolderSaysWhatToPass() {
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(tmp.resolve("nope")))
        .hasMessageContaining("does not exist; pass --kb");
  }

  @Test
  void seatCueAndElectionRowsAreValidatedWithFileAndLine() throws IOException {
    Path copy = copyMiniKb();
    Files.writeString(copy.resolve("seat_cues.tsv"), "cue\tvalue\twords\nkind\twinning\tजीतीं\n");
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(copy))
        .hasMessageStartingWith("seat_cues.tsv:2: value of cue 'kind' must be one of won, lost");
    Files.writeString(copy.resolve("seat_cues.tsv"), "cue\tvalue\twords\nseat_words\t\tसीट\n");
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(copy)).hasMessageStartingWith("seat_cues.tsv:2: cue 'seat_words' is not one of");
    Files.writeString(copy.resolve("elections.tsv"),
        "# comment\nelection\thouse\tplace\tresult_date\tseats\nX Assembly 2023\tassembly\tIN-XX\t2023-12-03\t230\n");
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(copy))
        .hasMessage("elections.tsv:3: place 'IN-XX' is not a code in places.tsv");
  }

  @Test
  void loadsTheElectionsAndSeatCues() {
    KnowledgeBase kb = MiniKb.get();
    assertThat(kb.elections()).extracting(Election::name).contains("Madhya Pradesh Assembly 2023", "Lok Sabha 2024");
    assertThat(kb.seatCues()).extracting(SeatCue::cue).contains("seat_word", "kind", "reject");
  }

  private Path copyMiniKb() throws IOException {
    return MiniKb.copyTo(tmp.resolve("kb"));
  }
}
