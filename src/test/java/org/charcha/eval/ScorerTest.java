package org.charcha.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void countsMatchPerKeyWithTheSmallerCountAsTruePositives() throws Exception {
    Scorer scorer = new Scorer();
    scorer.add("c",
        JSON.readTree("{\"leaders\":{\"Narendra Modi\":{\"name\":3,\"role\":1},\"?Someone\":{\"name\":1,\"role\":0}},"
            + "\"parties\":{\"BJP\":2},\"seats\":[{\"party\":\"BJP\",\"seats\":163,\"kind\":\"won\"}]}"),
        JSON.readTree("{\"leaders\":{\"narendra modi\":{\"name\":2,\"role\":2},\"Someone\":{\"name\":4,\"role\":0}},"
            + "\"parties\":{\"BJP\":3,\"INC\":1},\"seats\":[{\"party\":\"BJP\",\"seats\":163,\"kind\":\"held\"}]}"));
    var all = scorer.scores().get(Scorer.ALL);
    assertThat(all.get("leader_name")).isEqualTo(new Score(2, 0, 1));
    assertThat(all.get("leader_role")).isEqualTo(new Score(1, 1, 0));
    assertThat(all.get("leader_presence")).isEqualTo(new Score(1, 0, 0));
    assertThat(all.get("party")).isEqualTo(new Score(2, 2, 0));
    assertThat(all.get("seat")).isEqualTo(new Score(1, 0, 0));
    assertThat(all.get("seat_kind")).isEqualTo(new Score(0, 1, 1));
    assertThat(scorer.scores()).containsKey("c");
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    Score s = new Score(6, 2, 4);
    assertThat(s.precision()).isEqualTo(0.75);
    assertThat(s.recall()).isEqualTo(0.6);
    assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void fieldsTheGoldRecordLeavesOutAreNotScored() throws Exception {
    Scorer scorer = new Scorer();
    scorer.add("seats-only", JSON.readTree("{\"seats\":[{\"party\":\"BJP\",\"seats\":163,\"kind\":\"won\"}]}"),
        JSON.readTree("{\"leaders\":{\"Narendra Modi\":{\"name\":1,\"role\":0}},\"parties\":{\"BJP\":1},"
            + "\"seats\":[{\"party\":\"BJP\",\"seats\":163,\"kind\":\"won\"}]}"));
    assertThat(scorer.scores().get(Scorer.ALL)).containsOnlyKeys("seat", "seat_kind");
    assertThat(scorer.scores().get(Scorer.ALL).get("seat")).isEqualTo(new Score(1, 0, 0));
  }
}
