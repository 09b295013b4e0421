package org.charcha.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charcha.kb.Alias;
import org.charcha.kb.AliasMatch;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.Place;

/**
 * Decides which country, state and city an article is about from the places it names and its
 * source's home (a Naidunia Indore story is about Madhya Pradesh unless it says otherwise).
 */
final class PlaceResolver {
  private static final String DEFAULT_COUNTRY = "IN";
  private final KnowledgeBase kb;

  PlaceResolver(KnowledgeBase kb) {
    this.kb = kb;
  }

  ArticleContext resolve(List<AliasMatch> matches, LocalDate date, String source) {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> states = new HashMap<>();
    Map<String, Integer> cities = new HashMap<>();
    List<ArticleContext.StatePosition> positions = new ArrayList<>();
    Optional<Place> home = kb.sourcePlace(source).flatMap(kb::place);
    home.ifPresent(place -> credit(place, 1, countries, states, cities));
    for (AliasMatch match : matches) {
      if (!match.has(Alias.Kind.PLACE)) {
        continue;
      }
      for (String code : match.targets(Alias.Kind.PLACE)) {
        Place place = kb.place(code).orElseThrow();
        credit(place, 1, countries, states, cities);
        stateOf(place).ifPresent(state -> positions.add(new ArticleContext.StatePosition(match.start(), state)));
      }
    }
    String country = argmax(countries).orElse(DEFAULT_COUNTRY);
    return new ArticleContext(date, country, argmax(states).orElse(null), argmax(cities).orElse(null), positions);
  }

  private void credit(Place place, int weight, Map<String, Integer> countries, Map<String, Integer> states,
      Map<String, Integer> cities) {
    switch (place.kind()) {
      case COUNTRY -> countries.merge(place.code(), weight, Integer::sum);
      case STATE -> {
        states.merge(place.code(), weight, Integer::sum);
        countries.merge(place.parent(), weight, Integer::sum);
      }
      case CITY -> {
        cities.merge(place.code(), weight, Integer::sum);
        Place state = kb.place(place.parent()).orElseThrow();
        credit(state, weight, countries, states, new HashMap<>());
      }
    }
  }

  private Optional<String> stateOf(Place place) {
    return switch (place.kind()) {
      case STATE -> Optional.of(place.code());
      case CITY -> Optional.of(place.parent());
      case COUNTRY -> Optional.empty();
    };
  }

  /** The most named key; ties go to the alphabetically first, so hash order never decides. */
  private static Optional<String> argmax(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }
}
