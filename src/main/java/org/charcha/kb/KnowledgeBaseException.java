package org.charcha.kb;

/** A knowledge-base file that cannot be used, with the file and line a person has to fix. */
public final class KnowledgeBaseException extends RuntimeException {
  public KnowledgeBaseException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
  }

  public KnowledgeBaseException(String message) {
    super(message);
  }
}
