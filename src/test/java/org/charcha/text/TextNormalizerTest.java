package org.charcha.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void foldsPrecomposedAndCombiningNuktaToTheBaseLetter() {
    String precomposed = "खड़गे";
    String combining = "खड\u093Cगे";
    assertThat(normalizer.key(precomposed)).isEqualTo("खडगे");
    assertThat(normalizer.key(combining)).isEqualTo("खडगे");
  }

  @Test
  void foldsTheNuktaLettersThatNfcComposes() {
    assertThat(normalizer.key("\u0929")).isEqualTo("\u0928");
    assertThat(normalizer.key("\u0928\u093C")).isEqualTo("\u0928");
    assertThat(normalizer.key("\u0930\u093C\u093E")).isEqualTo("\u0930\u093E");
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
  void dropsZeroWidthJoinersAndFoldsChandrabinduAndDigits() {
    assertThat(normalizer.key("मुख्\u200Dयमंत्री")).isEqualTo("मुख्यमंत्री");
    assertThat(normalizer.key("हँसी")).isEqualTo("हंसी");
    assertThat(normalizer.key("५२ सीटें")).isEqualTo("52 सीटें");
    assertThat(normalizer.key("Rahul GANDHI")).isEqualTo("rahul gandhi");
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
