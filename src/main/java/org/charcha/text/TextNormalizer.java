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
 * <p>The general path chains Lucene char filters (ICU NFC, mapping, ICU NFC). Most news text is
 * already NFC, which ICU's quick check tells far faster than a normalising pass; such text is folded
 * by the {@link SingleCharFolding} table in one pass and, when nothing changed, shares the input
 * string. The chain runs when the text, or its folded form, is not NFC (dropping a ZWJ can leave
 * combining marks out of canonical order).
 *
 * <p>Thread-safe and cheap to share: the fold map and table are built once.
 */
public final class TextNormalizer {
  private static final NormalizeCharMap FOLDING = DevanagariFolding.map();
  private static final SingleCharFolding TABLE = new SingleCharFolding(DevanagariFolding.folds());
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  public NormalizedText normalize(String text) {
    if (!NFC.isNormalized(text)) {
      return luceneChain(text);
    }
    if (TABLE.isFolded(text)) {
      return new NormalizedText(text, text, null);
    }
    NormalizedText folded = TABLE.fold(text);
    return NFC.isNormalized(folded.normalized()) ? folded : luceneChain(text);
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
    return new NormalizedText(text, out.toString(), toOriginal);
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
