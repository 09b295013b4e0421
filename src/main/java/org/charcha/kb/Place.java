package org.charcha.kb;

import java.io.Serializable;
import java.util.List;

/** A country, state or city; {@code parent} is the enclosing place's code, null for a country. */
public record Place(String code, String name, Kind kind, String parent, List<String> names)
    implements Serializable {

  public enum Kind {
    COUNTRY, STATE, CITY
  }
}
