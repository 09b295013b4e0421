package org.charcha.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate: {@code size} bytes of JSONL (uncompressed, as Spark reads it) into
 * {@code output}, in .jsonl.gz files of at most {@code fileSize} uncompressed bytes, dated between
 * {@code from} and {@code to}, the same bytes for the same seed and pool.
 */
public record GeneratorOptions(long size, Path output, long seed, long fileSize, LocalDate from, LocalDate to) {
  public GeneratorOptions {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive, got " + size);
    }
    if (fileSize <= 0) {
      throw new IllegalArgumentException("file size must be positive, got " + fileSize);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date range is empty: " + from + " is after " + to);
    }
  }
}
