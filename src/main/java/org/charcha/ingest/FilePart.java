package org.charcha.ingest;

import java.io.Serializable;

/**
 * What one read task reads: the lines of {@code path} that begin at a byte offset in
 * [{@code start}, {@code end}), the first of them numbered {@code firstLine}, so that every line keeps
 * the number it has in the whole file. A whole file is the part from 0 on, starting at line 1; only
 * an uncompressed file can be read in parts, since gzip cannot be entered mid-stream.
 */
public record FilePart(String path, long start, long end, long firstLine) implements Serializable {
  public FilePart {
    if (start < 0 || end < start || firstLine < 1) {
      throw new IllegalArgumentException("bad part of " + path + ": bytes " + start + " to " + end + ", first line " + firstLine);
    }
  }

  public static FilePart whole(String path) {
    return new FilePart(path, 0, Long.MAX_VALUE, 1);
  }

  /** Starts at the file's first byte: a whole file, or the first part of one. */
  public boolean isFirst() {
    return start == 0;
  }

  /** Reads on to the end of the file, however large it has grown: a whole file, or the last part of one. */
  public boolean isLast() {
    return end == Long.MAX_VALUE;
  }
}
