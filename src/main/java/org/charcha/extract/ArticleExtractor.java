package org.charcha.extract;

import java.time.LocalDate;
import java.util.List;
import org.charcha.extract.seat.SeatClaimExtractor;
import org.charcha.kb.AliasIndex;
import org.charcha.kb.AliasMatch;
import org.charcha.kb.KnowledgeBase;
import org.charcha.text.NormalizedText;
import org.charcha.text.TextNormalizer;

/**
 * The one entry point to extraction: an article in, its mentions and seat claims out. Builds the
 * alias automaton once; an instance is safe to share between threads and is what each Spark
 * executor, the extract command and the SQL functions hold.
 */
public final class ArticleExtractor {
  private final TextNormalizer normalizer = new TextNormalizer();
  private final AliasIndex index;
  private final PlaceResolver places;
  private final MentionExtractor mentions;
  private final SeatClaimExtractor seats;

  public ArticleExtractor(KnowledgeBase kb) {
    this.index = new AliasIndex(kb, normalizer);
    this.places = new PlaceResolver(kb);
    this.mentions = new MentionExtractor(kb);
    this.seats = new SeatClaimExtractor(kb);
  }

  public ArticleExtraction extract(String title, String body, LocalDate date, String source) {
    return extractText(ArticleText.compose(title, body), date, source);
  }

  /** Extraction on a text that is already the whole article (title handling done by the caller). */
  public ArticleExtraction extractText(String text, LocalDate date, String source) {
    NormalizedText doc = normalizer.normalize(text);
    List<AliasMatch> matches = index.find(doc);
    ArticleContext context = places.resolve(matches, date, source);
    List<Mention> found = mentions.extract(doc, matches, context);
    List<SeatClaim> claims = seats.extract(doc, context, found);
    return new ArticleExtraction(text, found, claims, context.state());
  }

  /** Distinct spellings in the alias automaton, for the knowledge-base report. */
  public int aliasCount() {
    return index.size();
  }
}
