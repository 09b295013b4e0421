package org.charcha.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Streams one input file, or one {@link FilePart} of it, as parsed lines numbered as in the whole
 * file, decompressing by file extension through Hadoop's codecs. Lines are split on raw {@code \n}
 * bytes before decoding, so a bad byte spoils one line only. A part reads the lines that begin
 * inside it, the last one to its end even past the part's. A file that ends mid-stream (a
 * truncated gzip) yields a rejection for the line where reading stopped instead of failing the run.
 */
public final class LineReader implements Iterator<ParsedLine>, AutoCloseable {
  private final String file;
  private final RecordParser parser;
  private final InputStream in;
  /** The offset in the file at which no more lines begin for this reader. */
  private final long end;
  private final byte[] chunk = new byte[1 << 16];
  /** The file offset of {@code chunk[0]}: uncompressed files only, where a part is read. */
  private long chunkOffset;
  private int chunkPos;
  private int chunkEnd;
  private byte[] buffer = new byte[1 << 16];
  private long lineNo;
  private ParsedLine next;
  private boolean finished;

  public LineReader(String file, Configuration conf, RecordParser parser) throws IOException {
    this(FilePart.whole(file), conf, parser);
  }

  public LineReader(FilePart part, Configuration conf, RecordParser parser) throws IOException {
    this.file = part.path();
    this.parser = parser;
    this.end = part.end();
    this.lineNo = part.firstLine() - 1;
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    if (codec != null && part.start() > 0) {
      throw new IllegalArgumentException(file + " is compressed and can only be read whole, not from byte " + part.start());
    }
    FSDataInputStream raw = fs.open(path);
    this.in = codec == null ? raw : codec.createInputStream(raw);
    if (part.start() > 0) {
      try {
        raw.seek(part.start() - 1);
        chunkOffset = part.start() - 1;
        skipToLineStart();
      } catch (IOException e) {
        in.close();
        throw e;
      }
    }
  }

  /** Moves past the line that began in the part before, up to the first line that begins in this one. */
  private void skipToLineStart() throws IOException {
    while (fillChunk()) {
      int newline = indexOfNewline();
      if (newline >= 0) {
        chunkPos = newline + 1;
        return;
      }
      chunkPos = chunkEnd;
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public ParsedLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParsedLine line = next;
    next = null;
    return line;
  }

  /** The next parsed line, or null when the line was blank (skipped) or the file ended. */
  private ParsedLine readNext() {
    int length = 0;
    try {
      if (chunkOffset + chunkPos >= end) {
        finished = true;
        close();
        return null;
      }
      boolean endOfLine = false;
      while (!endOfLine && fillChunk()) {
        int newline = indexOfNewline();
        int end = newline < 0 ? chunkEnd : newline;
        buffer = ensureCapacity(buffer, length + end - chunkPos);
        System.arraycopy(chunk, chunkPos, buffer, length, end - chunkPos);
        length += end - chunkPos;
        chunkPos = newline < 0 ? chunkEnd : newline + 1;
        endOfLine = newline >= 0;
      }
      if (!endOfLine) {
        finished = true;
        close();
        if (length == 0) {
          return null;
        }
      }
    } catch (EOFException | ZipException e) {
      finished = true;
      closeQuietly();
      return ParsedLine.rejected(file, lineNo + 1, "file truncated or corrupt after line " + lineNo
          + " (" + e.getMessage() + "); the lines before it were read", RecordParser.snippet(buffer, length));
    } catch (IOException e) {
      finished = true;
      closeQuietly();
      return ParsedLine.rejected(file, lineNo + 1, "read error after line " + lineNo + ": " + e.getMessage(),
          RecordParser.snippet(buffer, length));
    }
    lineNo++;
    if (isBlank(buffer, length)) {
      return null;
    }
    return parser.parse(file, lineNo, buffer, length);
  }

  /** Lines are cut from 64 KiB chunks: a byte-at-a-time read cost more than the JSON parse. */
  private boolean fillChunk() throws IOException {
    if (chunkPos < chunkEnd) {
      return true;
    }
    chunkOffset += chunkEnd;
    int n = in.read(chunk);
    chunkPos = 0;
    chunkEnd = Math.max(n, 0);
    return n > 0;
  }

  private int indexOfNewline() {
    for (int i = chunkPos; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ensureCapacity(byte[] bytes, int needed) {
    return needed <= bytes.length ? bytes : Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException ignored) {
      // already failing this file; the rejection carries the cause
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
