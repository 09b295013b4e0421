package org.charcha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.ParseResult;

/**
 * A shell glob ({@code --input news/*.jsonl}) expands to several words after one {@code --input};
 * each command that reads a corpus takes them all, as it takes {@code --input} repeated.
 */
class InputOptionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"run", "nightly", "generate --size 1MB"})
  void severalPathsAfterOneInputAreAllRead(String commandWithItsRequiredOptions) {
    List<String> args = new ArrayList<>(List.of(commandWithItsRequiredOptions.split(" ")));
    args.addAll(List.of("--input", "a.jsonl", "b.jsonl.gz", "--output", "out", "--input", "c"));

    ParseResult parsed = Charcha.commandLine().parseArgs(args.toArray(String[]::new));

    assertThat(parsed.subcommand().matchedOptionValue("--input", List.of()))
        .map(Object::toString).containsExactly("a.jsonl", "b.jsonl.gz", "c");
  }
}
