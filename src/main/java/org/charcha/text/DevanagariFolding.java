package org.charcha.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The character foldings that make Hindi spellings of one name compare equal. Each folds one char
 * to at most one char, so they serve both as a Lucene {@link NormalizeCharMap} (the general path,
 * chained with ICU NFC) and as a {@link SingleCharFolding} table (the fast path for text already in
 * NFC).
 *
 * <ul>
 *   <li>Nukta: ड़ and ड are written interchangeably in names (खड़गे / खडगे); the precomposed nukta
 *       letters U+0958–U+095F and the combining nukta U+093C fold to the base letter, as Lucene's
 *       {@code HindiNormalizer} does. So do ऩ ऱ ऴ (U+0929, U+0931, U+0934), which NFC composes from
 *       न र ळ and a nukta instead of leaving the nukta to be dropped.
 *   <li>Chandrabindu U+0901 folds to anusvara U+0902: Hindi print uses them interchangeably (हँसी /
 *       हंसी).
 *   <li>ZWJ and ZWNJ only steer glyph shaping (मुख्‍यमंत्री with a ZWJ is मुख्यमंत्री) and are dropped,
 *       with soft hyphens and zero-width spaces; a no-break space is a space.
 *   <li>Devanagari digits ०–९ fold to ASCII so that ५२ and 52 read alike.
 *   <li>ASCII letters fold to lower case so that Latin names and handles match in any case.
 * </ul>
 */
public final class DevanagariFolding {
  private static final char NUKTA = '\u093C';
  private static final char CHANDRABINDU = '\u0901';
  private static final char ANUSVARA = '\u0902';
  private static final char ZWNJ = '\u200C';
  private static final char ZWJ = '\u200D';
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final char ZERO_WIDTH_SPACE = '\u200B';
  private static final char NO_BREAK_SPACE = '\u00A0';
  private static final String NUKTA_LETTERS = "\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F\u0929\u0931\u0934";
  private static final String NUKTA_BASES = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F\u0928\u0930\u0933";

  private DevanagariFolding() {}

  /** Each folded char and what it becomes: one char, or the empty string when it is dropped. */
  public static Map<Character, String> folds() {
    Map<Character, String> folds = new LinkedHashMap<>();
    folds.put(NUKTA, "");
    for (int i = 0; i < NUKTA_LETTERS.length(); i++) {
      folds.put(NUKTA_LETTERS.charAt(i), String.valueOf(NUKTA_BASES.charAt(i)));
    }
    folds.put(CHANDRABINDU, String.valueOf(ANUSVARA));
    folds.put(ZWJ, "");
    folds.put(ZWNJ, "");
    folds.put(SOFT_HYPHEN, "");
    folds.put(ZERO_WIDTH_SPACE, "");
    folds.put(NO_BREAK_SPACE, " ");
    for (char d = 0; d < 10; d++) {
      folds.put((char) ('\u0966' + d), String.valueOf((char) ('0' + d)));
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      folds.put(c, String.valueOf(Character.toLowerCase(c)));
    }
    return folds;
  }

  public static NormalizeCharMap map() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    folds().forEach((from, to) -> builder.add(String.valueOf(from), to));
    return builder.build();
  }
}
