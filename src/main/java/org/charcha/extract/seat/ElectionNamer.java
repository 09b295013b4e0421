package org.charcha.extract.seat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.charcha.extract.ArticleContext;
import org.charcha.kb.Election;
import org.charcha.kb.KnowledgeBase;

/**
 * Names the election a claim is about (spec section 3): the house and year stated in the sentence
 * or earlier in the article; else, from the article date, the election of that house just held or
 * the next one (forecasts, candidacies and seat sharing look forward); else "unknown".
 */
final class ElectionNamer implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String UNKNOWN = "unknown";
  private static final int FIRST_YEAR = 1950;
  private static final int LAST_YEAR = 2040;
  /** How far back in the article a house or year named earlier still applies (characters). */
  private static final int LOOKBACK_CHARS = 1200;
  private static final List<String> FORWARD_KINDS = List.of("projected", "contested", "allotted", "majority", "total");
  private final KnowledgeBase kb;
  private final Map<Election.House, PhraseList> houses;
  private final PhraseList seatWord;

  ElectionNamer(KnowledgeBase kb, SeatCues cues) {
    this.kb = kb;
    this.houses = cues.houses;
    this.seatWord = cues.seatWord;
  }

  String name(ArticleTokens article, int sentence, int numberToken, String kind, ArticleContext context) {
    int from = article.sentenceStart(sentence);
    int to = article.sentenceEnd(sentence);
    Election.House house = houseIn(article, from, to);
    Integer year = yearIn(article, from, to, numberToken);
    int floor = from;
    while (house == null && floor > 0 && article.tokens.get(from).start() - article.tokens.get(floor - 1).start() < LOOKBACK_CHARS) {
      floor--;
      house = houseAt(article, floor);
      if (house != null && year == null) {
        int s = sentenceOf(article, floor);
        year = yearIn(article, article.sentenceStart(s), article.sentenceEnd(s), floor);
      }
    }
    String state = context.stateAt(article.tokens.get(numberToken).start());
    if (house == null) {
      return UNKNOWN;
    }
    if (year != null) {
      return stated(house, year, state);
    }
    return inferred(house, state, context.date(), kind);
  }

  private String stated(Election.House house, int year, String state) {
    for (Election e : kb.elections()) {
      if (e.house() == house && e.resultDate().getYear() == year && placeMatches(e, house, state)) {
        return e.name();
      }
    }
    return switch (house) {
      case LOK_SABHA -> "Lok Sabha " + year;
      case RAJYA_SABHA -> "Rajya Sabha " + year;
      case ASSEMBLY -> state == null ? UNKNOWN : placeName(state) + " Assembly " + year;
      case COUNCIL -> state == null ? UNKNOWN : placeName(state) + " Legislative Council " + year;
      case MUNICIPAL -> UNKNOWN;
    };
  }

  private String inferred(Election.House house, String state, LocalDate date, String kind) {
    if (date == null) {
      return house == Election.House.RAJYA_SABHA ? "Rajya Sabha" : UNKNOWN;
    }
    Election last = null;
    Election next = null;
    for (Election e : kb.elections()) {
      if (e.house() != house || !placeMatches(e, house, state)) {
        continue;
      }
      if (!e.resultDate().isAfter(date)) {
        if (last == null || e.resultDate().isAfter(last.resultDate())) {
          last = e;
        }
      } else if (next == null || e.resultDate().isBefore(next.resultDate())) {
        next = e;
      }
    }
    boolean forward = FORWARD_KINDS.contains(kind) && next != null && !next.resultDate().isAfter(date.plusYears(1));
    Election chosen = forward ? next : last != null ? last : next;
    return chosen == null ? UNKNOWN : chosen.name();
  }

  private static boolean placeMatches(Election e, Election.House house, String state) {
    return house == Election.House.LOK_SABHA || house == Election.House.RAJYA_SABHA || e.place().equals(state);
  }

  private String placeName(String code) {
    return kb.place(code).map(p -> p.name()).orElse(code);
  }

  private Election.House houseIn(ArticleTokens article, int from, int to) {
    for (int i = from; i < to; i++) {
      Election.House house = houseAt(article, i);
      if (house != null) {
        return house;
      }
    }
    return null;
  }

  private Election.House houseAt(ArticleTokens article, int i) {
    for (Map.Entry<Election.House, PhraseList> e : houses.entrySet()) {
      if (e.getValue().matchAt(article.tokens, i, article.tokens.size()) > 0) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The stated year nearest to the number, written in figures, not the claimed number itself. */
  private Integer yearIn(ArticleTokens article, int from, int to, int numberToken) {
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      String text = article.tokens.get(i).text();
      if (i != numberToken && text.length() == 4 && text.chars().allMatch(Character::isDigit)) {
        int year = Integer.parseInt(text);
        boolean seatCount = seatWord.matchAt(article.tokens, i + 1, to) > 0;
        if (year >= FIRST_YEAR && year <= LAST_YEAR && !seatCount && Math.abs(i - numberToken) < bestDistance) {
          best = year;
          bestDistance = Math.abs(i - numberToken);
        }
      }
    }
    return best;
  }

  private static int sentenceOf(ArticleTokens article, int token) {
    int s = 0;
    while (s + 1 < article.sentenceCount() && article.sentenceStart(s + 1) <= token) {
      s++;
    }
    return s;
  }
}
