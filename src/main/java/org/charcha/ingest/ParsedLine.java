package org.charcha.ingest;

/** The outcome of reading one input line: a record or a rejection, never both. */
public record ParsedLine(RawArticle article, Rejection rejection) {

  static ParsedLine ok(RawArticle article) {
    return new ParsedLine(article, null);
  }

  static ParsedLine rejected(String file, long line, String reason, String snippet) {
    return new ParsedLine(null, new Rejection(file, line, reason, snippet));
  }

  public boolean isOk() {
    return article != null;
  }
}
