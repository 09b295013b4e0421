package org.charcha.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Counts the rows of a written table from the footers of its Parquet files, in the driver. It reads
 * what is on disk, so it checks the write independently of the job that wrote it, as a Spark count
 * of the table would; but a Spark count plans, lists and compiles a query per table, which cost the
 * embedded job more than some of the tables took to compute (docs/PERFORMANCE.md).
 */
public final class ParquetRows {
  private final Configuration conf;

  public ParquetRows(Configuration conf) {
    this.conf = conf;
  }

  /** Rows in every Parquet file under {@code dir}, partition folders included; 0 when it is absent. */
  public long count(String dir) {
    Path root = new Path(dir);
    try {
      return rowsUnder(root.getFileSystem(conf), root);
    } catch (FileNotFoundException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count the rows of " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Walks with {@code listStatus}, not {@code listFiles}: the latter builds a LocatedFileStatus per
   * entry, which on a local disk without Hadoop's native library forks {@code ls -ld} for each
   * file and folder to read its permissions.
   */
  private long rowsUnder(FileSystem fs, Path dir) throws IOException {
    long rows = 0;
    for (FileStatus entry : fs.listStatus(dir)) {
      if (entry.isDirectory() && !isHidden(entry.getPath())) {
        rows += rowsUnder(fs, entry.getPath());
      } else if (isDataFile(entry.getPath())) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(entry, conf))) {
          rows += reader.getRecordCount();
        }
      }
    }
    return rows;
  }

  /** Spark's data files, not its _SUCCESS marker, checksums or hidden staging files. */
  private static boolean isDataFile(Path path) {
    return path.getName().endsWith(".parquet") && !isHidden(path);
  }

  /** Spark and Hadoop keep work in progress under names starting with "_" or "." (_temporary). */
  private static boolean isHidden(Path path) {
    String name = path.getName();
    return name.startsWith("_") || name.startsWith(".");
  }
}
