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
    if (safeBody.strip().startsWith(title.strip())) {
      return safeBody;
    }
    return safeBody.isEmpty() ? title : title + "\n" + safeBody;
  }
}
