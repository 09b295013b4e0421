package org.charcha.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * What a nightly run's replacement of months in the published tables needs besides the tables it
 * computed: the months and each table's schema (for a table left with no rows). Saved in the work
 * folder once every table is computed and before the first one is replaced, so that the next run
 * can repeat a replacement that was killed half-way from the work folder instead of computing from
 * tables the killed run had half replaced.
 */
record MonthReplacement(Set<String> months, Map<String, String> schemas) {
  private static final String FILE = "_replacement.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  MonthReplacement {
    months = new TreeSet<>(months);
    schemas = new TreeMap<>(schemas);
  }

  static MonthReplacement of(Set<String> months, Map<String, StructType> schemas) {
    Map<String, String> json = new TreeMap<>();
    schemas.forEach((table, schema) -> json.put(table, schema.json()));
    return new MonthReplacement(months, json);
  }

  StructType schema(String table) {
    return (StructType) DataType.fromJson(schemas.get(table));
  }

  void save(FileSystem fs, String work) throws IOException {
    try (OutputStream out = fs.create(new Path(work, FILE), true)) {
      out.write(JSON.writeValueAsBytes(this));
    }
  }

  /**
   * The replacement saved in {@code work}, if the run that made it got as far as saving it whole; a
   * file cut short by the kill means that no table had been replaced yet.
   */
  static Optional<MonthReplacement> saved(FileSystem fs, Path work) throws IOException {
    Path file = new Path(work, FILE);
    if (!fs.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = fs.open(file)) {
      return Optional.of(JSON.readValue(in, MonthReplacement.class));
    } catch (JsonProcessingException cutShort) {
      return Optional.empty();
    }
  }
}
