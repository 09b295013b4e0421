package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A mention's keyword in context is the text about it with each run of regex whitespace made one
 * space and the ends stripped: the definition the audit table was first published with, kept here
 * as the oracle of the loop that replaced the regex.
 */
class ContextProperties {
  private static String oracle(String text, int start, int end) {
    int from = Math.max(0, start - 60);
    int to = Math.min(text.length(), end + 60);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("मोदी", "ने", " ", "  ", "\n", "\r\n", "\t", "\u000b", "\f", "\u00a0", "\u2003", "\u200d",
        "\ud83d\ude00", "भाजपा", "a", ".", "।").list().ofMaxSize(80).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 2000)
  void loopMatchesTheRegexDefinition(@ForAll("texts") String text, @ForAll @IntRange(max = 400) int at,
      @ForAll @IntRange(max = 20) int length) {
    int start = Math.min(at, text.length());
    int end = Math.min(start + length, text.length());
    assertThat(IngestFunction.context(text, start, end)).isEqualTo(oracle(text, start, end));
  }

  @Test
  void collapsesRunsOfSpaceAndLineBreaksAndStripsTheEnds() {
    String text = "  पहली पंक्ति\r\n\r\n\tनरेंद्र   मोदी ने कहा\n";
    int start = text.indexOf("नरेंद्र");

    assertThat(IngestFunction.context(text, start, start + "नरेंद्र मोदी".length()))
        .isEqualTo("पहली पंक्ति नरेंद्र मोदी ने कहा");
  }
}
