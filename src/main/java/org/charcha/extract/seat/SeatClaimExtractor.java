package org.charcha.extract.seat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charcha.extract.ArticleContext;
import org.charcha.extract.Mention;
import org.charcha.extract.MentionType;
import org.charcha.extract.SeatClaim;
import org.charcha.kb.KnowledgeBase;
import org.charcha.text.NormalizedText;
import org.charcha.text.TextNormalizer;

/**
 * Finds seat-count claims (spec section 3; the rules are in docs/SEAT_CLAIMS.md): a number anchored
 * on a seat word, or on the majority-mark phrasing, in a sentence that is about a legislature; the
 * party, government, opposition or house (TOTAL) it belongs to; its kind; and its election.
 */
public final class SeatClaimExtractor {
  static final String TOTAL = "TOTAL";
  /** How many words ("लोकसभा", "से अधिक", "ही") may stand between a number and its seat word. */
  private static final int MAX_BETWEEN = 3;
  /** Figures in this range not followed by a seat word are years, never list entries. */
  private static final int FIRST_YEAR_LIKE = 1900;
  private static final int LAST_YEAR_LIKE = 2100;
  private final KnowledgeBase kb;
  private final SeatCues cues;
  private final KindReader kinds;
  private final ElectionNamer elections;
  private final Map<String, String> ambiguousNames = new HashMap<>();

  public SeatClaimExtractor(KnowledgeBase kb) {
    this.kb = kb;
    this.cues = new SeatCues(kb);
    this.kinds = new KindReader(cues);
    this.elections = new ElectionNamer(kb, cues);
    TextNormalizer normalizer = new TextNormalizer();
    kb.parties().forEach(p -> p.ambiguousNames().forEach(n -> ambiguousNames.put(normalizer.key(n), p.key())));
  }

  public List<SeatClaim> extract(NormalizedText doc, ArticleContext context, List<Mention> mentions) {
    if (!cues.mayHoldClaim(doc.normalized())) {
      return List.of();
    }
    ArticleTokens article = new ArticleTokens(doc);
    List<Holder> holders = holders(article, mentions);
    List<SeatClaim> claims = new ArrayList<>();
    for (int s = 0; s < article.sentenceCount(); s++) {
      new SentenceScan(article, s, holders, context, claims).run();
    }
    return claims;
  }

  /** Parties and leaders from the mention list, and the government, opposition and "others" words. */
  private List<Holder> holders(ArticleTokens article, List<Mention> mentions) {
    List<Holder> holders = new ArrayList<>();
    for (Mention m : mentions) {
      int first = article.tokenStartingAt(m.start());
      if (first < 0) {
        continue;
      }
      int last = first;
      while (last + 1 < article.tokens.size() && article.originalEnd(last + 1) <= m.end()) {
        last++;
      }
      if (m.type() == MentionType.PARTY) {
        holders.add(new Holder(Holder.Type.PARTY, m.key(), first, last + 1));
      } else {
        String party = kb.leader(m.key()).map(l -> l.party()).orElse(null);
        if (party != null) {
          holders.add(new Holder(Holder.Type.LEADER, party, first, last + 1));
        }
      }
    }
    List<Token> tokens = article.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      int n;
      String party = ambiguousParty(tokens, i);
      if (party != null) {
        holders.add(new Holder(Holder.Type.PARTY, party, i, i + 1));
      }
      if ((n = cues.others.matchAt(tokens, i, tokens.size())) > 0) {
        holders.add(new Holder(Holder.Type.OTHERS, null, i, i + n));
      } else if ((n = cues.opp.matchAt(tokens, i, tokens.size())) > 0) {
        holders.add(new Holder(Holder.Type.OPP, "OPP", i, i + n));
      } else if ((n = cues.gov.matchAt(tokens, i, tokens.size())) > 0) {
        holders.add(new Holder(Holder.Type.GOV, "GOV", i, i + n));
      }
    }
    holders.sort(Comparator.comparingInt(Holder::start));
    return holders;
  }

  /**
   * A party name that is also a common word ("आप"), which the mention extractor counts only with a
   * party cue: right before a number or a case marker it can only be the party ("आप को 45 सीटें"),
   * unless it is also a pronoun the seat rules read as an unnamed subject ("हम 40 सीटों पर").
   */
  private String ambiguousParty(List<Token> tokens, int i) {
    String party = ambiguousNames.get(tokens.get(i).text());
    if (party == null || i + 1 >= tokens.size() || cues.anaphor.matchAt(tokens, i, i + 1) > 0) {
      return null;
    }
    boolean number = cues.numbers.parse(tokens, i + 1, tokens.size()) != null;
    return number || cues.link.matchAt(tokens, i + 1, tokens.size()) > 0 ? party : null;
  }

  /** The rules applied to one sentence. */
  private final class SentenceScan {
    private final ArticleTokens article;
    private final List<Token> tokens;
    private final int sentence;
    private final int from;
    private final int to;
    private final List<Holder> holders;
    private final ArticleContext context;
    private final List<SeatClaim> claims;
    private final Map<Integer, NumberSpan> numberByEnd = new HashMap<>();
    private final List<NumberSpan> numbers = new ArrayList<>();
    private final Set<Integer> used = new HashSet<>();
    private final List<String> anchoredKinds = new ArrayList<>();

    SentenceScan(ArticleTokens article, int sentence, List<Holder> holders, ArticleContext context,
        List<SeatClaim> claims) {
      this.article = article;
      this.tokens = article.tokens;
      this.sentence = sentence;
      this.from = article.sentenceStart(sentence);
      this.to = article.sentenceEnd(sentence);
      this.holders = holders;
      this.context = context;
      this.claims = claims;
    }

    void run() {
      boolean seatWords = cues.seatWord.anyIn(tokens, from, to);
      if (!seatWords && !cues.majorityWord.anyIn(tokens, from, to)) {
        return;
      }
      if (cues.reject.anyIn(tokens, from, to) && !cues.legislature.anyIn(tokens, from, to)) {
        return;
      }
      readNumbers();
      for (int i = from; i < to; i++) {
        int n = cues.seatWord.matchAt(tokens, i, to);
        if (n > 0) {
          anchored(i, i + n);
          i += n - 1;
        }
      }
      majorityMarks();
      if (!anchoredKinds.isEmpty()) {
        listEntries();
      }
    }

    private void readNumbers() {
      for (int i = from; i < to; i++) {
        NumberSpan span = cues.numbers.parse(tokens, i, to);
        if (span != null) {
          numbers.add(span);
          numberByEnd.put(span.end(), span);
          i = span.end() - 1;
        }
      }
    }

    /** A seat word at {@code [s, sEnd)}: the number before it, if any, is a claim. */
    private void anchored(int s, int sEnd) {
      int k = s;
      NumberSpan number = null;
      for (int step = 0; step <= MAX_BETWEEN; step++) {
        int zero = cues.zeroBefore.matchEndingAt(tokens, k, from);
        if (zero > 0 && cues.negation.anyIn(tokens, sEnd, clauseEnd(sEnd))) {
          number = new NumberSpan(k - zero, k, 0, false);
          break;
        }
        number = numberByEnd.get(k);
        if (number != null) {
          break;
        }
        int skip = cues.between.matchEndingAt(tokens, k, from);
        if (skip == 0) {
          return;
        }
        k -= skip;
      }
      if (number == null || used.contains(number.start()) || isPlaceNumber(number) || isDistributive(number)) {
        return;
      }
      if (number.value() == 1 && !number.digits() && cues.oneConstituencyAfter.matchAt(tokens, sEnd, to) > 0) {
        return;
      }
      NumberSpan low = number;
      Integer high = null;
      int joiner = cues.rangeJoiner.matchEndingAt(tokens, number.start(), from);
      NumberSpan before = joiner > 0 ? numberByEnd.get(number.start() - joiner) : null;
      if (before != null && before.value() < number.value()) {
        low = before;
        high = number.value();
        used.add(before.start());
      }
      used.add(number.start());
      int majority = cues.majorityBefore.matchEndingAt(tokens, low.start(), from);
      if (majority > 0) {
        emit(TOTAL, low.value(), high, "majority", low.start() - majority, sEnd, low.start());
        anchoredKinds.add("majority");
        return;
      }
      int outOf = cues.outOf.matchEndingAt(tokens, low.start(), from);
      if (outOf > 0) {
        NumberSpan whole = numberBeforeSeatWord(low.start() - outOf);
        if (whole != null && !used.contains(whole.start())) {
          used.add(whole.start());
          emit(TOTAL, whole.value(), null, "total", whole.start(), low.start() - outOf, whole.start());
        }
      }
      if (cues.totalAfter.matchAt(tokens, sEnd, to) > 0) {
        emit(TOTAL, low.value(), high, "total", low.start(), sEnd + 1, low.start());
        anchoredKinds.add("total");
        return;
      }
      int forwardOutOf = cues.outOf.matchAt(tokens, sEnd, to);
      NumberSpan share = forwardOutOf > 0 ? numberAt(sEnd + forwardOutOf) : null;
      if (share != null) {
        emit(TOTAL, low.value(), high, "total", low.start(), sEnd, low.start());
        if (!followedBySeatWord(share)) {
          used.add(share.start());
          partyClaim(share, null, share.start(), share.end());
        }
        return;
      }
      if (bracketed(low.start(), sEnd)) {
        return;
      }
      partyClaim(low, high, low.start(), sEnd);
    }

    /**
     * "उत्तर प्रदेश (नौ सीटें)": a count in brackets belongs to what stands before the bracket, the
     * party when one does, else the place, whose seats at stake it counts (TOTAL).
     */
    private boolean bracketed(int numberStart, int seatEnd) {
      boolean open = numberStart - 1 >= from && tokens.get(numberStart - 1).text().equals("(");
      boolean close = seatEnd < to && tokens.get(seatEnd).text().equals(")");
      if (!open || !close) {
        return false;
      }
      NumberSpan number = numberAt(numberStart);
      Holder holder = holderEndingAt(numberStart - 1);
      KindReader.Reading reading = kinds.read(tokens, clauseStart(numberStart), clauseEnd(seatEnd + 1), from, to);
      if (holder == null) {
        anchoredKinds.add("total");
        emit(TOTAL, number.value(), null, "total", numberStart - 1, seatEnd + 1, numberStart);
      } else if (holder.type() != Holder.Type.OTHERS) {
        anchoredKinds.add(reading.kind());
        emit(holder.key(), number.value(), null, reading.kind(), holder.start(), seatEnd + 1, numberStart);
      }
      return true;
    }

    /** "इंदौर-1 सीट": a number hyphenated to a name numbers a constituency, it counts nothing. */
    private boolean isPlaceNumber(NumberSpan number) {
      int i = number.start();
      return i - 2 >= from && tokens.get(i - 1).text().equals("-") && !Tokenizer.isDigit(tokens.get(i - 2).text().charAt(0))
          && cues.numbers.parse(tokens, i - 2, i - 1) == null;
    }

    /** "दो-दो सीटों से", "एक-एक सीट": so many each, a count of no one's seats. */
    private boolean isDistributive(NumberSpan number) {
      int i = number.start();
      NumberSpan before = i - 1 > from && tokens.get(i - 1).text().equals("-") ? numberByEnd.get(i - 1) : null;
      return before != null && before.value() == number.value();
    }

    /** A number whose seat word follows it (possibly after "between" words) ending at {@code end}. */
    private NumberSpan numberBeforeSeatWord(int end) {
      int k = end;
      for (int step = 0; step <= MAX_BETWEEN + 1; step++) {
        NumberSpan n = numberByEnd.get(k);
        if (n != null) {
          return n;
        }
        int skip = Math.max(cues.seatWord.matchEndingAt(tokens, k, from), cues.between.matchEndingAt(tokens, k, from));
        if (skip == 0) {
          return null;
        }
        k -= skip;
      }
      return null;
    }

    private NumberSpan numberAt(int start) {
      for (NumberSpan n : numbers) {
        if (n.start() == start) {
          return n;
        }
      }
      return null;
    }

    private boolean followedBySeatWord(NumberSpan n) {
      int k = n.end();
      for (int step = 0; step <= MAX_BETWEEN; step++) {
        if (cues.seatWord.matchAt(tokens, k, to) > 0) {
          return true;
        }
        int skip = cues.between.matchAt(tokens, k, to);
        if (skip == 0) {
          return false;
        }
        k += skip;
      }
      return false;
    }

    /** "बहुमत के लिए 116 का आंकड़ा", "272 का जादुई आंकड़ा": the majority mark without a seat word. */
    private void majorityMarks() {
      if (!cues.majorityWord.anyIn(tokens, from, to)) {
        return;
      }
      for (NumberSpan n : numbers) {
        if (used.contains(n.start())) {
          continue;
        }
        int after = cues.majorityAfter.matchAt(tokens, n.end(), to);
        int before = cues.majorityBefore.matchEndingAt(tokens, n.start(), from);
        if (after > 0 || before > 0) {
          used.add(n.start());
          emit(TOTAL, n.value(), null, "majority", n.start() - before, n.end() + after, n.start());
        }
      }
    }

    /** "भाजपा को 163, कांग्रेस को 66 सीटें": bare numbers right after a party share the seat word. */
    private void listEntries() {
      for (NumberSpan n : numbers) {
        if (used.contains(n.start()) || !n.digits() && n.value() == 1) {
          continue;
        }
        if (n.value() >= FIRST_YEAR_LIKE && n.value() <= LAST_YEAR_LIKE || cues.notCount.matchAt(tokens, n.end(), to) > 0) {
          continue;
        }
        boolean entryEnds = n.end() >= to || cues.clauseBreak.matchAt(tokens, n.end(), to) > 0
            || cues.seatWord.matchAt(tokens, n.end(), to) > 0 || endsListEntry(n.end());
        int link = cues.link.matchEndingAt(tokens, n.start(), from);
        Holder holder = holderEndingAt(n.start() - link);
        if (holder == null && link > 0) {
          holder = holderEndingAt(n.start());
        }
        if (entryEnds && holder != null) {
          used.add(n.start());
          KindReader.Reading own = kinds.read(tokens, clauseStart(n.start()), clauseEnd(n.end()), from, to);
          String kind = own.kind().equals(KindReader.OTHER) ? anchoredKinds.get(0) : own.kind();
          if (holder.type() != Holder.Type.OTHERS) {
            emit(holder.key(), n.value(), null, kind, holder.start(), Math.max(n.end(), own.cueEnd()), n.start());
          }
        }
      }
    }

    private boolean endsListEntry(int i) {
      if (i >= to) {
        return true;
      }
      String t = tokens.get(i).text();
      if (t.equals(")") || t.equals("।") || t.equals(".")) {
        return true;
      }
      for (PhraseList kind : cues.kinds.values()) {
        if (kind.matchAt(tokens, i, to) > 0) {
          return true;
        }
      }
      return false;
    }

    private Holder holderEndingAt(int end) {
      for (Holder h : holders) {
        if (h.end() == end && h.start() >= from) {
          return h;
        }
      }
      return null;
    }

    /** A claim of a party (or GOV, OPP, the house) for the number at {@code [numberStart, seatEnd)}. */
    private void partyClaim(NumberSpan low, Integer high, int numberStart, int seatEnd) {
      int clauseFrom = clauseStart(numberStart);
      int clauseTo = clauseEnd(seatEnd);
      KindReader.Reading reading = kinds.read(tokens, clauseFrom, clauseTo, from, to);
      Holder holder = attribute(numberStart, seatEnd, clauseFrom, clauseTo);
      if (holder == null) {
        if (cues.totalContext.anyIn(tokens, from, to)) {
          anchoredKinds.add("total");
          emit(TOTAL, low.value(), high, "total", numberStart, seatEnd, numberStart);
        }
        return;
      }
      String kind = reading.kind().equals(KindReader.OTHER) && !anchoredKinds.isEmpty()
          ? anchoredKinds.get(anchoredKinds.size() - 1) : reading.kind();
      anchoredKinds.add(kind);
      if (holder.type() == Holder.Type.OTHERS) {
        return;
      }
      boolean inSentence = holder.start() >= from && holder.end() <= to;
      int start = inSentence ? Math.min(holder.start(), numberStart) : numberStart;
      int end = Math.max(seatEnd, inSentence ? holder.end() : seatEnd);
      if (reading.cueEnd() > seatEnd && reading.cueEnd() <= clauseTo) {
        end = reading.cueEnd();
      }
      emit(holder.key(), low.value(), high, kind, start, end, numberStart);
    }

    /**
     * Whose number it is: the nearest holder before it in its clause, else the first after it in the
     * clause, else (seats at stake) none, else the nearest before it in the sentence, else, when the
     * clause names its subject only as "पार्टी" or "हम", the first holder of the sentence before.
     */
    private Holder attribute(int numberStart, int seatEnd, int clauseFrom, int clauseTo) {
      Holder before = nearestBefore(clauseFrom, numberStart);
      if (before != null) {
        return before;
      }
      for (Holder h : holders) {
        boolean named = h.type() == Holder.Type.PARTY || h.type() == Holder.Type.LEADER;
        if (h.start() >= seatEnd && h.end() <= clauseTo && named && isSubject(h)) {
          return h;
        }
      }
      if (cues.totalContext.anyIn(tokens, from, to)) {
        return null;
      }
      Holder earlier = nearestBefore(from, clauseFrom);
      if (earlier != null) {
        return earlier;
      }
      if (sentence > 0 && cues.anaphor.anyIn(tokens, from, seatEnd)) {
        int prevFrom = article.sentenceStart(sentence - 1);
        for (Holder h : holders) {
          if (h.start() >= prevFrom && h.end() <= from && isSubject(h) && h.type() != Holder.Type.OTHERS) {
            return h;
          }
        }
      }
      return null;
    }

    private Holder nearestBefore(int lo, int hi) {
      Holder best = null;
      for (Holder h : holders) {
        if (h.start() >= lo && h.end() <= hi && isSubject(h)) {
          best = h;
        }
      }
      if (best != null && (best.type() == Holder.Type.GOV || best.type() == Holder.Type.OPP)) {
        Holder party = partyRightBefore(best);
        return party != null ? party : best;
      }
      return best;
    }

    /** "भाजपा सरकार", "कांग्रेस की सरकार": the government is that party. */
    private Holder partyRightBefore(Holder gov) {
      for (Holder h : holders) {
        boolean adjacent = h.end() == gov.start() || h.end() + 1 == gov.start()
            && cues.link.matchAt(tokens, h.end(), gov.start()) > 0;
        if (adjacent && (h.type() == Holder.Type.PARTY || h.type() == Holder.Type.LEADER)) {
          return h;
        }
      }
      return null;
    }

    private boolean isSubject(Holder h) {
      return cues.notSubjectAfter.matchAt(tokens, h.end(), to) == 0 || cues.outOf.matchAt(tokens, h.end(), to) > 0;
    }

    private int clauseStart(int i) {
      for (int k = i - 1; k >= from; k--) {
        int n = cues.clauseBreak.matchAt(tokens, k, i);
        if (n > 0) {
          return k + n;
        }
      }
      return from;
    }

    private int clauseEnd(int i) {
      int at = cues.clauseBreak.find(tokens, i, to);
      return at < 0 ? to : at;
    }

    private void emit(String party, int seats, Integer seatsMax, String kind, int startToken, int endToken,
        int numberToken) {
      int first = Math.max(startToken, from);
      int last = Math.min(Math.max(endToken, first + 1), to);
      int start = article.originalStart(first);
      int end = article.originalEnd(last - 1);
      String election = elections.name(article, sentence, numberToken, kind, context);
      claims.add(new SeatClaim(party, seats, seatsMax, kind, election, article.doc.original().substring(start, end),
          start, end));
    }
  }
}
