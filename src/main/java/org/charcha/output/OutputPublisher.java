package org.charcha.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Replaces a run's output with a new one so that a crash at any moment leaves either the previous
 * output or the new one complete, on local disk, HDFS and object stores alike. The output is
 * complete exactly when its {@code _manifest.json} is there: the manifest is the first thing taken
 * out of an output being replaced and the last thing put into the new one.
 *
 * <p>The run writes into a sibling staging folder ({@code out.staging-RUN}). {@link #publish()}
 * first creates a marker ({@code out.publishing-RUN}): from then on this run's output is the one
 * to end up with. It moves the previous output aside ({@code out.previous-RUN}), its manifest
 * first, holds the new manifest beside ({@code out.manifest-RUN}), moves staging into place, puts
 * the manifest in and deletes the rest. On HDFS and local disk each move is one atomic rename. On
 * S3 a rename copies object by object, so a crash can leave a folder half moved; {@link #recover()},
 * at the start of the next run, finishes such a publish file by file from the marker and what it
 * finds, and clears staging folders of runs that failed before publishing.
 */
public final class OutputPublisher {
  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";
  private static final String PUBLISHING = ".publishing-";
  private static final String HELD_MANIFEST = ".manifest-";
  private final FileSystem fs;
  private final Path output;
  private final String runId;

  public OutputPublisher(String output, String runId, Configuration conf) {
    this.output = new Path(output);
    this.runId = runId;
    try {
      this.fs = this.output.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of --output " + output, e);
    }
  }

  public String stagingPath() {
    return sibling(STAGING, runId).toString();
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

  /**
   * Finishes publishes that a crash interrupted and removes staging folders of runs that failed
   * before publishing. Returns what it did, a line each, for the run's progress.
   */
  public List<String> recover() {
    List<String> done = new ArrayList<>();
    try {
      for (String run : runsWith(PUBLISHING)) {
        finishPublish(run);
        done.add("completed the publishing of run " + run + " that was interrupted; " + output
            + " holds that run's output");
      }
      for (String run : runsWith(STAGING)) {
        fs.delete(sibling(STAGING, run), true);
        done.add("removed the staging folder of run " + run + ", which failed before publishing");
      }
      for (String run : runsWith(PREVIOUS)) {
        restoreOrDropPrevious(run, done);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy up after an earlier run beside " + output + ": " + e.getMessage()
          + "; the next run tries again", e);
    }
    return done;
  }

  public void publish() {
    try {
      fs.create(sibling(PUBLISHING, runId), false).close();
      finishPublish(runId);
    } catch (IOException e) {
      throw new UncheckedIOException("publishing the output was interrupted (" + e.getMessage() + "); the new output is"
          + " kept beside " + output + " and the next run into it finishes publishing it", e);
    }
  }

  /** Removes the staging folder of a run that failed before publishing; one that began publishing is kept for recovery. */
  public void discard() {
    try {
      if (!fs.exists(sibling(PUBLISHING, runId))) {
        fs.delete(sibling(STAGING, runId), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove staging folder " + stagingPath(), e);
    }
  }

  /** Writes a small text file (the manifest) into the staging folder. */
  public void writeStagingFile(String name, byte[] content) {
    Path staging = sibling(STAGING, runId);
    try (var out = fs.create(new Path(staging, name), true)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " into " + staging, e);
    }
  }

  /**
   * Each step checks what is already done, so that the same sequence serves a publish from the
   * start and the recovery of one stopped at any point. While the staging folder still holds its
   * manifest, nothing of the new output has moved and whatever is at the output is the old one.
   */
  private void finishPublish(String run) throws IOException {
    Path staging = sibling(STAGING, run);
    Path heldManifest = sibling(HELD_MANIFEST, run);
    Path stagedManifest = new Path(staging, Manifest.FILE);
    if (fs.exists(stagedManifest)) {
      moveAside(sibling(PREVIOUS, run));
      if (fs.exists(heldManifest)) {
        fs.delete(stagedManifest, false);
      } else {
        rename(stagedManifest, heldManifest);
      }
    }
    moveInto(staging, output);
    Path manifest = new Path(output, Manifest.FILE);
    if (fs.exists(heldManifest)) {
      if (fs.exists(manifest)) {
        fs.delete(heldManifest, false);
      } else {
        rename(heldManifest, manifest);
      }
    }
    fs.delete(sibling(PREVIOUS, run), true);
    fs.delete(sibling(PUBLISHING, run), false);
  }

  /** Moves the old output into {@code previous}, its manifest first so that it reads as incomplete from then on. */
  private void moveAside(Path previous) throws IOException {
    if (!fs.exists(output)) {
      return;
    }
    fs.delete(new Path(output, Manifest.FILE), false);
    moveInto(output, previous);
  }

  /**
   * Moves a folder's files under {@code to}: in one rename when {@code to} does not exist yet,
   * otherwise file by file, skipping files a stopped copy already brought over (an object store
   * writes an object whole or not at all).
   */
  private void moveInto(Path from, Path to) throws IOException {
    if (!fs.exists(from)) {
      return;
    }
    if (!fs.exists(to) && fs.rename(from, to)) {
      return;
    }
    String root = fs.makeQualified(from).toUri().getPath();
    List<Path> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(from, true);
    while (listing.hasNext()) {
      files.add(listing.next().getPath());
    }
    for (Path file : files) {
      Path target = new Path(to, file.toUri().getPath().substring(root.length() + 1));
      if (fs.exists(target)) {
        fs.delete(file, false);
      } else {
        fs.mkdirs(target.getParent());
        rename(file, target);
      }
    }
    fs.delete(from, true);
  }

  /** An output moved aside without a publishing marker, by an older Charcha whose publish was interrupted. */
  private void restoreOrDropPrevious(String run, List<String> done) throws IOException {
    Path previous = sibling(PREVIOUS, run);
    if (!fs.exists(output)) {
      rename(previous, output);
      done.add("put back the output that run " + run + " had moved aside before it was interrupted");
    } else {
      fs.delete(previous, true);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }

  /** Run ids of this output's siblings of one kind, oldest first (run ids begin with their start time). */
  private TreeSet<String> runsWith(String kind) throws IOException {
    TreeSet<String> runs = new TreeSet<>();
    FileStatus[] siblings = fs.globStatus(new Path(output.getParent(), output.getName() + kind + "*"));
    if (siblings != null) {
      for (FileStatus sibling : siblings) {
        runs.add(sibling.getPath().getName().substring(output.getName().length() + kind.length()));
      }
    }
    return runs;
  }

  private Path sibling(String kind, String run) {
    return new Path(output.getParent(), output.getName() + kind + run);
  }
}
