package org.charcha.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.charcha.kb.Alias;
import org.charcha.kb.AliasMatch;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.Leader;
import org.charcha.kb.Office;
import org.charcha.kb.Place;
import org.charcha.text.NormalizedText;
import org.charcha.text.TextNormalizer;
import org.charcha.text.WordBoundary;

/**
 * Turns alias matches into counted leader and party mentions by the rules of the spec (sections 1
 * and 2); each rule is a small method below, and docs/EXTRACTION_RULES.md says why each exists.
 * Plain Java, no Spark: the batch job, the extract command and the SQL functions all call it.
 */
final class MentionExtractor {
  private static final CueWords GENITIVE_LINKS = CueWords.of("के", "की", "का");
  private static final int ENTITY_LOOKAHEAD_WORDS = 3;
  private static final int GLUED_NAME_WORDS = 3;
  private static final CueWords ERGATIVE = CueWords.of("ने");
  private static final int ANTECEDENT_WINDOW_CHARS = 300;
  private static final int APPOSITION_GAP_CHARS = 30;
  private static final String SENTENCE_ENDS = "।.?!|\n";

  private final KnowledgeBase kb;
  private final CueWords honorifics;
  private final CueWords former;
  private final CueWords genericBefore;
  private final CueWords postAfter;
  private final CueWords entityWords;
  private final CueWords functionWords;
  private final CueWords partyCues;
  private final CueWords notLeaderBefore;
  private final CueWords seatLinks;
  private final CueWords placeAnaphors;
  private final CueWords givenNames;
  private final CueWords surnames;
  /**
   * Per leader, each full name shortened to its first and last words ("नरेंद्र तोमर" for "नरेंद्र
   * सिंह तोमर"): the only given name and surname pairs that may still be the leader.
   */
  private final Map<String, Set<String>> ownFullNames;
  /** Per leader, every word of the leader's names: "सिंह" after "शिवराज" is still Shivraj Singh Chouhan. */
  private final Map<String, Set<String>> ownNameWords;

  MentionExtractor(KnowledgeBase kb) {
    this.kb = kb;
    this.honorifics = new CueWords(kb.cues("honorific"));
    this.former = new CueWords(kb.cues("former"));
    this.genericBefore = new CueWords(kb.cues("generic_before"));
    this.postAfter = new CueWords(kb.cues("post_after"));
    this.entityWords = new CueWords(kb.cues("entity_word"));
    this.functionWords = new CueWords(kb.cues("function_word"));
    this.partyCues = new CueWords(kb.cues("party_cue"));
    this.notLeaderBefore = new CueWords(kb.cues("not_leader_before"));
    this.seatLinks = new CueWords(kb.cues("seat_link"));
    this.placeAnaphors = new CueWords(kb.cues("place_anaphor"));
    this.givenNames = new CueWords(kb.cues("given_name"));
    this.surnames = new CueWords(kb.cues("surname"));
    this.ownFullNames = new HashMap<>();
    this.ownNameWords = new HashMap<>();
    TextNormalizer normalizer = new TextNormalizer();
    for (Leader leader : kb.leaders()) {
      Set<String> pairs = new HashSet<>();
      Set<String> words = new HashSet<>();
      Stream.concat(leader.names().stream(), leader.shortNames().stream()).map(normalizer::key).forEach(name -> {
        words.addAll(List.of(name.split(" ")));
        if (name.indexOf(' ') > 0) {
          pairs.add(name.substring(0, name.indexOf(' ')) + name.substring(name.lastIndexOf(' ')));
        }
      });
      ownFullNames.put(leader.name(), pairs);
      ownNameWords.put(leader.name(), words);
    }
  }

  List<Mention> extract(NormalizedText doc, List<AliasMatch> matches, ArticleContext context) {
    return new Pass(doc, matches, context).run();
  }

  /** The state of one article's pass: which matches are used up, and the mentions so far. */
  private final class Pass {
    private final NormalizedText doc;
    private final String text;
    private final List<AliasMatch> matches;
    private final ArticleContext context;
    private final boolean[] consumed;
    private final Set<String> namedInFull;
    private final List<Mention> mentions = new ArrayList<>();

    Pass(NormalizedText doc, List<AliasMatch> matches, ArticleContext context) {
      this.doc = doc;
      this.text = doc.normalized();
      this.matches = matches;
      this.context = context;
      this.consumed = new boolean[matches.size()];
      this.namedInFull = leadersNamedInFull();
    }

    List<Mention> run() {
      for (int i = 0; i < matches.size(); i++) {
        if (consumed[i]) {
          continue;
        }
        AliasMatch match = matches.get(i);
        if (match.has(Alias.Kind.NOT_LEADER)) {
          continue;
        }
        if (match.has(Alias.Kind.OFFICE)) {
          office(i);
        } else if (match.has(Alias.Kind.LEADER_NAME) || match.has(Alias.Kind.LEADER_SHORT)) {
          leader(i, List.of());
        }
        if (match.has(Alias.Kind.PARTY)) {
          party(i, match.targets(Alias.Kind.PARTY).get(0));
        } else if (match.has(Alias.Kind.PARTY_AMBIGUOUS) && hasPartyCue(match)) {
          party(i, match.targets(Alias.Kind.PARTY_AMBIGUOUS).get(0));
        }
      }
      return mentions;
    }

    /**
     * "आप नेता", "आप के संयोजक" with a genitive between, and "'आप' सरकार" in quotes (how papers mark
     * the abbreviation): the party, not the pronoun.
     */
    private boolean hasPartyCue(AliasMatch match) {
      if (TextScan.followedBy(text, match.end(), partyCues) || TextScan.isQuoted(text, match.start(), match.end())) {
        return true;
      }
      int afterLink = TextScan.endOfNextWord(text, match.end());
      return TextScan.followedBy(text, match.end(), GENITIVE_LINKS) && TextScan.followedBy(text, afterLink, partyCues);
    }

    /** Leaders with an unambiguous full-name mention: the antecedents that license short names. */
    private Set<String> leadersNamedInFull() {
      Set<String> named = new HashSet<>();
      for (AliasMatch match : matches) {
        if (isFullName(match) && !insideEntityName(match)) {
          named.addAll(match.targets(Alias.Kind.LEADER_NAME));
        }
      }
      return named;
    }

    /** A leader's name that is no one's short name and no namesake's: it names one person in full. */
    private static boolean isFullName(AliasMatch match) {
      return match.has(Alias.Kind.LEADER_NAME) && !match.has(Alias.Kind.LEADER_SHORT) && !match.has(Alias.Kind.NOT_LEADER);
    }

    private void office(int i) {
      AliasMatch title = matches.get(i);
      int next = i + 1;
      if (next < matches.size() && isLeaderMatch(matches.get(next))
          && TextScan.onlyWords(text, title.end(), matches.get(next).start(), honorifics)) {
        consumed[next] = true;
        leader(next, title.targets(Alias.Kind.OFFICE));
        return;
      }
      if (isGenericOrPostUse(title) || isGluedToAName(title)) {
        return;
      }
      Qualifier qualifier = qualifierBefore(i);
      for (String officeKey : title.targets(Alias.Kind.OFFICE)) {
        if (isPartyOffice(officeKey) != (qualifier.party() != null)) {
          continue;
        }
        Optional<String> holder = context.date() == null
            ? namedHolder(officeKey, qualifier, i) : holder(officeKey, qualifier, title.start());
        if (holder.isPresent()) {
          if (!isApposition(holder.get(), title)) {
            add(MentionType.ROLE, holder.get(), title);
          }
          return;
        }
      }
    }

    /**
     * A party before a title makes it that party's post ("Congress President" is Rahul Gandhi, not
     * the President of India); without one, a party post is too vague to resolve.
     */
    private boolean isPartyOffice(String officeKey) {
      Office.Scope scope = kb.office(officeKey).scope();
      return scope == Office.Scope.PARTY || scope == Office.Scope.PARTY_STATE;
    }

    /**
     * "पुष्यमित्र भार्गव, महापौर इंदौर", "कैलाश विजयवर्गीय, नगरीय प्रशासन मंत्री": a title right after
     * its holder's name, in the same clause, describes that name (one noun phrase), so the spec
     * counts the name only.
     */
    private boolean isApposition(String holder, AliasMatch title) {
      int titleStart = doc.originalStart(title.start());
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention mention = mentions.get(i);
        if (titleStart - mention.end() > APPOSITION_GAP_CHARS) {
          return false;
        }
        if (mention.type() == MentionType.NAME && mention.key().equals(holder)) {
          String gap = doc.original().substring(mention.end(), titleStart);
          return gap.contains(",") && gap.chars().noneMatch(c -> SENTENCE_ENDS.indexOf(c) >= 0)
              && java.util.Arrays.stream(gap.split("[\\s,]+")).noneMatch(functionWords::contains);
        }
      }
      return false;
    }

    /** "एक मंत्री", "सभी मुख्यमंत्री", "पूर्व प्रधानमंत्री", "मुख्यमंत्री पद": no one person. */
    private boolean isGenericOrPostUse(AliasMatch title) {
      return TextScan.precededBy(text, title.start(), former)
          || TextScan.precededBy(text, title.start(), genericBefore)
          || TextScan.precededByNumber(text, title.start())
          || TextScan.followedBy(text, title.end(), postAfter)
          || isHyphenCompound(title)
          || insideEntityName(title);
    }

    /**
     * "परिवहन मंत्री ग्रांट शैप्स ने": the words between a title and the ergative ने belong to the
     * subject with the title, so they name its holder, here someone the knowledge base does not know.
     * The spec counts a title glued to a name as part of that name's mention, so it is no role.
     */
    private boolean isGluedToAName(AliasMatch title) {
      int position = title.end();
      for (int word = 0; word <= GLUED_NAME_WORDS; word++) {
        if (TextScan.followedBy(text, position, ERGATIVE)) {
          return word > 0;
        }
        if (TextScan.followedBy(text, position, functionWords) || TextScan.followedBy(text, position, genericBefore)
            || TextScan.followedBy(text, position, postAfter) || TextScan.followedBy(text, position, entityWords)) {
          return false;
        }
        int next = TextScan.endOfNextWord(text, position);
        if (next == position || !isLettersOnly(position, next)) {
          return false;
        }
        position = next;
      }
      return false;
    }

    private boolean isLettersOnly(int from, int to) {
      for (int i = TextScan.skipSpaces(text, from); i < to; i++) {
        if (!WordBoundary.isWordChar(text.charAt(i)) || Character.isDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** "सांसद-विधायकों", "मंत्री-अफसर": a title in a hyphenated pair names a class of people. */
    private boolean isHyphenCompound(AliasMatch title) {
      return title.end() < text.length() && text.charAt(title.end()) == '-'
          || title.start() > 0 && text.charAt(title.start() - 1) == '-';
    }

    private void leader(int i, List<String> titleOffices) {
      AliasMatch match = matches.get(i);
      if (insideEntityName(match) || TextScan.precededBy(text, match.start(), notLeaderBefore)) {
        return;
      }
      Optional<String> leader = resolveLeader(match, titleOffices);
      if (leader.isEmpty()) {
        return;
      }
      add(MentionType.NAME, leader.get(), match);
      consumeBracketedEcho(i, leader.get(), true);
    }

    private Optional<String> resolveLeader(AliasMatch match, List<String> titleOffices) {
      List<String> candidates = new ArrayList<>(match.targets(Alias.Kind.LEADER_NAME));
      candidates.addAll(match.targets(Alias.Kind.LEADER_SHORT));
      if (!titleOffices.isEmpty()) {
        for (String candidate : candidates) {
          for (String office : titleOffices) {
            if (kb.holds(candidate, office, context.date())) {
              return Optional.of(candidate);
            }
          }
        }
      }
      List<String> owners = match.targets(Alias.Kind.LEADER_NAME);
      List<String> antecedents = match.targets(Alias.Kind.LEADER_SHORT).stream().filter(namedInFull::contains).toList();
      String givenName = givenNameBefore(match);
      if (givenName != null) {
        String fullName = givenName + " " + text.substring(match.start(), match.end());
        owners = whoseOwn(owners, ownFullNames, fullName);
        antecedents = whoseOwn(antecedents, ownFullNames, fullName);
      }
      String surname = surnameAfter(match);
      if (surname != null) {
        owners = whoseOwn(owners, ownNameWords, surname);
        antecedents = whoseOwn(antecedents, ownNameWords, surname);
      }
      if (!owners.isEmpty()) {
        String owner = owners.get(0);
        boolean namesakeInFocus = antecedents.size() == 1 && !namedInFull.contains(owner);
        return Optional.of(namesakeInFocus ? antecedents.get(0) : owner);
      }
      return antecedents.size() == 1 ? Optional.of(antecedents.get(0)) : Optional.empty();
    }

    /** The {@code leaders} whose own names, as {@code own} keeps them, include {@code name}. */
    private static List<String> whoseOwn(List<String> leaders, Map<String, Set<String>> own, String name) {
      return leaders.stream().filter(leader -> own.getOrDefault(leader, Set.of()).contains(name)).toList();
    }

    /**
     * A common given name right before a one-word alias ("प्रवीण यादव", "सुनील केजरीवाल"): the two
     * words are someone's full name, so the surname is that person's, not the leader's; null when
     * the word before is no given name or the alias has more than one word.
     */
    private String givenNameBefore(AliasMatch match) {
      if (text.lastIndexOf(' ', match.end() - 1) >= match.start() || !TextScan.precededBy(text, match.start(), givenNames)) {
        return null;
      }
      return TextScan.previousWord(text, match.start());
    }

    /**
     * A common surname right after an alias ("जयशंकर शर्मा", "निर्मल सिंह चड्ढा"): the alias begins
     * someone else's full name, unless the surname is a word of the leader's own names ("शिवराज
     * सिंह"); null when no surname follows.
     */
    private String surnameAfter(AliasMatch match) {
      return TextScan.followedBy(text, match.end(), surnames) ? TextScan.nextWord(text, match.end()) : null;
    }

    private void party(int i, String key) {
      add(MentionType.PARTY, key, matches.get(i));
      consumeBracketedEcho(i, key, false);
    }

    /**
     * "राहुल गांधी (Rahul Gandhi)" and "भारतीय जनता पार्टी (भाजपा)" are one mention each, and so is
     * "प्रधानमंत्री नरेंद्र मोदी (PM Modi)": the echo of a name may carry its title too.
     */
    private void consumeBracketedEcho(int i, String key, boolean leader) {
      int next = i + 1;
      if (next >= matches.size() || !TextScan.isOpeningBracket(text, matches.get(i).end(), matches.get(next).start())) {
        return;
      }
      int echo = leader && matches.get(next).has(Alias.Kind.OFFICE) && next + 1 < matches.size()
          && TextScan.onlyWords(text, matches.get(next).end(), matches.get(next + 1).start(), honorifics) ? next + 1 : next;
      AliasMatch match = matches.get(echo);
      boolean same = leader
          ? match.targets(Alias.Kind.LEADER_NAME).contains(key) || match.targets(Alias.Kind.LEADER_SHORT).contains(key)
          : match.targets(Alias.Kind.PARTY).contains(key) || match.targets(Alias.Kind.PARTY_AMBIGUOUS).contains(key);
      if (same && TextScan.closesBracket(text, match.end())) {
        for (int j = next; j <= echo; j++) {
          consumed[j] = true;
        }
      }
    }

    /**
     * A name or title that begins another entity's name: an entity word follows within a few words
     * with no function word between ("राजीव गांधी खेल रत्न पुरस्कार", "मुख्यमंत्री लाड़ली बहना योजना").
     */
    private boolean insideEntityName(AliasMatch match) {
      int position = match.end();
      for (int word = 0; word <= ENTITY_LOOKAHEAD_WORDS; word++) {
        if (TextScan.followedBy(text, position, entityWords)) {
          return true;
        }
        if (TextScan.followedBy(text, position, functionWords)) {
          return false;
        }
        int next = TextScan.endOfNextWord(text, position);
        if (next == position) {
          return false;
        }
        position = next;
      }
      return false;
    }

    private boolean isLeaderMatch(AliasMatch match) {
      return match.has(Alias.Kind.LEADER_NAME) || match.has(Alias.Kind.LEADER_SHORT);
    }

    /**
     * A place, party or seat named right before a title ("दिल्ली के मुख्यमंत्री", "कांग्रेस अध्यक्ष"),
     * or the place a "there" before it points back to ("इटली में ... वहां के प्रधानमंत्री").
     */
    private Qualifier qualifierBefore(int i) {
      int previous = i - 1;
      if (previous < 0) {
        return Qualifier.NONE;
      }
      if (TextScan.precededBy(text, matches.get(i).start(), placeAnaphors)) {
        return new Qualifier(lastPlaceBefore(i), null, null);
      }
      AliasMatch before = matches.get(previous);
      int gapStart = before.end();
      int gapEnd = matches.get(i).start();
      String seat = TextScan.onlyWords(text, gapStart, gapEnd, seatLinks) ? city(before) : null;
      if (!TextScan.onlyWords(text, gapStart, gapEnd, GENITIVE_LINKS)) {
        return new Qualifier(null, null, seat);
      }
      String place = before.targets(Alias.Kind.PLACE).stream().findFirst().orElse(null);
      String party = before.targets(Alias.Kind.PARTY).stream().findFirst()
          .orElse(before.targets(Alias.Kind.PARTY_AMBIGUOUS).stream().findFirst().orElse(null));
      return new Qualifier(place, party, seat);
    }

    /** The place named last before match {@code i}, within the antecedent window; null when none is. */
    private String lastPlaceBefore(int i) {
      int titleStart = matches.get(i).start();
      for (int j = i - 1; j >= 0 && titleStart - matches.get(j).end() <= ANTECEDENT_WINDOW_CHARS; j--) {
        List<String> places = matches.get(j).targets(Alias.Kind.PLACE);
        if (!places.isEmpty()) {
          return places.get(0);
        }
      }
      return null;
    }

    private String city(AliasMatch match) {
      return match.targets(Alias.Kind.PLACE).stream()
          .filter(code -> kb.place(code).map(p -> p.kind() == Place.Kind.CITY).orElse(false))
          .findFirst().orElse(null);
    }

    private Optional<String> holder(String officeKey, Qualifier qualifier, int position) {
      Office office = kb.office(officeKey);
      LocalDate date = context.date();
      Optional<Place> place = Optional.ofNullable(qualifier.place()).flatMap(kb::place);
      String state = place.map(this::stateOf).orElseGet(() -> context.stateAt(position));
      return switch (office.scope()) {
        case ANTECEDENT -> seatHolder(officeKey, qualifier.seat(), date).or(() -> lastNamedHolder(officeKey, date, position));
        case COUNTRY -> {
          String country = place.map(this::countryOf).orElse(context.country());
          Optional<String> stateHolder = state == null ? Optional.empty() : kb.holder(officeKey, state, date);
          boolean namesAState = place.filter(p -> p.kind() != Place.Kind.COUNTRY).isPresent();
          yield stateHolder.isPresent() || namesAState ? stateHolder : kb.holder(officeKey, country, date);
        }
        case STATE -> state == null ? Optional.empty() : kb.holder(officeKey, state, date);
        case CITY -> {
          String city = place.filter(p -> p.kind() == Place.Kind.CITY).map(Place::code).orElse(context.city());
          yield city == null ? Optional.empty() : kb.holder(officeKey, city, date);
        }
        case PARTY -> qualifier.party() == null ? Optional.empty() : kb.holder(officeKey, qualifier.party(), date);
        case PARTY_STATE -> qualifier.party() == null || state == null
            ? Optional.empty() : kb.holder(officeKey, qualifier.party() + "@" + state, date);
      };
    }

    /**
     * Who holds a title in an article without a date, where no term can say: the one leader the
     * article has named in full before the title who held the office at some time, in the place or
     * party named before the title if any. An undated story that has named Manmohan Singh, and no
     * other prime minister, means him by "प्रधानमंत्री", as a reader would take it. Titles held by
     * many at once (सांसद, मंत्री) are left unresolved: without a date the leader just named may
     * have held them at any time. So is a title after a genitive the knowledge base cannot place
     * ("टोगो के विदेश मंत्री"): it belongs somewhere else (docs/EXTRACTION_RULES.md).
     */
    private Optional<String> namedHolder(String officeKey, Qualifier qualifier, int titleIndex) {
      boolean unknownQualifier = qualifier.place() == null && qualifier.party() == null
          && TextScan.precededBy(text, matches.get(titleIndex).start(), GENITIVE_LINKS);
      if (kb.office(officeKey).scope() == Office.Scope.ANTECEDENT || unknownQualifier) {
        return Optional.empty();
      }
      Set<String> places = qualifier.place() == null ? Set.of() : kb.place(qualifier.place())
          .map(p -> Stream.of(p.code(), stateOf(p), countryOf(p)).filter(Objects::nonNull).collect(Collectors.toSet()))
          .orElse(Set.of());
      Set<String> holders = new HashSet<>();
      for (int j = 0; j < titleIndex; j++) {
        AliasMatch match = matches.get(j);
        if (isFullName(match)) {
          match.targets(Alias.Kind.LEADER_NAME).stream()
              .filter(leader -> kb.held(leader, officeKey, jurisdiction -> (places.isEmpty() || places.contains(jurisdiction))
                  && (qualifier.party() == null || jurisdiction.equals(qualifier.party())
                      || jurisdiction.startsWith(qualifier.party() + "@"))))
              .forEach(holders::add);
        }
      }
      return holders.size() == 1 ? Optional.of(holders.iterator().next()) : Optional.empty();
    }

    /**
     * The holder of the seat named before the title ("इंदौर से सांसद", "इंदौर लोकसभा क्षेत्र से
     * सांसद"): terms of an office held by many at once name a city only where it is a seat of its
     * own (docs/KNOWLEDGE_BASE.md).
     */
    private Optional<String> seatHolder(String officeKey, String seat, LocalDate date) {
      return seat == null ? Optional.empty() : kb.holder(officeKey, seat, date);
    }

    /**
     * The leader named most recently, and close before, who held the office on the date: a bare
     * "मंत्री" refers back to the minister just named, not to one named paragraphs earlier.
     */
    private Optional<String> lastNamedHolder(String officeKey, LocalDate date, int position) {
      int titleStart = doc.originalStart(position);
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention mention = mentions.get(i);
        if (titleStart - mention.end() > ANTECEDENT_WINDOW_CHARS) {
          break;
        }
        if (mention.type() == MentionType.NAME && kb.holds(mention.key(), officeKey, date)) {
          return Optional.of(mention.key());
        }
      }
      return Optional.empty();
    }

    private String stateOf(Place place) {
      return switch (place.kind()) {
        case STATE -> place.code();
        case CITY -> place.parent();
        case COUNTRY -> null;
      };
    }

    private String countryOf(Place place) {
      Place current = place;
      while (current.parent() != null) {
        current = kb.place(current.parent()).orElseThrow();
      }
      return current.code();
    }

    private void add(MentionType type, String key, AliasMatch match) {
      int start = doc.originalStart(match.start());
      int end = doc.originalEnd(match.end());
      mentions.add(new Mention(type, key, start, end, doc.original().substring(start, end)));
    }
  }

  /**
   * What is named right before a title: a place or party joined to it by a genitive ("दिल्ली के
   * मुख्यमंत्री"), and a city joined to it by the words of a seat ("इंदौर लोकसभा क्षेत्र से सांसद").
   */
  private record Qualifier(String place, String party, String seat) {
    static final Qualifier NONE = new Qualifier(null, null, null);
  }
}
