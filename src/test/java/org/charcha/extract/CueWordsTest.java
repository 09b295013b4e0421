package org.charcha.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueWordsTest {
  private final CueWords cues = CueWords.of("हवाई अड्डा", "हवाई", "योजना", "ने", ",");

  @Test
  void findsACueStartingAtAPositionOnlyAsWholeWords() {
    String text = "मोदी हवाई अड्डा पहुंचे, नेता योजना";
    assertThat(cues.startsAt(text, text.indexOf("हवाई"))).isTrue();
    assertThat(cues.startsAt(text, text.indexOf("पहुंचे"))).isFalse();
    assertThat(cues.startsAt(text, text.indexOf("नेता"))).as("ने is not a word of नेता").isFalse();
    assertThat(cues.startsAt(text, text.length())).isFalse();
  }

  @Test
  void findsACueEndingAtAPositionOnlyAsWholeWords() {
    String text = "राज्य की योजना मंत्री";
    int beforeTitle = text.indexOf(" मंत्री");
    assertThat(cues.endsAt(text, beforeTitle)).isTrue();
    assertThat(cues.endsAt(text, text.indexOf(" योजना"))).isFalse();
    assertThat(cues.endsAt(text, 0)).isFalse();
    String airport = "इंदौर हवाई अड्डा";
    assertThat(cues.endsAt(airport, airport.length())).as("a cue with a space").isTrue();
  }

  @Test
  void answersMembershipForWholeWords() {
    assertThat(cues.contains("योजना")).isTrue();
    assertThat(cues.contains("अड्डा")).isFalse();
  }
}
