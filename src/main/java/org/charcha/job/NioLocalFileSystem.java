package org.charcha.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system (checksums included) setting permissions through java.nio instead of
 * a {@code chmod} process. Without Hadoop's native library, which Maven cannot install,
 * {@link RawLocalFileSystem#setPermission} forks {@code chmod} for every directory and file it
 * creates: three processes per Parquet file written, 2,459 of them in one embedded run over 500 MB,
 * more time than writing the tables themselves (docs/PERFORMANCE.md). The embedded session
 * registers it for {@code file:} paths; the native library, a sticky bit or a file system without
 * POSIX permissions falls back to Hadoop's own code.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new NioRawLocalFileSystem());
  }

  /** The raw file system underneath the checksums, where permissions are set. */
  static final class NioRawLocalFileSystem extends RawLocalFileSystem {
    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      if (NativeIO.isAvailable() || permission.getStickyBit()) {
        super.setPermission(path, permission);
        return;
      }
      String symbolic = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
          + permission.getOtherAction().SYMBOL;
      try {
        Files.setPosixFilePermissions(pathToFile(path).toPath(), PosixFilePermissions.fromString(symbolic));
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(path, permission);
      }
    }
  }
}
