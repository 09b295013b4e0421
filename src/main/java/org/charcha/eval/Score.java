package org.charcha.eval;

/** Counts of true positives, false positives and false negatives, and the usual ratios. */
public record Score(long tp, long fp, long fn) {
  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score other) {
    return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** Scores predicted against gold counts of one key: true positives are the smaller count. */
  public static Score ofCounts(long predicted, long gold) {
    long tp = Math.min(predicted, gold);
    return new Score(tp, predicted - tp, gold - tp);
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
