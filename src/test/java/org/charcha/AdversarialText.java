package org.charcha;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Texts built to break offset bookkeeping and matching: knowledge-base spellings and seat phrases
 * (so that matches happen) mixed with combining marks, lone viramas and nuktas, ZWJ/ZWNJ runs,
 * lone and reversed surrogates, any UTF-16 char, and words thousands of chars long.
 */
public final class AdversarialText {
  private static final List<String> SPELLINGS = List.of("नरेंद्र मोदी", "नरेन्द्र मोदी", "मोदी", "मोहन यादव", "यादव",
      "राहुल गांधी", "Rahul Gandhi", "#RahulGandhi", "@narendramodi", "भाजपा", "बीजेपी", "BJP", "कांग्रेस", "आप",
      "आम आदमी पार्टी", "मुख्यमंत्री", "प्रधानमंत्री", "मुख्\u200Dयमंत्री", "52 सीटें", "८८-११२ सीटें", "सीटों पर जीत",
      "विधानसभा चुनाव", "लोकसभा", "भाजपा ने 163 सीटें जीतीं", "कांग्रेस को 88-112 सीटें मिलने का अनुमान",
      "543 सीटों वाली लोकसभा", "भाजपा को 15 से 25 सीटें", "मध्य प्रदेश", "इंदौर", "ने कहा", "।", " ", "\n", ",", "(", ")", "\"");

  private AdversarialText() {}

  public static Arbitrary<String> texts() {
    Arbitrary<String> fragment = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(SPELLINGS)),
        Tuple.of(2, Arbitraries.strings().withCharRange('\u0900', '\u097F').ofMaxLength(12)),
        Tuple.of(2, Arbitraries.strings().withCharRange('\u0300', '\u036F').withChars('\u093C', '\u094D', '\u0901',
            '\u0902', '\u0903', '\u093E', '\u0951').ofMinLength(1).ofMaxLength(8)),
        Tuple.of(1, Arbitraries.of("\u094D", "\u093C", " \u094D", "\u094D\u094D", "\u0915\u094D", "\u094D\u200D")),
        Tuple.of(2, Arbitraries.of("\u095C", "\u092C\u095D", "\u0928\u093C", "\u0929", "\u0930\u093C", "\u0934",
            "\u091C\u094D\u093C", "\u0915\u093C\u094D", "\u0921\u093C\u0947", "\u0901\u093C", "E\u0301", "\u212A")),
        Tuple.of(1, Arbitraries.strings().withChars('\u200D', '\u200C', '\u00AD', '\u200B', '\u00A0').ofMinLength(1)
            .ofMaxLength(30)),
        Tuple.of(1, Arbitraries.of("\uD800", "\uDC00", "\uDBFF\uDFFF", "\uDE00\uD83D", "\uD83D\uDE00", "\uD83D")),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(10)),
        Tuple.of(1, Arbitraries.integers().between(1000, 6000).map(n -> "क\u094D".repeat(n / 2))),
        Tuple.of(1, Arbitraries.integers().between(1000, 6000).map("मो"::repeat)));
    Arbitrary<String> separator = Arbitraries.of("", " ", " ", " ", "\n", "। ", ", ");
    return Combinators.combine(fragment, separator).as(String::concat).list().ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }
}
