package org.charcha.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.charcha.text.TextNormalizer;

/**
 * Reads and validates the knowledge base under a directory (the layout is described in
 * docs/KNOWLEDGE_BASE.md). Every problem names the file and line, so a researcher who edits a row
 * can fix it without reading code.
 */
public final class KnowledgeBaseLoader {
  static final List<String> PLACE_COLUMNS = List.of("code", "name", "kind", "parent", "names");
  static final List<String> SOURCE_COLUMNS = List.of("source", "place");
  static final List<String> PARTY_COLUMNS = List.of("key", "name", "kind", "country", "names", "ambiguous_names");
  static final List<String> OFFICE_COLUMNS = List.of("office", "scope", "names");
  static final List<String> LEADER_COLUMNS = List.of("id", "name", "party", "place", "names", "short_names");
  static final List<String> TERM_COLUMNS = List.of("office", "jurisdiction", "leader", "from", "to");
  static final List<String> NOT_LEADER_COLUMNS = List.of("name", "names");
  static final List<String> CUE_COLUMNS = List.of("cue", "words");
  static final List<String> ELECTION_COLUMNS = List.of("election", "house", "place", "result_date", "seats");
  static final List<String> SEAT_CUE_COLUMNS = List.of("cue", "value", "words");

  private final Path root;
  private final MessageDigest digest;

  private KnowledgeBaseLoader(Path root) {
    this.root = root;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }

  public static KnowledgeBase load(Path root) {
    if (!Files.isDirectory(root)) {
      throw new KnowledgeBaseException("knowledge base directory " + root
          + " does not exist; pass --kb with the path of data/kb");
    }
    return new KnowledgeBaseLoader(root).loadAll();
  }

  private KnowledgeBase loadAll() {
    List<Place> places = readPlaces();
    Map<String, Place> placeByCode = new HashMap<>();
    for (Place place : places) {
      placeByCode.put(place.code(), place);
    }
    Map<String, String> sources = readSources(placeByCode);
    List<Party> parties = readParties(placeByCode);
    Set<String> partyKeys = new LinkedHashSet<>();
    parties.forEach(p -> partyKeys.add(p.key()));
    List<Office> offices = readOffices();
    List<Leader> leaders = readLeaders(partyKeys, placeByCode);
    List<OfficeTerm> terms = readTerms(offices, leaders, partyKeys, placeByCode);
    List<NotLeader> notLeaders = readNotLeaders();
    Map<String, Set<String>> cues = readCues();
    List<Election> elections = readElections(placeByCode);
    List<SeatCue> seatCues = readSeatCues();
    return new KnowledgeBase(HexFormat.of().formatHex(digest.digest()).substring(0, 16), leaders, parties,
        offices, terms, places, notLeaders, sources, cues, elections, seatCues);
  }

  private TsvFile read(String relative, List<String> columns) {
    Path file = root.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new KnowledgeBaseException(relative, 0, "is missing from the knowledge base " + root);
    }
    return readFile(file, columns);
  }

  private TsvFile readFile(Path file, List<String> columns) {
    String display = root.relativize(file).toString();
    try {
      digest.update(display.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge-base file " + file, e);
    }
    return TsvFile.read(file, display, columns);
  }

  private List<TsvFile> readFolder(String folder, List<String> columns) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      throw new KnowledgeBaseException(folder, 0, "folder is missing from the knowledge base " + root);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".tsv")).sorted().map(f -> readFile(f, columns)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list knowledge-base folder " + dir, e);
    }
  }

  private List<Place> readPlaces() {
    TsvFile file = read("places.tsv", PLACE_COLUMNS);
    List<Place> places = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (TsvFile.Row row : file.rows()) {
      String code = row.required("code");
      if (!codes.add(code)) {
        throw row.error("place code '" + code + "' is defined twice");
      }
      Place.Kind kind = enumValue(row, "kind", Place.Kind.class);
      String parent = row.optional("parent");
      places.add(new Place(code, row.required("name"), kind, parent.isEmpty() ? null : parent, row.list("names")));
    }
    for (TsvFile.Row row : file.rows()) {
      String parent = row.optional("parent");
      if (!parent.isEmpty() && !codes.contains(parent)) {
        throw row.error("parent '" + parent + "' is not a place code in places.tsv");
      }
    }
    return places;
  }

  private Map<String, String> readSources(Map<String, Place> places) {
    Map<String, String> sources = new HashMap<>();
    for (TsvFile.Row row : read("sources.tsv", SOURCE_COLUMNS).rows()) {
      String place = requirePlace(row, "place", places);
      if (sources.put(row.required("source"), place) != null) {
        throw row.error("source '" + row.required("source") + "' is listed twice");
      }
    }
    return sources;
  }

  private List<Party> readParties(Map<String, Place> places) {
    List<Party> parties = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (TsvFile.Row row : read("parties.tsv", PARTY_COLUMNS).rows()) {
      String key = row.required("key");
      if (!keys.add(key)) {
        throw row.error("party key '" + key + "' is defined twice");
      }
      String kind = row.required("kind");
      if (!kind.equals("party") && !kind.equals("alliance")) {
        throw row.error("kind must be 'party' or 'alliance', found '" + kind + "'");
      }
      List<String> names = row.list("names");
      if (names.isEmpty()) {
        throw row.error("party '" + key + "' needs at least one name in 'names'");
      }
      parties.add(new Party(key, row.required("name"), kind, requirePlace(row, "country", places), names,
          row.list("ambiguous_names")));
    }
    return parties;
  }

  private List<Office> readOffices() {
    List<Office> offices = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (TsvFile.Row row : read("offices.tsv", OFFICE_COLUMNS).rows()) {
      String key = row.required("office");
      if (!keys.add(key)) {
        throw row.error("office '" + key + "' is defined twice");
      }
      offices.add(new Office(key, enumValue(row, "scope", Office.Scope.class), row.list("names")));
    }
    return offices;
  }

  private List<Leader> readLeaders(Set<String> partyKeys, Map<String, Place> places) {
    List<Leader> leaders = new ArrayList<>();
    Map<String, String> idOwner = new HashMap<>();
    Map<String, String> nameOwner = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    TextNormalizer normalizer = new TextNormalizer();
    for (TsvFile file : readFolder("leaders", LEADER_COLUMNS)) {
      for (TsvFile.Row row : file.rows()) {
        String where = row.file + ":" + row.line;
        String id = row.required("id");
        if (!id.matches("Q[0-9]+|charcha:[a-z0-9.-]+")) {
          throw row.error("id must be a Wikidata QID (Q1058) or charcha:lower-case-name, found '" + id + "'");
        }
        String previous = idOwner.putIfAbsent(id, where);
        if (previous != null) {
          throw row.error("id '" + id + "' is already used at " + previous);
        }
        String name = row.required("name");
        previous = nameOwner.putIfAbsent(name, where);
        if (previous != null) {
          throw row.error("leader '" + name + "' is already defined at " + previous);
        }
        String party = row.optional("party");
        if (!party.isEmpty() && !partyKeys.contains(party)) {
          throw row.error("party '" + party + "' is not a key in parties.tsv");
        }
        String place = row.optional("place");
        if (!place.isEmpty() && !places.containsKey(place)) {
          throw row.error("place '" + place + "' is not a code in places.tsv");
        }
        List<String> names = row.list("names");
        if (names.isEmpty()) {
          throw row.error("leader '" + name + "' needs at least one alias in 'names'");
        }
        for (String alias : names) {
          String owner = aliasOwner.putIfAbsent(normalizer.key(alias), name);
          if (owner != null && !owner.equals(name)) {
            throw row.error("alias '" + alias + "' is already a name of " + owner
                + "; move it to short_names of both if it is shared");
          }
        }
        leaders.add(new Leader(id, name, party.isEmpty() ? null : party, place.isEmpty() ? null : place, names,
            row.list("short_names")));
      }
    }
    return leaders;
  }

  private List<OfficeTerm> readTerms(List<Office> offices, List<Leader> leaders, Set<String> partyKeys,
      Map<String, Place> places) {
    Map<String, Office> officeByKey = new HashMap<>();
    offices.forEach(o -> officeByKey.put(o.key(), o));
    Set<String> leaderNames = new LinkedHashSet<>();
    leaders.forEach(l -> leaderNames.add(l.name()));
    List<OfficeTerm> terms = new ArrayList<>();
    for (TsvFile file : readFolder("terms", TERM_COLUMNS)) {
      for (TsvFile.Row row : file.rows()) {
        String officeKey = row.required("office");
        Office office = officeByKey.get(officeKey);
        if (office == null) {
          throw row.error("office '" + officeKey + "' is not defined in offices.tsv");
        }
        String jurisdiction = row.required("jurisdiction");
        checkJurisdiction(row, office, jurisdiction, partyKeys, places);
        String leader = row.required("leader");
        if (!leaderNames.contains(leader)) {
          throw row.error("leader '" + leader + "' is not a name in leaders/*.tsv; add the person first");
        }
        var from = row.date("from", true);
        var to = row.date("to", false);
        if (to != null && to.isBefore(from)) {
          throw row.error("term ends (" + to + ") before it starts (" + from + ")");
        }
        terms.add(new OfficeTerm(officeKey, jurisdiction, leader, from, to));
      }
    }
    return terms;
  }

  private static void checkJurisdiction(TsvFile.Row row, Office office, String jurisdiction, Set<String> partyKeys,
      Map<String, Place> places) {
    switch (office.scope()) {
      case PARTY -> {
        if (!partyKeys.contains(jurisdiction)) {
          throw row.error("jurisdiction of a party office must be a party key, found '" + jurisdiction + "'");
        }
      }
      case PARTY_STATE -> {
        String[] parts = jurisdiction.split("@", -1);
        if (parts.length != 2 || !partyKeys.contains(parts[0]) || !places.containsKey(parts[1])) {
          throw row.error("jurisdiction must be PARTY@PLACE with a known party and place, found '" + jurisdiction + "'");
        }
      }
      default -> {
        if (!places.containsKey(jurisdiction)) {
          throw row.error("jurisdiction '" + jurisdiction + "' is not a code in places.tsv");
        }
      }
    }
  }

  private List<NotLeader> readNotLeaders() {
    List<NotLeader> people = new ArrayList<>();
    for (TsvFile.Row row : read("not_leaders.tsv", NOT_LEADER_COLUMNS).rows()) {
      people.add(new NotLeader(row.required("name"), row.list("names")));
    }
    return people;
  }

  private Map<String, Set<String>> readCues() {
    Map<String, Set<String>> cues = new HashMap<>();
    TextNormalizer normalizer = new TextNormalizer();
    for (TsvFile.Row row : read("cues.tsv", CUE_COLUMNS).rows()) {
      Set<String> words = new LinkedHashSet<>();
      row.list("words").forEach(w -> words.add(normalizer.key(w)));
      if (cues.putIfAbsent(row.required("cue"), words) != null) {
        throw row.error("cue set '" + row.required("cue") + "' is defined twice");
      }
    }
    return cues;
  }

  private List<Election> readElections(Map<String, Place> places) {
    List<Election> elections = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (TsvFile.Row row : read("elections.tsv", ELECTION_COLUMNS).rows()) {
      String name = row.required("election");
      if (!names.add(name)) {
        throw row.error("election '" + name + "' is listed twice");
      }
      Election.House house = enumValue(row, "house", Election.House.class);
      String place = requirePlace(row, "place", places);
      var resultDate = row.date("result_date", true);
      int seats = wholeNumber(row, "seats", row.required("seats"));
      elections.add(new Election(name, house, place, resultDate, seats));
    }
    return elections;
  }

  private List<SeatCue> readSeatCues() {
    List<SeatCue> cues = new ArrayList<>();
    for (TsvFile.Row row : read("seat_cues.tsv", SEAT_CUE_COLUMNS).rows()) {
      String cue = row.required("cue");
      SeatCue.ValueType type = SeatCue.CUES.get(cue);
      if (type == null) {
        throw row.error("cue '" + cue + "' is not one of " + String.join(", ", new TreeSet<>(SeatCue.CUES.keySet())));
      }
      String value = row.optional("value");
      checkSeatCueValue(row, cue, type, value);
      List<String> words = row.list("words");
      if (words.isEmpty()) {
        throw row.error("cue '" + cue + "' needs at least one word in 'words'");
      }
      cues.add(new SeatCue(cue, value, words));
    }
    return cues;
  }

  private static void checkSeatCueValue(TsvFile.Row row, String cue, SeatCue.ValueType type, String value) {
    switch (type) {
      case NONE -> {
        if (!value.isEmpty()) {
          throw row.error("cue '" + cue + "' takes no value, found '" + value + "'");
        }
      }
      case KIND -> {
        if (!SeatCue.KINDS.contains(value)) {
          throw row.error("value of cue '" + cue + "' must be one of " + String.join(", ", SeatCue.KINDS) + ", found '" + value + "'");
        }
      }
      case INTEGER -> wholeNumber(row, "value", value);
      case DECIMAL -> {
        if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
          throw row.error("value of cue '" + cue + "' must be a decimal number such as 1.5, found '" + value + "'");
        }
      }
      case HOUSE -> enumValue(row, "value", Election.House.class);
      case NAME -> row.required("value");
    }
  }

  private static int wholeNumber(TsvFile.Row row, String column, String value) {
    if (!value.matches("[0-9]{1,7}")) {
      throw row.error("column '" + column + "' must be a whole number, found '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static String requirePlace(TsvFile.Row row, String column, Map<String, Place> places) {
    String code = row.required(column);
    if (!places.containsKey(code)) {
      throw row.error(column + " '" + code + "' is not a code in places.tsv");
    }
    return code;
  }

  private static <E extends Enum<E>> E enumValue(TsvFile.Row row, String column, Class<E> type) {
    String value = row.required(column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw row.error(column + " must be one of " + String.join(", ", allowed) + ", found '" + value + "'");
    }
  }
}
