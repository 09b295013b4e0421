package org.charcha.output;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * Local disk behaving like S3 through Hadoop's connector where publishing cares: a folder is
 * renamed and deleted object by object (each object copied whole, then its source deleted), and
 * the file system stops for good after a set number of object writes and deletes, as a killed
 * process would. A configuration from {@link #stoppingAfter} maps {@code file:} paths to it.
 */
final class ObjectStoreLikeFileSystem extends RawLocalFileSystem {
  private static final String STOP_AFTER = "test.objectstore.stop-after";
  private int operationsLeft;

  /** A configuration for this file system that stops after {@code operations} object writes and deletes. */
  static Configuration stoppingAfter(int operations) {
    Configuration conf = new Configuration();
    conf.setClass("fs.file.impl", ObjectStoreLikeFileSystem.class, org.apache.hadoop.fs.FileSystem.class);
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.setInt(STOP_AFTER, operations);
    return conf;
  }

  @Override
  public void initialize(URI uri, Configuration conf) throws IOException {
    super.initialize(uri, conf);
    operationsLeft = conf.getInt(STOP_AFTER, Integer.MAX_VALUE);
  }

  @Override
  public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
      Progressable progress) throws IOException {
    operation();
    return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
      short replication, long blockSize, Progressable progress) throws IOException {
    operation();
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    if (!exists(src) || exists(dst)) {
      return false;
    }
    if (getFileStatus(src).isFile()) {
      moveObject(src, dst);
      return true;
    }
    String root = makeQualified(src).toUri().getPath();
    for (Path object : objects(src)) {
      moveObject(object, new Path(dst, object.toUri().getPath().substring(root.length() + 1)));
    }
    super.delete(src, true);
    return true;
  }

  @Override
  public boolean delete(Path p, boolean recursive) throws IOException {
    if (!exists(p)) {
      return false;
    }
    if (getFileStatus(p).isDirectory()) {
      for (Path object : objects(p)) {
        operation();
        super.delete(object, false);
      }
    } else {
      operation();
    }
    return super.delete(p, true);
  }

  private void moveObject(Path from, Path to) throws IOException {
    operation();
    Files.createDirectories(pathToFile(to).toPath().getParent());
    Files.copy(pathToFile(from).toPath(), pathToFile(to).toPath());
    operation();
    super.delete(from, false);
  }

  private List<Path> objects(Path folder) throws IOException {
    List<Path> objects = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = listFiles(folder, true);
    while (files.hasNext()) {
      objects.add(files.next().getPath());
    }
    return objects;
  }

  private void operation() throws IOException {
    if (operationsLeft-- <= 0) {
      throw new IOException("the store stopped answering (a simulated crash)");
    }
  }
}
