package org.charcha.extract;

import java.util.concurrent.ConcurrentHashMap;
import org.charcha.kb.KnowledgeBase;

/**
 * One {@link ArticleExtractor} per knowledge-base version per JVM: building the alias automaton is
 * the costly part, so every task and SQL function call on an executor shares it.
 */
public final class SharedExtractor {
  private static final ConcurrentHashMap<String, ArticleExtractor> BY_VERSION = new ConcurrentHashMap<>();

  private SharedExtractor() {}

  public static ArticleExtractor forKnowledgeBase(KnowledgeBase kb) {
    return BY_VERSION.computeIfAbsent(kb.version(), v -> new ArticleExtractor(kb));
  }
}
