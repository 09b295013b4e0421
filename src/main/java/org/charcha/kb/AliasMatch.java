package org.charcha.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole-word occurrence of one or more aliases in normalised text; {@code end} is exclusive.
 * Several aliases share a match when one spelling names several things ("मोदी" as a name and as a
 * short name of another Modi). The rules ask these questions of every match, so they are plain
 * loops over the one or two aliases rather than streams.
 */
public record AliasMatch(int start, int end, List<Alias> aliases) {

  public boolean has(Alias.Kind kind) {
    for (Alias alias : aliases) {
      if (alias.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  public List<String> targets(Alias.Kind kind) {
    List<String> targets = new ArrayList<>(1);
    for (Alias alias : aliases) {
      if (alias.kind() == kind) {
        targets.add(alias.target());
      }
    }
    return targets;
  }
}
