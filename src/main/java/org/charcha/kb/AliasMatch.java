package org.charcha.kb;

import java.util.List;

/**
 * A whole-word occurrence of one or more aliases in normalised text; {@code end} is exclusive.
 * Several aliases share a match when one spelling names several things ("मोदी" as a name and as a
 * short name of another Modi).
 */
public record AliasMatch(int start, int end, List<Alias> aliases) {

  public boolean has(Alias.Kind kind) {
    return aliases.stream().anyMatch(a -> a.kind() == kind);
  }

  public List<String> targets(Alias.Kind kind) {
    return aliases.stream().filter(a -> a.kind() == kind).map(Alias::target).toList();
  }
}
