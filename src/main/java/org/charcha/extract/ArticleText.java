package org.charcha.extract;

/**
 * The text an article is counted on: its title and its body. Many feeds repeat the title as the
 * body's first line; the spec counts the title once, so then the body alone is the text. All
 * offsets Charcha writes are offsets into this text.
 */
public final class ArticleText {
  private ArticleText() {}

  public static String compose(String title, String body) {
    String safeBody = body == null ? "" : body;
    if (title == null || title.isBlank()) {
      return safeBody;
    }
    if (startsWithStripped(safeBody, title)) {
      return safeBody;
    }
    return safeBody.isEmpty() ? title : title + "\n" + safeBody;
  }

  /** {@code body.strip().startsWith(title.strip())} without copying the body, which is most of the text. */
  private static boolean startsWithStripped(String body, String title) {
    String head = title.strip();
    int from = 0;
    while (from < body.length() && Character.isWhitespace(body.charAt(from))) {
      from++;
    }
    // A stripped title ends on a non-space, so a match cannot run into the body's trailing spaces.
    return body.startsWith(head, from);
  }
}
