package org.charcha.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Settling overlapping matches run by run keeps what one pass over all of them keeps (longest
 * first, then earliest, each taken when none of its chars is taken): that pass is the oracle.
 */
class LongestMatchesTest {
  private static final List<Alias> ALIASES = List.of(new Alias(Alias.Kind.PLACE, "x"));

  record Span(int start, int end) {}

  @Test
  void theLongestOfOverlappingMatchesWinsAndTheRestStand() {
    assertThat(settled(List.of(new Span(0, 12), new Span(8, 12), new Span(14, 18), new Span(16, 30), new Span(20, 24))))
        .containsExactly(new Span(0, 12), new Span(16, 30));
    assertThat(settled(List.of(new Span(0, 4), new Span(2, 6), new Span(5, 9))))
        .as("equal lengths: the earliest wins, and frees the third").containsExactly(new Span(0, 4), new Span(5, 9));
  }

  @Provide
  Arbitrary<List<Span>> spans() {
    Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 12))
        .as((start, length) -> new Span(start, start + length));
    // The walk reports each (start, end) once, by start and then end.
    return span.list().ofMaxSize(25).map(list -> list.stream().distinct()
        .sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList());
  }

  @Property(tries = 2000)
  void settlesAsOnePassOverAllMatchesDoes(@ForAll("spans") List<Span> spans) {
    assertThat(settled(spans)).isEqualTo(onePass(spans));
  }

  private static List<Span> settled(List<Span> spans) {
    AliasIndex.LongestMatches matches = new AliasIndex.LongestMatches();
    spans.forEach(s -> matches.hit(s.start(), s.end(), ALIASES));
    return matches.kept().stream().map(m -> new Span(m.start(), m.end())).toList();
  }

  private static List<Span> onePass(List<Span> spans) {
    List<Span> byLength = new ArrayList<>(spans);
    byLength.sort(Comparator.comparingInt((Span s) -> s.start() - s.end()).thenComparingInt(Span::start));
    boolean[] taken = new boolean[100];
    List<Span> kept = new ArrayList<>();
    for (Span span : byLength) {
      boolean free = true;
      for (int i = span.start(); i < span.end(); i++) {
        free &= !taken[i];
      }
      if (free) {
        for (int i = span.start(); i < span.end(); i++) {
          taken[i] = true;
        }
        kept.add(span);
      }
    }
    kept.sort(Comparator.comparingInt(Span::start));
    return kept;
  }
}
