package org.charcha.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.charcha.ingest.FileChecksum;
import org.charcha.ingest.InputFile;
import org.charcha.output.Ledger;
import org.charcha.output.LedgerEntry;

/**
 * Sorts the input files against the ledger: new (never read), changed (same path, different
 * SHA-256) and unchanged. A file whose size and modification time match its ledger entry is taken
 * as unchanged without reading it, so a nightly run over years of input reads only what is new;
 * when either differs the checksum decides, and a file merely touched keeps its contribution.
 */
record Delivery(List<InputFile> newFiles, List<InputFile> changedFiles, Map<String, String> checksums,
    Map<String, Long> modified, List<LedgerEntry> touched) {

  static Delivery sort(List<InputFile> files, Ledger ledger, Configuration conf) {
    List<InputFile> fresh = new ArrayList<>();
    List<InputFile> changed = new ArrayList<>();
    Map<String, String> checksums = new HashMap<>();
    Map<String, Long> modified = new HashMap<>();
    List<LedgerEntry> touched = new ArrayList<>();
    for (InputFile file : files) {
      long mtime = modificationTime(file.path(), conf);
      modified.put(file.path(), mtime);
      Optional<LedgerEntry> known = ledger.entry(file.path());
      if (known.isPresent() && known.get().size() == file.size() && known.get().modified() == mtime) {
        continue;
      }
      String sha = FileChecksum.sha256(file.path(), conf);
      checksums.put(file.path(), sha);
      if (known.isEmpty()) {
        fresh.add(file);
      } else if (!known.get().sha256().equals(sha)) {
        changed.add(file);
      } else {
        touched.add(known.get().touched(mtime));
      }
    }
    return new Delivery(List.copyOf(fresh), List.copyOf(changed), Map.copyOf(checksums), Map.copyOf(modified),
        List.copyOf(touched));
  }

  List<InputFile> delivered() {
    List<InputFile> all = new ArrayList<>(newFiles);
    all.addAll(changedFiles);
    return all;
  }

  private static long modificationTime(String file, Configuration conf) {
    Path path = new Path(file);
    try {
      return path.getFileSystem(conf).getFileStatus(path).getModificationTime();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stat input " + file + ": " + e.getMessage(), e);
    }
  }
}
