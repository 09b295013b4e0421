package org.charcha.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated knowledge-base file read strictly: the header must name the expected columns in
 * order, every row must have that many fields, and any problem is reported with file and line.
 */
final class TsvFile {
  private final String name;
  private final List<Row> rows;

  private TsvFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  static TsvFile read(Path file, String displayName, List<String> columns) {
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new KnowledgeBaseException(displayName, 0, "is not valid UTF-8; save it as UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge-base file " + displayName, e);
    }
    String[] lines = content.split("\r?\n", -1);
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (!headerSeen) {
        if (!Arrays.asList(fields).equals(columns)) {
          throw new KnowledgeBaseException(displayName, lineNo,
              "header must be the columns " + String.join(", ", columns) + " separated by tabs, found: "
                  + String.join(", ", fields));
        }
        headerSeen = true;
        continue;
      }
      if (fields.length != columns.size()) {
        throw new KnowledgeBaseException(displayName, lineNo, "expected " + columns.size()
            + " tab-separated fields (" + String.join(", ", columns) + "), found " + fields.length);
      }
      rows.add(new Row(displayName, lineNo, columns, fields));
    }
    if (!headerSeen) {
      throw new KnowledgeBaseException(displayName, 0, "has no header line");
    }
    return new TsvFile(displayName, rows);
  }

  String name() {
    return name;
  }

  List<Row> rows() {
    return rows;
  }

  /** One data line; accessors validate and name the column and line on failure. */
  static final class Row {
    final String file;
    final int line;
    private final List<String> columns;
    private final String[] fields;

    Row(String file, int line, List<String> columns, String[] fields) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.fields = fields;
    }

    String optional(String column) {
      return fields[columns.indexOf(column)].strip();
    }

    String required(String column) {
      String value = optional(column);
      if (value.isEmpty()) {
        throw error("column '" + column + "' must not be empty");
      }
      return value;
    }

    List<String> list(String column) {
      String value = optional(column);
      List<String> items = new ArrayList<>();
      if (value.isEmpty()) {
        return items;
      }
      for (String item : value.split("\\|")) {
        String stripped = item.strip();
        if (stripped.isEmpty()) {
          throw error("column '" + column + "' has an empty item between '|' separators");
        }
        items.add(stripped);
      }
      return items;
    }

    LocalDate date(String column, boolean required) {
      String value = required ? required(column) : optional(column);
      if (value.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error("column '" + column + "' must be a date YYYY-MM-DD, found '" + value + "'");
      }
    }

    KnowledgeBaseException error(String problem) {
      return new KnowledgeBaseException(file, line, problem);
    }
  }
}
