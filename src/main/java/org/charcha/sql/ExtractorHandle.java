package org.charcha.sql;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.SharedExtractor;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;

/**
 * How a SQL function reaches the knowledge base and its extractor on an executor. Either the
 * knowledge base is broadcast by {@link CharchaFunctions#register}, or, for a function built by its
 * no-arg constructor (PySpark's {@code registerJavaFunction}), only its path travels and each JVM
 * loads it on first use. Either way {@link SharedExtractor} builds the alias automaton once per JVM.
 */
abstract class ExtractorHandle implements Serializable {
  private static final long serialVersionUID = 1L;

  abstract KnowledgeBase knowledgeBase();

  final ArticleExtractor extractor() {
    return SharedExtractor.forKnowledgeBase(knowledgeBase());
  }

  static ExtractorHandle broadcast(Broadcast<KnowledgeBase> kb) {
    return new Broadcasted(kb);
  }

  static ExtractorHandle loadedFrom(Path root) {
    return new Loaded(root.toString());
  }

  private static final class Broadcasted extends ExtractorHandle {
    private static final long serialVersionUID = 1L;
    private final Broadcast<KnowledgeBase> kb;

    Broadcasted(Broadcast<KnowledgeBase> kb) {
      this.kb = kb;
    }

    @Override
    KnowledgeBase knowledgeBase() {
      return kb.value();
    }
  }

  private static final class Loaded extends ExtractorHandle {
    private static final long serialVersionUID = 1L;
    // One load per path per JVM: every function instance and task on an executor shares it.
    private static final ConcurrentHashMap<String, KnowledgeBase> BY_PATH = new ConcurrentHashMap<>();
    private final String root;

    Loaded(String root) {
      this.root = root;
    }

    @Override
    KnowledgeBase knowledgeBase() {
      return BY_PATH.computeIfAbsent(root, r -> KnowledgeBaseLoader.load(Path.of(r)));
    }
  }
}
