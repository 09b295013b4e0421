package org.charcha.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the {@code --input} arguments (files, folders and globs, on any Hadoop file system:
 * local, hdfs://, s3a://) into the sorted list of {@code .jsonl} and {@code .jsonl.gz} files to read.
 * An argument that names nothing is an error before any Spark work starts.
 */
public final class InputResolver {
  private final Configuration conf;

  public InputResolver(Configuration conf) {
    this.conf = conf;
  }

  public static boolean isInputFile(String name) {
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
  }

  public List<InputFile> resolve(List<String> arguments) {
    TreeMap<String, InputFile> files = new TreeMap<>();
    for (String argument : arguments) {
      List<InputFile> found = resolveOne(argument);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("--input " + argument
            + " matches no .jsonl or .jsonl.gz file; check the path, or quote a glob so the shell does not expand it");
      }
      found.forEach(f -> files.put(f.path(), f));
    }
    return new ArrayList<>(files.values());
  }

  private List<InputFile> resolveOne(String argument) {
    Path path = new Path(argument);
    try {
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("--input " + argument + " does not exist");
      }
      List<InputFile> files = new ArrayList<>();
      for (FileStatus match : matches) {
        collect(fs, match, files, match.isFile());
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list --input " + argument + ": " + e.getMessage(), e);
    }
  }

  private void collect(FileSystem fs, FileStatus status, List<InputFile> files, boolean named) throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith(".") || name.startsWith("_")) {
      return;
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        collect(fs, child, files, false);
      }
    } else if (named || isInputFile(name)) {
      files.add(new InputFile(status.getPath().toString(), status.getLen()));
    }
  }
}
