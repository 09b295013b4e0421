package org.charcha.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.LocalDateTime;

/**
 * Reads one JSONL line of the corpus format ({@code id, source, url, published, title, text,
 * category}) strictly: bytes must be UTF-8, the line one JSON object, {@code id} present and
 * {@code text} a non-empty string of bounded size. Anything else becomes a {@link Rejection} whose
 * reason tells the data owner what to fix. Unknown extra fields are ignored.
 */
public final class RecordParser {
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
  private static final int SNIPPET_BYTES = 200;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final ObjectMapper JSON = strictJson();

  private final int maxTextChars;
  private final LocalDate latest;

  /** {@code latest}: dates after it are impossible (the future, as of the run). */
  public RecordParser(int maxTextChars, LocalDate latest) {
    this.maxTextChars = maxTextChars;
    this.latest = latest;
  }

  public ParsedLine parse(String file, long lineNo, byte[] bytes, int length) {
    String line;
    try {
      line = decoder().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return ParsedLine.rejected(file, lineNo, "invalid UTF-8 bytes: the line is not UTF-8 text", snippet(bytes, length));
    }
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return ParsedLine.rejected(file, lineNo, "broken JSON: " + firstLine(e.getOriginalMessage()), snippet(bytes, length));
    }
    if (node == null || !node.isObject()) {
      return ParsedLine.rejected(file, lineNo, "not a JSON object: each line must be one {...} record", snippet(bytes, length));
    }
    try {
      return ParsedLine.ok(toArticle(file, lineNo, node));
    } catch (BadField e) {
      return ParsedLine.rejected(file, lineNo, e.getMessage(), snippet(bytes, length));
    }
  }

  private RawArticle toArticle(String file, long lineNo, JsonNode node) throws BadField {
    String id = idOf(node.get("id"));
    String text = optionalString(node, "text");
    if (text == null || text.isBlank()) {
      throw new BadField("missing or empty 'text': nothing to read");
    }
    if (text.length() > maxTextChars) {
      throw new BadField("text too large: " + text.length() + " chars, the limit is " + maxTextChars
          + " (raise it with --max-text-chars)");
    }
    JsonNode published = node.get("published");
    LocalDate date = null;
    DateStatus status;
    if (published == null || published.isNull() || published.asText().isBlank()) {
      status = DateStatus.MISSING;
    } else if (!published.isTextual()) {
      status = DateStatus.UNPARSEABLE;
    } else {
      date = parseDate(published.asText().strip());
      if (date == null) {
        status = DateStatus.UNPARSEABLE;
      } else if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
        status = DateStatus.OUT_OF_RANGE;
        date = null;
      } else {
        status = DateStatus.OK;
      }
    }
    return new RawArticle(file, lineNo, id, optionalString(node, "source"), optionalString(node, "url"), date, status,
        optionalString(node, "title"), text, optionalString(node, "category"));
  }

  private static String idOf(JsonNode id) throws BadField {
    if (id == null || id.isNull()) {
      throw new BadField("missing 'id': every record needs an id");
    }
    if (id.isTextual() && !id.asText().isBlank()) {
      return id.asText().strip();
    }
    if (id.isIntegralNumber()) {
      return id.asText();
    }
    throw new BadField("'id' must be a non-empty string or an integer, found " + id.getNodeType().name().toLowerCase());
  }

  private static String optionalString(JsonNode node, String field) throws BadField {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadField("'" + field + "' must be a string, found " + value.getNodeType().name().toLowerCase());
    }
    return value.asText();
  }

  /** A date, or the date part of a timestamp in its own offset, or null. */
  public static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException ignored) {
      // try the timestamp forms below
    }
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Jackson's defaults would lose data silently: a second record on the same line is ignored, a
   * repeated key keeps only its last value, and strings over 20M chars fail as "broken JSON" instead
   * of meeting our own, configurable text limit. So: trailing tokens and repeated keys are errors,
   * and the string length cap is lifted (the text limit below applies).
   */
  private static ObjectMapper strictJson() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static String snippet(byte[] bytes, int length) {
    int n = Math.min(length, SNIPPET_BYTES);
    return StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, n)).toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static final class BadField extends Exception {
    BadField(String message) {
      super(message);
    }
  }
}
