package org.charcha.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.KnowledgeBaseLoader;

/**
 * The size of the knowledge base as the job broadcasts it (Java serialization, Spark's default
 * serializer for broadcast variables), for jobs/bench. Usage: BroadcastSize KB_DIR
 */
public final class BroadcastSize {
  private BroadcastSize() {}

  public static void main(String[] args) throws IOException {
    KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of(args[0]));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(kb);
    }
    System.out.printf("broadcast knowledge base: %d bytes (%d leaders, %d parties, %d places, %d terms)%n",
        bytes.size(), kb.leaders().size(), kb.parties().size(), kb.places().size(), kb.terms().size());
  }
}
