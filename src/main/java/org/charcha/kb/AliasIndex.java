package org.charcha.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.charcha.text.NormalizedText;
import org.charcha.text.TextNormalizer;

/**
 * One trie over every alias in the knowledge base (leaders, parties, offices, places, namesakes),
 * so that a text is read once whatever the size of the knowledge base.
 * Matches are kept only on Devanagari-aware word boundaries and, where they overlap, the longest
 * wins ("भारतीय जनता पार्टी" over "पार्टी", "लोकसभा अध्यक्ष" over "अध्यक्ष").
 *
 * <p>The trie is a double-array trie (hankcs' AhoCorasickDoubleArrayTrie): a transition is an
 * array lookup, where a map-based trie boxes every char and probes a hash map; on Hindi news that
 * lookup was the job's largest single cost. Since only whole words count, the trie is walked from
 * word starts ({@link WholeWordTrie}) instead of scanning every char (docs/PERFORMANCE.md).
 */
public final class AliasIndex {
  private final WholeWordTrie<List<Alias>> trie = new WholeWordTrie<>();

  public AliasIndex(KnowledgeBase kb, TextNormalizer normalizer) {
    trie.build(spellings(kb, normalizer));
  }

  /**
   * Every spelling in the knowledge base in matching form, with what each names: the keys of the
   * trie, and what a reference scan of the same aliases (the benchmark's, the tests') is built from.
   */
  public static SortedMap<String, List<Alias>> spellings(KnowledgeBase kb, TextNormalizer normalizer) {
    SortedMap<String, List<Alias>> byKey = new TreeMap<>();
    for (Leader leader : kb.leaders()) {
      leader.names().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.LEADER_NAME, leader.name())));
      leader.shortNames().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.LEADER_SHORT, leader.name())));
    }
    for (Party party : kb.parties()) {
      party.names().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.PARTY, party.key())));
      party.ambiguousNames().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.PARTY_AMBIGUOUS, party.key())));
    }
    for (Office office : kb.offices()) {
      office.names().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.OFFICE, office.key())));
    }
    for (Place place : kb.places()) {
      place.names().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.PLACE, place.code())));
    }
    for (NotLeader person : kb.notLeaders()) {
      person.names().forEach(n -> add(byKey, normalizer, n, new Alias(Alias.Kind.NOT_LEADER, person.name())));
    }
    byKey.replaceAll((key, aliases) -> List.copyOf(aliases));
    return byKey;
  }

  private static void add(Map<String, List<Alias>> byKey, TextNormalizer normalizer, String spelling, Alias alias) {
    String key = normalizer.key(spelling).strip();
    if (key.isEmpty()) {
      return;
    }
    List<Alias> aliases = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    if (!aliases.contains(alias)) {
      aliases.add(alias);
    }
  }

  /** Distinct normalised spellings in the automaton. */
  public int size() {
    return trie.size();
  }

  /** Non-overlapping whole-word matches in the normalised text, in text order. */
  public List<AliasMatch> find(NormalizedText doc) {
    LongestMatches matches = new LongestMatches();
    trie.findWholeWords(doc.normalizedChars(), matches);
    return matches.kept();
  }

  /**
   * Where matches overlap the longest wins, then the earliest. The walk reports matches by start,
   * so they arrive in runs that overlap one another and no match outside; each run is settled on
   * its own, which gives what settling them all at once gives (a match can only lose to one it
   * overlaps), and most runs are one match long.
   */
  static final class LongestMatches implements WholeWordTrie.Hit<List<Alias>> {
    private static final Comparator<AliasMatch> LONGEST_FIRST =
        Comparator.comparingInt((AliasMatch m) -> m.start() - m.end()).thenComparingInt(AliasMatch::start);
    private static final Comparator<AliasMatch> BY_START = Comparator.comparingInt(AliasMatch::start);
    private final List<AliasMatch> kept = new ArrayList<>();
    private final List<AliasMatch> run = new ArrayList<>();
    private int runEnd = -1;

    @Override
    public void hit(int start, int end, List<Alias> aliases) {
      if (start >= runEnd) {
        settleRun();
      }
      run.add(new AliasMatch(start, end, aliases));
      runEnd = Math.max(runEnd, end);
    }

    List<AliasMatch> kept() {
      settleRun();
      return kept;
    }

    private void settleRun() {
      if (run.size() == 1) {
        kept.add(run.get(0));
      } else if (!run.isEmpty()) {
        run.sort(LONGEST_FIRST);
        int from = kept.size();
        for (AliasMatch match : run) {
          if (isFree(kept, from, match)) {
            kept.add(match);
          }
        }
        kept.subList(from, kept.size()).sort(BY_START);
      }
      run.clear();
    }

    private static boolean isFree(List<AliasMatch> kept, int from, AliasMatch match) {
      for (int i = from; i < kept.size(); i++) {
        AliasMatch other = kept.get(i);
        if (match.start() < other.end() && other.start() < match.end()) {
          return false;
        }
      }
      return true;
    }
  }
}
