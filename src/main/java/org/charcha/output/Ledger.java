package org.charcha.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code DIR/_ledger/processed.json}: every input file the nightly job has read into DIR and every
 * nightly run. It is written last, after the tables, so a run that dies earlier is simply redone by
 * the next one (docs/OPERATIONS.md). The folder starts with an underscore so Spark readers skip it.
 */
public final class Ledger {
  public static final String FOLDER = "_ledger";
  private static final String FILE = "processed.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The JSON shape of the file. */
  record Content(List<LedgerEntry> files, List<LedgerRun> runs) {}

  private final Map<String, LedgerEntry> files;
  private final List<LedgerRun> runs;

  private Ledger(Map<String, LedgerEntry> files, List<LedgerRun> runs) {
    this.files = files;
    this.runs = runs;
  }

  public static Path location(String output) {
    return new Path(new Path(output, FOLDER), FILE);
  }

  /**
   * The ledger of {@code output}, or an empty one when the nightly job has not yet written there.
   * Without the ledger but with the next one beside it, a write stopped between deleting the old
   * and renaming the next, which was written whole before the old was deleted: that is the ledger.
   * A next one cut short can only be a first ledger whose write was stopped (no old one was deleted
   * for it), so there is no ledger yet.
   */
  public static Ledger read(String output, Configuration conf) {
    Path path = location(output);
    try {
      FileSystem fs = path.getFileSystem(conf);
      Path source = fs.exists(path) ? path : next(path);
      if (!fs.exists(source)) {
        return new Ledger(new TreeMap<>(), new ArrayList<>());
      }
      try (InputStream in = fs.open(source)) {
        Content content = JSON.readValue(in, Content.class);
        Map<String, LedgerEntry> files = new TreeMap<>();
        content.files().forEach(f -> files.put(f.path(), f));
        return new Ledger(files, new ArrayList<>(content.runs()));
      } catch (JsonProcessingException cutShort) {
        if (source.equals(path)) {
          throw cutShort;
        }
        return new Ledger(new TreeMap<>(), new ArrayList<>());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ledger " + path + ": " + e.getMessage()
          + "; restore it from a backup or start a new --output", e);
    }
  }

  public Optional<LedgerEntry> entry(String path) {
    return Optional.ofNullable(files.get(path));
  }

  public List<LedgerEntry> entries() {
    return List.copyOf(files.values());
  }

  public List<LedgerRun> runs() {
    return List.copyOf(runs);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  public void put(LedgerEntry entry) {
    files.put(entry.path(), entry);
  }

  public void addRun(LedgerRun run) {
    runs.add(run);
  }

  /** Writes beside the old ledger, then swaps, so a crash leaves the old or the new ledger whole (see {@link #read}). */
  public void write(String output, Configuration conf) {
    Path path = location(output);
    Path next = next(path);
    try {
      FileSystem fs = path.getFileSystem(conf);
      try (OutputStream out = fs.create(next, true)) {
        out.write(JSON.writeValueAsBytes(new Content(entries(), runs)));
      }
      if (fs.exists(path) && !fs.delete(path, false)) {
        throw new IOException("could not replace " + path);
      }
      if (!fs.rename(next, path)) {
        throw new IOException("could not rename " + next + " to " + path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger " + path + ": " + e.getMessage(), e);
    }
  }

  private static Path next(Path ledger) {
    return new Path(ledger.getParent(), FILE + ".next");
  }
}
