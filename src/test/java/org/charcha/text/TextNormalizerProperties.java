package org.charcha.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.charcha.AdversarialText;

/**
 * The normaliser never throws, every normalised index maps back inside the original text in order,
 * its output is a fixed point (aliases and texts meet in one form), and its fast path gives exactly
 * what the general Lucene chain gives.
 */
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

  @Property(tries = 500)
  void normalisingTwiceChangesNothing(@ForAll("texts") String text) {
    String once = normalizer.key(text);
    assertThat(normalizer.key(once)).isEqualTo(once);
  }

  /**
   * Same text always; same offsets whenever the input is NFC. Where NFC reorders the marks of one
   * cluster (a nukta typed after a virama), the chain maps the reordered cluster position by
   * position while the table maps each kept char to its own index: both stay inside the cluster.
   */
  @Property(tries = 1000)
  void theFastPathAgreesWithTheLuceneChain(@ForAll("texts") String text) {
    NormalizedText fast = normalizer.normalize(text);
    NormalizedText chain = TextNormalizer.luceneChain(text);
    assertThat(fast.normalized()).isEqualTo(chain.normalized());
    if (Normalizer2.getNFCInstance().isNormalized(text)) {
      for (int i = 0; i <= fast.normalized().length(); i++) {
        assertThat(fast.originalStart(i)).as("offset of index %d", i).isEqualTo(chain.originalStart(i));
      }
    }
  }

  @Example
  void theZwjCounterexampleReachesOneForm() {
    String once = normalizer.key("\u094D\u0300\u200D\u0316");
    assertThat(normalizer.key(once)).isEqualTo(once);
  }
}
