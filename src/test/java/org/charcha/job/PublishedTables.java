package org.charcha.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.charcha.output.Manifest;

/** A run's published tables in a form that two runs can be compared by, their files per month, and its manifest. */
public final class PublishedTables {
  private PublishedTables() {}

  /** How many Parquet files a run wrote for one month of a month-partitioned table. */
  public static long files(Path output, String table, String month) throws IOException {
    try (Stream<Path> files = Files.list(output.resolve(table).resolve("month=" + month))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    }
  }

  /** Per column, every encoding Parquet used for it in any file of the table, read from the footers. */
  public static Map<String, Set<Encoding>> encodings(Path output, String table) throws IOException {
    Map<String, Set<Encoding>> byColumn = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(output.resolve(table))) {
      files = walk.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
    }
    for (Path file : files) {
      try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
          new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
        for (BlockMetaData block : reader.getFooter().getBlocks()) {
          for (ColumnChunkMetaData column : block.getColumns()) {
            byColumn.computeIfAbsent(column.getPath().toDotString(), c -> new TreeSet<>()).addAll(column.getEncodings());
          }
        }
      }
    }
    return byColumn;
  }

  /** The run's manifest as published. */
  public static JsonNode manifest(Path output) throws IOException {
    return new ObjectMapper().readTree(output.resolve(Manifest.FILE).toFile());
  }

  /** {@link #rows(Dataset)} of one table as published under {@code output}. */
  public static List<String> rows(Path output, String table) {
    return rows(LocalSpark.get().read().parquet(output.resolve(table).toString()));
  }

  /** All columns in name order (a nightly table may order them differently), each row as a string, sorted. */
  public static List<String> rows(Dataset<Row> table) {
    String[] columns = table.columns().clone();
    Arrays.sort(columns);
    return table.selectExpr(columns).collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
