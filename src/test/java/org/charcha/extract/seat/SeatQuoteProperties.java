package org.charcha.extract.seat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.charcha.MiniKb;
import org.charcha.extract.ArticleExtraction;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.SeatClaim;

/**
 * Whatever the text, every quote is the exact substring of the article text at its offsets: texts
 * are built from the pieces the rules read (numbers in figures, Devanagari digits and words, seat
 * words, parties, cues, brackets) with the chars normalisation changes (nukta, ZWJ, no-break space).
 */
class SeatQuoteProperties {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(MiniKb.get());
  private static final List<String> PIECES = List.of("भाजपा", "कांग्रेस", "आप", "ने", "को", "के खाते में", "52",
      "५२", "बावन", "दो सौ", "88-112", "15 से 25", "एक भी", "सीट", "सीटें", "सीटों", "seats", "नहीं", "जीतीं",
      "गंवाईं", "मिल सकती हैं", "लड़ेगी", "में से", "बहुमत के लिए", "का आंकड़ा", "वाली", "अन्य", "सरकार",
      "विपक्ष", "।", ".", ",", "(", ")", "\n", "\u200d", "\u00a0", "ड़", "क़", "सीट बेल्ट", "कार", "2019",
      "लोकसभा", "विधानसभा", "मध्य प्रदेश", "नरेंद्र मोदी", "हमें", "पार्टी", "-");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30)
        .map(pieces -> String.join(" ", pieces))
        .flatMap(text -> Arbitraries.of("", " ", "\u200c").map(glue -> text.replace("  ", " " + glue)));
  }

  @Property(tries = 300)
  void quotesAreExactSubstringsAtTheirOffsets(@ForAll("texts") String text) {
    ArticleExtraction extraction = EXTRACTOR.extract(null, text, null, null);
    for (SeatClaim claim : extraction.seats()) {
      assertThat(claim.start()).isBetween(0, claim.end());
      assertThat(claim.end()).isLessThanOrEqualTo(extraction.text().length());
      assertThat(extraction.text().substring(claim.start(), claim.end())).isEqualTo(claim.quote());
      assertThat(claim.quote()).isNotBlank();
    }
  }
}
