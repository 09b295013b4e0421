package org.charcha.kb;

import java.io.Serializable;
import java.util.List;

/** An office that articles refer to by its title alone. */
public record Office(String key, Scope scope, List<String> names) implements Serializable {

  /** What the jurisdiction of a term of this office names. */
  public enum Scope {
    COUNTRY, STATE, CITY, PARTY, PARTY_STATE
  }
}
