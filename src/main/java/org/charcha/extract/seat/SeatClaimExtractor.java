package org.charcha.extract.seat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charcha.extract.ArticleContext;
import org.charcha.extract.Mention;
import org.charcha.extract.MentionType;
import org.charcha.extract.SeatClaim;
import org.charcha.kb.KnowledgeBase;
import org.charcha.text.NormalizedText;

/**
 * Finds seat-count claims (spec section 3): a number right before a seat word, attributed to the
 * nearest party named before it in the same sentence.
 */
public final class SeatClaimExtractor {
  private static final Pattern COUNT_BEFORE_SEAT = Pattern.compile("(\\d{1,4})\\s*(सीटें|सीटों|सीटे|सीट|seats|seat)(?![\\p{L}\\p{M}])");
  private static final String SENTENCE_ENDS = "।?!\n|";

  public SeatClaimExtractor(KnowledgeBase kb) {}

  public List<SeatClaim> extract(NormalizedText doc, ArticleContext context, List<Mention> mentions) {
    List<SeatClaim> claims = new ArrayList<>();
    Matcher m = COUNT_BEFORE_SEAT.matcher(doc.normalized());
    while (m.find()) {
      int sentenceStart = sentenceStart(doc.normalized(), m.start());
      int originalNumber = doc.originalStart(m.start());
      int originalSentence = doc.originalStart(sentenceStart);
      Mention party = null;
      for (Mention mention : mentions) {
        if (mention.type() == MentionType.PARTY && mention.start() >= originalSentence && mention.end() <= originalNumber) {
          party = mention;
        }
      }
      if (party == null) {
        continue;
      }
      int end = doc.originalEnd(m.end());
      claims.add(new SeatClaim(party.key(), Integer.parseInt(m.group(1)), null, "other", "unknown",
          doc.original().substring(party.start(), end), party.start(), end));
    }
    return claims;
  }

  private static int sentenceStart(String text, int from) {
    int i = from;
    while (i > 0 && SENTENCE_ENDS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }
}
