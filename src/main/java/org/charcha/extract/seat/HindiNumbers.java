package org.charcha.extract.seat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charcha.kb.SeatCue;
import org.charcha.text.TextNormalizer;

/**
 * Reads numbers written in figures or in Hindi words, zero to the thousands ("बावन", "दो सौ
 * बहत्तर", "डेढ़ सौ", "एक हजार"). The 0-99 words are irregular in Hindi, so they are taken from
 * ICU's Hindi spell-out rules (formatted, then normalised like the text) and completed with the
 * spelling variants of {@code seat_cues.tsv} that ICU does not know (तिरसठ beside तिरेसठ,
 * पैंतालिस). ICU's own parser is not used on running text: it stops at the first unknown spelling
 * and reads "एक हजार" (without nukta, as the text normaliser writes it) as 1.
 */
final class HindiNumbers implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int LARGEST_SEAT_COUNT = 100_000;
  private final Map<String, Integer> units = new HashMap<>();
  private final Map<String, Integer> multipliers = new HashMap<>();
  private final Map<String, Double> fractions = new HashMap<>();

  HindiNumbers(List<SeatCue> cues, TextNormalizer normalizer) {
    RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(new ULocale("hi"), RuleBasedNumberFormat.SPELLOUT);
    for (int n = 0; n < 100; n++) {
      units.put(normalizer.key(spellout.format(n)), n);
    }
    for (SeatCue cue : cues) {
      for (String word : cue.words()) {
        String key = normalizer.key(word);
        switch (cue.cue()) {
          case "number" -> units.put(key, Integer.parseInt(cue.value()));
          case "multiplier" -> multipliers.put(key, Integer.parseInt(cue.value()));
          case "fraction" -> fractions.put(key, Double.parseDouble(cue.value()));
          default -> { }
        }
      }
    }
  }

  /** The number starting at token {@code i} (and ending before {@code limit}), or null. */
  NumberSpan parse(List<Token> tokens, int i, int limit) {
    String first = tokens.get(i).text();
    if (Tokenizer.isDigit(first.charAt(0))) {
      String digits = first.replace(",", "");
      if (digits.length() > 7) {
        return null;
      }
      return new NumberSpan(i, i + 1, Integer.parseInt(digits), true);
    }
    return parseWords(tokens, i, limit);
  }

  /**
   * Word numbers: a unit word starts a group, a multiplier multiplies it into the total; a bare
   * multiplier is one of it ("सौ सीटें").
   */
  private NumberSpan parseWords(List<Token> tokens, int i, int limit) {
    double total = 0;
    double group = 0;
    boolean groupHasUnit = false;
    int j = i;
    while (j < limit) {
      String word = tokens.get(j).text();
      Integer unit = units.get(word);
      Double fraction = fractions.get(word);
      Integer multiplier = multipliers.get(word);
      if (unit != null && !groupHasUnit) {
        group += unit;
        groupHasUnit = true;
      } else if (fraction != null && !groupHasUnit && j + 1 < limit && multipliers.containsKey(tokens.get(j + 1).text())) {
        group += fraction;
        groupHasUnit = true;
      } else if (multiplier != null && (groupHasUnit || j == i)) {
        group = (groupHasUnit ? group : 1) * multiplier;
        total += group;
        group = 0;
        groupHasUnit = false;
      } else {
        break;
      }
      j++;
    }
    total += group;
    if (j == i || total > LARGEST_SEAT_COUNT) {
      return null;
    }
    return new NumberSpan(i, j, (int) Math.round(total), false);
  }
}
