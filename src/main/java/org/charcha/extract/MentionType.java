package org.charcha.extract;

/** What an occurrence in the text refers to and how: by name, by office alone, or a party. */
public enum MentionType {
  NAME, ROLE, PARTY;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
