package org.charcha.ingest;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Counts the lines of an uncompressed file that begin in a byte range, as {@link LineReader}
 * numbers them: a line begins at offset 0 and after every newline that is not the file's last
 * byte. The counts of the parts before a part give its first line number.
 */
public final class LineStarts {
  private LineStarts() {}

  public static long count(String file, long start, long end, Configuration conf) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    long stop = Math.min(end, fs.getFileStatus(path).getLen());
    if (start >= stop) {
      return 0;
    }
    long lines = start == 0 ? 1 : 0;
    long from = Math.max(start - 1, 0);
    long remaining = stop - 1 - from;
    byte[] buffer = new byte[1 << 16];
    try (FSDataInputStream in = fs.open(path)) {
      in.seek(from);
      while (remaining > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
        if (n < 0) {
          throw new IOException(file + " ended at byte " + (stop - 1 - remaining) + " while its size was given as " + stop);
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        remaining -= n;
      }
    }
    return lines;
  }
}
