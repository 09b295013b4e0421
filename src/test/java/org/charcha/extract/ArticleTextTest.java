package org.charcha.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The title is counted once: a body that repeats it (spaces aside) is the whole text. */
class ArticleTextTest {
  @Test
  void aBodyThatRepeatsTheTitleIsTheText() {
    assertThat(ArticleText.compose(" मोदी का दौरा ", "\n मोदी का दौरा\nइंदौर में ")).isEqualTo("\n मोदी का दौरा\nइंदौर में ");
    assertThat(ArticleText.compose("मोदी का दौरा", "मोदी का")).isEqualTo("मोदी का दौरा\nमोदी का");
    assertThat(ArticleText.compose("मोदी", "  ")).isEqualTo("मोदी\n  ");
    assertThat(ArticleText.compose("मोदी", null)).isEqualTo("मोदी");
    assertThat(ArticleText.compose(" ", "इंदौर")).isEqualTo("इंदौर");
  }

  @Provide
  Arbitrary<String> parts() {
    return Arbitraries.strings().withChars(" \n\tमोदीका").ofMaxLength(8).injectNull(0.1);
  }

  /** The definition the spec gives, on stripped copies of both, as the oracle. */
  @Property(tries = 2000)
  void repeatsAreFoundAsStrippingBothWouldFindThem(@ForAll("parts") String title, @ForAll("parts") String tail) {
    String body = tail == null ? null : " " + (title == null ? "" : title) + tail;
    for (String b : new String[] {body, tail}) {
      String safe = b == null ? "" : b;
      boolean repeated = title != null && !title.isBlank() && safe.strip().startsWith(title.strip());
      String expected = title == null || title.isBlank() || repeated ? safe : safe.isEmpty() ? title : title + "\n" + safe;
      assertThat(ArticleText.compose(title, b)).isEqualTo(expected);
    }
  }
}
