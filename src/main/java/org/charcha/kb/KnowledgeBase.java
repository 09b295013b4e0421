package org.charcha.kb;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the extractors know, immutable and serialisable so that a Spark job broadcasts it once.
 * Built and validated by {@link KnowledgeBaseLoader}; the alias automaton is built from it on each
 * executor by {@link AliasIndex}.
 */
public final class KnowledgeBase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final List<Leader> leaders;
  private final List<Party> parties;
  private final List<Office> offices;
  private final List<OfficeTerm> terms;
  private final List<Place> places;
  private final List<NotLeader> notLeaders;
  private final Map<String, String> sourcePlaces;
  private final Map<String, Set<String>> cues;
  private final List<Election> elections;
  private final List<SeatCue> seatCues;

  private final Map<String, Leader> leadersByName = new HashMap<>();
  private final Map<String, Party> partiesByKey = new HashMap<>();
  private final Map<String, Place> placesByCode = new HashMap<>();
  private final Map<String, Office> officesByKey = new HashMap<>();
  /** Terms by office key: title resolution runs per title in every article, so it must not scan them all. */
  private final Map<String, List<OfficeTerm>> termsByOffice = new HashMap<>();

  KnowledgeBase(String version, List<Leader> leaders, List<Party> parties, List<Office> offices,
      List<OfficeTerm> terms, List<Place> places, List<NotLeader> notLeaders,
      Map<String, String> sourcePlaces, Map<String, Set<String>> cues, List<Election> elections,
      List<SeatCue> seatCues) {
    this.version = version;
    this.leaders = List.copyOf(leaders);
    this.parties = List.copyOf(parties);
    this.offices = List.copyOf(offices);
    this.terms = List.copyOf(terms);
    this.places = List.copyOf(places);
    this.notLeaders = List.copyOf(notLeaders);
    this.sourcePlaces = Map.copyOf(sourcePlaces);
    this.cues = Map.copyOf(cues);
    this.elections = List.copyOf(elections);
    this.seatCues = List.copyOf(seatCues);
    leaders.forEach(l -> leadersByName.put(l.name(), l));
    parties.forEach(p -> partiesByKey.put(p.key(), p));
    places.forEach(p -> placesByCode.put(p.code(), p));
    offices.forEach(o -> officesByKey.put(o.key(), o));
    this.terms.forEach(t -> termsByOffice.computeIfAbsent(t.office(), k -> new java.util.ArrayList<>()).add(t));
  }

  /** A digest of the files the knowledge base was read from, written into every manifest. */
  public String version() {
    return version;
  }

  public List<Leader> leaders() {
    return leaders;
  }

  public List<Party> parties() {
    return parties;
  }

  public List<Office> offices() {
    return offices;
  }

  public List<OfficeTerm> terms() {
    return terms;
  }

  public List<Place> places() {
    return places;
  }

  public List<NotLeader> notLeaders() {
    return notLeaders;
  }

  public Optional<Leader> leader(String name) {
    return Optional.ofNullable(leadersByName.get(name));
  }

  /** The id of the leader with this canonical name; the name itself when the knowledge base has none. */
  public String leaderId(String name) {
    Leader leader = leadersByName.get(name);
    return leader == null ? name : leader.id();
  }

  public Optional<Party> party(String key) {
    return Optional.ofNullable(partiesByKey.get(key));
  }

  public Optional<Place> place(String code) {
    return Optional.ofNullable(placesByCode.get(code));
  }

  /** An office by its key; the keys come from offices.tsv, so a missing one is a bug. */
  public Office office(String key) {
    Office office = officesByKey.get(key);
    if (office == null) {
      throw new IllegalArgumentException("no office '" + key + "' in offices.tsv");
    }
    return office;
  }

  /** The place a source's articles are about unless their text says otherwise. */
  public Optional<String> sourcePlace(String source) {
    return Optional.ofNullable(source == null ? null : sourcePlaces.get(source));
  }

  /** A named set of cue words from {@code cues.tsv}; empty when the file does not define it. */
  public Set<String> cues(String name) {
    return cues.getOrDefault(name, Collections.emptySet());
  }

  /** The dated elections of {@code elections.tsv}, in file order. */
  public List<Election> elections() {
    return elections;
  }

  /** The rows of {@code seat_cues.tsv}, in file order. */
  public List<SeatCue> seatCues() {
    return seatCues;
  }

  /** The holder of {@code office} in {@code jurisdiction} on {@code date}, if the terms say. */
  public Optional<String> holder(String office, String jurisdiction, LocalDate date) {
    for (OfficeTerm term : termsByOffice.getOrDefault(office, List.of())) {
      if (term.jurisdiction().equals(jurisdiction) && term.covers(date)) {
        return Optional.of(term.leader());
      }
    }
    return Optional.empty();
  }

  /** True when {@code leader} held {@code office} at any time in a jurisdiction that {@code where} accepts. */
  public boolean held(String leader, String office, Predicate<String> where) {
    return anyTerm(leader, office, term -> where.test(term.jurisdiction()));
  }

  /** True when {@code leader} held {@code office} anywhere on {@code date}, or ever when it is null. */
  public boolean holds(String leader, String office, LocalDate date) {
    return anyTerm(leader, office, term -> date == null || term.covers(date));
  }

  private boolean anyTerm(String leader, String office, Predicate<OfficeTerm> which) {
    for (OfficeTerm term : termsByOffice.getOrDefault(office, List.of())) {
      if (term.leader().equals(leader) && which.test(term)) {
        return true;
      }
    }
    return false;
  }
}
