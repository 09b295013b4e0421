package org.charcha.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  /** Each fold of DevanagariFolding, alone and inside words; invisible and combining chars as unicode escapes. */
  @ParameterizedTest(name = "{2}")
  @CsvSource({
      "ख\u095Cगे, खडगे, precomposed nukta letter",
      "खड\u093Cगे, खडगे, combining nukta",
      "\u0929, \u0928, nukta letter NFC composes",
      "\u0928\u093C, \u0928, base letter and nukta that NFC would compose",
      "\u0930\u093C\u093E, \u0930\u093E, nukta letter with a vowel sign",
      "मुख्\u200Dयमंत्री, मुख्यमंत्री, zero-width joiner",
      "हँसी, हंसी, chandrabindu",
      "५२ सीटें, 52 सीटें, Devanagari digits",
      "Rahul GANDHI, rahul gandhi, Latin case"})
  void foldsToTheMatchingForm(String text, String expected, String fold) {
    assertThat(normalizer.key(text)).isEqualTo(expected);
  }

  @Test
  void aTextThatNeedsNoChangeIsSharedAndMapsToItself() {
    String text = "मोदी ने कहा";
    NormalizedText doc = normalizer.normalize(text);
    assertThat(doc.normalized()).isSameAs(text);
    assertThat(doc.originalStart(5)).isEqualTo(5);
    assertThat(doc.originalStart(text.length())).isEqualTo(text.length());
  }

  @Test
  void offsetsMapBackToTheOriginalText() {
    String original = "श्री खड\u093Cगे ने\u200D कहा";
    NormalizedText text = normalizer.normalize(original);
    int start = text.normalized().indexOf("खडगे");
    int end = start + "खडगे".length();
    assertThat(original.substring(text.originalStart(start), text.originalEnd(end))).isEqualTo("खड\u093Cगे");
    int said = text.normalized().indexOf("कहा");
    assertThat(original.substring(text.originalStart(said), text.originalEnd(said + 3))).isEqualTo("कहा");
  }

  @Test
  void vowelSignsAndViramaBelongToTheWord() {
    assertThat(WordBoundary.isWholeWord("मोदी", 0, 3)).isFalse();
    assertThat(WordBoundary.isWholeWord("राम्", 0, 3)).isFalse();
    assertThat(WordBoundary.isWholeWord("मोदी ने", 0, 4)).isTrue();
  }
}
