package org.charcha.text;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Puts text into matching form: Unicode NFC (ICU), {@link DevanagariFolding}, and NFC again, with a
 * map from every output offset back to the input. Aliases in the knowledge base go through the same
 * normaliser, so both sides of a match agree.
 *
 * <p>The general path chains Lucene char filters (ICU NFC, mapping, ICU NFC). The fast path folds
 * with the {@link SingleCharFolding} table in one pass (sharing the input string when nothing
 * changes) and keeps the result when ICU finds it in NFC, which is what the chain gives then too:
 * the folds drop or replace exactly the chars (nuktas, precomposed nukta letters) that keep most
 * Hindi news text from being NFC as printed. The chain runs when the folded text is still not NFC
 * (dropping a ZWJ can leave combining marks out of canonical order).
 *
 * <p>Thread-safe and cheap to share: the fold map and table are built once.
 */
public final class TextNormalizer {
  private static final NormalizeCharMap FOLDING = DevanagariFolding.map();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  public NormalizedText normalize(String text) {
    NormalizedText folded = SingleCharFolding.fold(text);
    return isNfc(folded.normalized()) ? folded : luceneChain(text);
  }

  /**
   * Once the folds have removed the nuktas, nearly every Hindi text passes the table of chars that
   * cannot break NFC; ICU's own check settles the rest.
   */
  private static boolean isNfc(String text) {
    return NfcInertChars.allSafe(text) || NFC.isNormalized(text);
  }

  /** The general path, for any text: NFC, the folds and NFC again as Lucene char filters. */
  static NormalizedText luceneChain(String text) {
    CharFilter filter = new ICUNormalizer2CharFilter(
        new MappingCharFilter(FOLDING, new ICUNormalizer2CharFilter(new StringReader(text), NFC)), NFC);
    StringBuilder out = new StringBuilder(text.length());
    readAll(filter, out);
    int[] toOriginal = new int[out.length()];
    for (int i = 0; i < toOriginal.length; i++) {
      toOriginal[i] = filter.correctOffset(i);
    }
    return NormalizedText.mapped(text, out.toString(), toOriginal);
  }

  /** The matching form of a short string such as an alias, without the offset map. */
  public String key(String text) {
    return normalize(text).normalized();
  }

  private static void readAll(Reader reader, StringBuilder out) {
    char[] buffer = new char[8192];
    try (reader) {
      int n;
      while ((n = reader.read(buffer)) != -1) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading from an in-memory string cannot fail", e);
    }
  }
}
