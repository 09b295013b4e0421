package org.charcha.generate;

import java.nio.file.Path;
import java.util.List;

/** What a generation wrote: the files, the number of articles and their uncompressed JSONL bytes. */
public record GeneratedCorpus(List<Path> files, long articles, long bytes) {
  public GeneratedCorpus {
    files = List.copyOf(files);
  }
}
