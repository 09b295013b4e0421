package org.charcha.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.charcha.AdversarialText;

/** The normaliser never throws and every normalised index maps back inside the original text, in order. */
class TextNormalizerProperties {
  private final TextNormalizer normalizer = new TextNormalizer();

  @Provide
  Arbitrary<String> texts() {
    return AdversarialText.texts();
  }

  @Property(tries = 500)
  void offsetsMapInsideTheOriginalAndInOrder(@ForAll("texts") String text) {
    NormalizedText doc = normalizer.normalize(text);
    assertThat(doc.original()).isSameAs(text);
    int previous = 0;
    for (int i = 0; i <= doc.normalized().length(); i++) {
      int start = doc.originalStart(i);
      assertThat(start).as("index %d", i).isBetween(previous, text.length());
      assertThat(doc.originalEnd(i)).isBetween(0, text.length());
      previous = start;
    }
  }
}
