package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions set through java.nio match what Hadoop asked for, and the embedded session uses it. */
class NioLocalFileSystemTest {
  @TempDir
  Path tmp;

  private FileSystem fileSystem() throws IOException {
    FileSystem fs = new NioLocalFileSystem();
    fs.initialize(tmp.toUri(), SparkSessions.hadoopConf());
    return fs;
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void foldersAndFilesGetTheRequestedPermissions() throws IOException {
    try (FileSystem fs = fileSystem()) {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(tmp.resolve("a/b").toUri());
      assertThat(fs.mkdirs(dir, new FsPermission((short) 0750))).isTrue();
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir, "part.parquet");
      try (OutputStream out = fs.create(file, new FsPermission((short) 0604), true, 4096, (short) 1, 1 << 20, null)) {
        out.write(42);
      }
      fs.setPermission(dir, new FsPermission((short) 0711));

      assertThat(permissions(tmp.resolve("a/b"))).isEqualTo("rwx--x--x");
      assertThat(permissions(tmp.resolve("a/b/part.parquet"))).isEqualTo("rw----r--");
      assertThat(Files.readAllBytes(tmp.resolve("a/b/part.parquet"))).containsExactly(42);
      assertThat(fs.exists(new org.apache.hadoop.fs.Path(dir, ".part.parquet.crc"))).as("checksums are kept").isTrue();
    }
  }

  /** A fresh instance: Hadoop's cache hands out whichever local file system a JVM made first. */
  @Test
  void theEmbeddedSessionNamesItForLocalFiles() throws IOException {
    try (FileSystem fs = FileSystem.newInstance(tmp.toUri(), LocalSpark.get().sparkContext().hadoopConfiguration())) {
      assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
    }
  }
}
