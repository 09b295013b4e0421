package org.charcha.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a run's output appear all at once or not at all. The run writes into a sibling staging
 * folder ({@code out.staging-RUN}); only when every table and the manifest are written does
 * {@link #publish()} move the previous output aside ({@code out.previous-RUN}), rename staging into
 * place and delete the previous one. A run killed at any point leaves either the old output or the
 * new one; {@link #recover()} at the start of the next run puts back an output that a crash left
 * moved aside, and clears stale staging folders.
 */
public final class OutputPublisher {
  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";
  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final Path previous;

  public OutputPublisher(String output, String runId, Configuration conf) {
    this.output = new Path(output);
    try {
      this.fs = this.output.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of --output " + output, e);
    }
    this.staging = new Path(this.output.getParent(), this.output.getName() + STAGING + runId);
    this.previous = new Path(this.output.getParent(), this.output.getName() + PREVIOUS + runId);
  }

  public String stagingPath() {
    return staging.toString();
  }

  public String outputPath() {
    return fs.makeQualified(output).toString();
  }

  /** Checks up front that the output's parent can be written, so a bad path fails before any work. */
  public void checkWritable() {
    Path parent = output.getParent();
    try {
      fs.mkdirs(parent);
      Path probe = new Path(parent, "." + output.getName() + ".probe-" + System.nanoTime());
      fs.create(probe, false).close();
      fs.delete(probe, false);
    } catch (IOException e) {
      throw new IllegalArgumentException("--output " + output + " is not writable (" + e.getMessage()
          + "); choose a folder you can write to", e);
    }
  }

  /** Restores an output a crashed publish left moved aside and removes stale staging folders. */
  public void recover() {
    try {
      FileStatus[] siblings = fs.globStatus(new Path(output.getParent(), output.getName() + ".*-*"));
      if (siblings == null) {
        return;
      }
      for (FileStatus sibling : siblings) {
        String name = sibling.getPath().getName();
        if (name.startsWith(output.getName() + PREVIOUS) && !fs.exists(output)) {
          fs.rename(sibling.getPath(), output);
        } else if (name.startsWith(output.getName() + STAGING) || name.startsWith(output.getName() + PREVIOUS)) {
          fs.delete(sibling.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy up after an earlier run beside " + output, e);
    }
  }

  public void publish() {
    try {
      boolean hadOutput = fs.exists(output);
      if (hadOutput && !fs.rename(output, previous)) {
        throw new IOException("could not move the previous output " + output + " aside");
      }
      if (!fs.rename(staging, output)) {
        throw new IOException("could not move " + staging + " into place at " + output);
      }
      if (hadOutput) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("publishing the output failed; the previous output is kept: " + e.getMessage(), e);
    }
  }

  /** Removes the staging folder of a run that failed before publishing. */
  public void discard() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove staging folder " + staging, e);
    }
  }

  /** Writes a small text file (the manifest) into the staging folder. */
  public void writeStagingFile(String name, byte[] content) {
    try (var out = fs.create(new Path(staging, name), true)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " into " + staging, e);
    }
  }
}
