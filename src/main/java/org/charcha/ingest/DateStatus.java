package org.charcha.ingest;

/** How an article's {@code published} field was read; every value but OK leaves the article undated. */
public enum DateStatus {
  OK, MISSING, UNPARSEABLE, OUT_OF_RANGE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
