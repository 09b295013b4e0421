package org.charcha.kb;

import java.io.Serializable;
import java.util.List;

/** An office that articles refer to by its title alone. */
public record Office(String key, Scope scope, List<String> names) implements Serializable {

  /**
   * What the jurisdiction of a term of this office names. ANTECEDENT offices are held by many at
   * once (मंत्री, सांसद, विधायक): a bare title means the holder the article last named.
   */
  public enum Scope {
    COUNTRY, STATE, CITY, PARTY, PARTY_STATE, ANTECEDENT
  }
}
