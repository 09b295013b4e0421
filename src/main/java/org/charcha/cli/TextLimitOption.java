package org.charcha.cli;

import org.charcha.ingest.RecordParser;
import picocli.CommandLine.Option;

/** The {@code --max-text-chars} option of the commands that read corpora on Spark. */
final class TextLimitOption {
  @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "" + RecordParser.DEFAULT_MAX_TEXT_CHARS,
      description = "Longer texts are quarantined as too large. Default: ${DEFAULT-VALUE}")
  int maxTextChars;
}
