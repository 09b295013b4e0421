package org.charcha.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole-word occurrence of one or more aliases in normalised text; {@code end} is exclusive.
 * Several aliases share a match when one spelling names several things ("मोदी" as a name and as a
 * short name of another Modi). The rules ask these questions of every match several times, so the
 * kinds present are kept as bits and the targets found by a plain loop.
 */
public record AliasMatch(int start, int end, List<Alias> aliases, int kinds) {

  public AliasMatch(int start, int end, List<Alias> aliases) {
    this(start, end, aliases, kindBits(aliases));
  }

  private static int kindBits(List<Alias> aliases) {
    int bits = 0;
    for (Alias alias : aliases) {
      bits |= 1 << alias.kind().ordinal();
    }
    return bits;
  }

  public boolean has(Alias.Kind kind) {
    return (kinds & (1 << kind.ordinal())) != 0;
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
