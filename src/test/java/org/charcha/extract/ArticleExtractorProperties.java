package org.charcha.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import org.charcha.AdversarialText;
import org.charcha.MiniKb;

/**
 * Over adversarial Unicode the extractor never throws, every offset lies inside the article text,
 * every surface and quote is exactly the text at its offsets, and every count is non-negative.
 */
class ArticleExtractorProperties {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(MiniKb.get());

  @Provide
  Arbitrary<String> texts() {
    return AdversarialText.texts();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.of(LocalDate.of(2019, 7, 1), LocalDate.of(2025, 7, 20), LocalDate.of(1950, 1, 1)).injectNull(0.3);
  }

  @Provide
  Arbitrary<String> sources() {
    return Arbitraries.of("Naidunia (Jagran) - Indore RSS", "Amar Ujala", "BBC Hindi", "").injectNull(0.3);
  }

  @Property(tries = 500)
  void mentionsAndClaimsPointAtExactSubstrings(@ForAll("texts") String title, @ForAll("texts") String body,
      @ForAll("dates") LocalDate date, @ForAll("sources") String source) {
    ArticleExtraction extraction = EXTRACTOR.extract(title, body, date, source);
    Statistics.label("mentions").collect(extraction.mentions().isEmpty() ? "none" : "some");
    Statistics.label("seat claims").collect(extraction.seats().isEmpty() ? "none" : "some");
    String text = extraction.text();
    assertThat(text).isEqualTo(ArticleText.compose(title, body));
    for (Mention m : extraction.mentions()) {
      assertThat(m.start()).isBetween(0, m.end());
      assertThat(m.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
      assertThat(m.type()).isNotNull();
      assertThat(m.key()).isNotBlank();
    }
    for (SeatClaim c : extraction.seats()) {
      assertThat(c.start()).isBetween(0, c.end());
      assertThat(c.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
      assertThat(c.seats()).isNotNegative();
      if (c.seatsMax() != null) {
        assertThat(c.seatsMax()).isNotNegative();
      }
    }
    RecordSummary summary = RecordSummary.of("x", extraction);
    summary.leaders().values().forEach(l -> {
      assertThat(l.name()).isNotNegative();
      assertThat(l.role()).isNotNegative();
      assertThat(l.name() + l.role()).isPositive();
    });
    summary.parties().values().forEach(n -> assertThat(n).isPositive());
  }

  /** The generator must actually make matches, or the property above checks nothing. */
  @AfterProperty
  void coverage() {
    Statistics.label("mentions").coverage(c -> c.check("some").percentage(p -> p > 50));
    Statistics.label("seat claims").coverage(c -> c.check("some").percentage(p -> p > 10));
  }
}
