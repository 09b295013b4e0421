package org.charcha;

import java.nio.file.Path;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;

/** The small hand-written knowledge base under src/test/resources/kb-mini that unit tests count against. */
public final class MiniKb {
  private static KnowledgeBase kb;

  private MiniKb() {}

  public static Path dir() {
    return Path.of(System.getProperty("charcha.home", ".")).resolve("src/test/resources/kb-mini");
  }

  public static synchronized KnowledgeBase get() {
    if (kb == null) {
      kb = KnowledgeBaseLoader.load(dir());
    }
    return kb;
  }
}
