package org.charcha.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Where and when an article is set, which decides who a bare office title means: its date, its
 * country, the state it is mostly about, and where in the text each state is named (a daily round-up
 * moves from state to state, so the nearest state named before a title wins).
 */
public record ArticleContext(LocalDate date, String country, String state, String city, List<StatePosition> states) {
  private static final int NEAREST_STATE_WINDOW = 1500;

  /** A state named at a normalised offset. */
  public record StatePosition(int position, String state) {}

  /** The state a title at {@code position} most likely belongs to. */
  public String stateAt(int position) {
    String nearest = null;
    for (StatePosition candidate : states) {
      if (candidate.position() < position && position - candidate.position() <= NEAREST_STATE_WINDOW) {
        nearest = candidate.state();
      }
    }
    return nearest != null ? nearest : state;
  }
}
