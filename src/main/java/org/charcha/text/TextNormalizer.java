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
 * Puts text into matching form: Unicode NFC (ICU), {@link DevanagariFolding}, and NFC again, all as
 * Lucene char filters, which record how every output offset maps back to the input. Aliases in the
 * knowledge base go through the same normaliser, so both sides of a match agree.
 *
 * <p>Thread-safe and cheap to share: the fold map is built once.
 */
public final class TextNormalizer {
  private static final NormalizeCharMap FOLDING = DevanagariFolding.map();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  public NormalizedText normalize(String text) {
    if (text.isEmpty()) {
      return new NormalizedText(text, text, new int[0]);
    }
    // Most news text is already NFC, and ICU's quick check says so far faster than a normalising
    // pass: then only the folds run. The full chain runs when a text or its folded form needs NFC
    // (dropping a ZWJ can leave combining marks out of canonical order).
    boolean nfc = NFC.isNormalized(text);
    NormalizedText folded = run(text, nfc ? folding(new StringReader(text)) : fullChain(text));
    if (!nfc || NFC.isNormalized(folded.normalized())) {
      return folded;
    }
    return run(text, fullChain(text));
  }

  private static CharFilter folding(Reader in) {
    return new MappingCharFilter(FOLDING, in);
  }

  private static CharFilter fullChain(String text) {
    return new ICUNormalizer2CharFilter(folding(new ICUNormalizer2CharFilter(new StringReader(text), NFC)), NFC);
  }

  private static NormalizedText run(String text, CharFilter filter) {
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
