package org.charcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charcha.MiniKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Errors a user can fix end the command with exit code 2 and one line that names the culprit: a
 * malformed knowledge-base file (file, line, problem), an unwritable output, an input naming nothing.
 */
class ClearErrorsTest {
  @TempDir
  Path tmp;

  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  private int charcha(String... args) {
    CommandLine cli = Charcha.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(out, true));
    return cli.execute(args);
  }

  private Path input() throws IOException {
    Path input = tmp.resolve("in.jsonl");
    Files.writeString(input, "{\"id\":\"c1\",\"text\":\"भाजपा ने कहा।\"}\n");
    return input;
  }

  @Test
  void aMalformedKnowledgeBaseFileIsNamedWithItsLineByTheKbCommand() throws IOException {
    Path kb = copyMiniKb();
    Files.writeString(kb.resolve("leaders/test.tsv"), "id\tname\tparty\tplace\tnames\tshort_names\n"
        + "Q1\tSomeone\tXYZ\tIN\tकोई\t\n");
    assertThat(charcha("kb", "--kb", kb.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("charcha kb: leaders/test.tsv:2: party 'XYZ' is not a key in parties.tsv"
        + System.lineSeparator());
  }

  @Test
  void aMalformedKnowledgeBaseFileStopsARunWithItsLine() throws IOException {
    Path kb = copyMiniKb();
    Files.writeString(kb.resolve("terms/test.tsv"), "office\tjurisdiction\tleader\tfrom\tto\nPM\tIN\tNarendra Modi\n");
    Path output = tmp.resolve("out");
    assertThat(charcha("run", "--master", "local[2]", "--input", input().toString(), "--output", output.toString(),
        "--kb", kb.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("charcha run: terms/test.tsv:2: expected 5 tab-separated fields "
        + "(office, jurisdiction, leader, from, to), found 3" + System.lineSeparator());
    assertThat(output).doesNotExist();
  }

  /** Folding files into an output of `run` would count them twice: it has no ledger to say which. */
  @Test
  void nightlyRefusesAnOutputWrittenByRun() throws IOException {
    Path output = tmp.resolve("out");
    String input = input().toString();
    assertThat(charcha("run", "--master", "local[2]", "--input", input, "--output", output.toString(),
        "--kb", MiniKb.dir().toString())).isZero();
    assertThat(charcha("nightly", "--master", "local[2]", "--input", input, "--output", output.toString(),
        "--kb", MiniKb.dir().toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("charcha nightly: --output " + output + " holds tables but no " + output
        + "/_ledger/processed.json (it was written by `run`?); give nightly a folder of its own" + System.lineSeparator());
  }

  /** A half-published output (tables, no manifest) is refused before any table is read. */
  @Test
  void aReportOnAnOutputWithoutItsManifestSaysWhy() throws IOException {
    Path output = Files.createDirectories(tmp.resolve("out/articles")).getParent();
    assertThat(charcha("report", "--master", "local[2]", "--output", output.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("charcha report: --output " + output + " has no _manifest.json: it is not a"
        + " Charcha output, or a run into it was interrupted while publishing (the next run into it finishes that)"
        + System.lineSeparator());
  }

  @Test
  void anUnwritableOutputIsNamedBeforeAnyWork() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");
    Path output = blocker.resolve("out");
    assertThat(charcha("run", "--master", "local[2]", "--input", input().toString(), "--output", output.toString(),
        "--kb", MiniKb.dir().toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("charcha run: --output " + output + " is not writable (")
        .endsWith("); choose a folder you can write to" + System.lineSeparator());
  }

  @Test
  void anInputThatMatchesNothingIsNamed() {
    String glob = tmp.resolve("news-*.jsonl").toString();
    assertThat(charcha("run", "--master", "local[2]", "--input", glob, "--output", tmp.resolve("out").toString(),
        "--kb", MiniKb.dir().toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("charcha run: --input " + glob + " does not exist" + System.lineSeparator());
  }

  private Path copyMiniKb() throws IOException {
    return MiniKb.copyTo(tmp.resolve("kb"));
  }
}
