package org.charcha.sql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The date argument as the extractor wants it. Spark hands a Java UDF a {@code java.sql.Date}, or a
 * {@code LocalDate} when {@code spark.sql.datetime.java8API.enabled} is on; SQL users also write
 * ISO strings ('2025-07-20'). Null means undated: no office role is resolved (spec section 2).
 */
final class SqlDates {
  private SqlDates() {}

  static LocalDate toLocalDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("date must be a DATE or an ISO yyyy-MM-dd string, got '" + text + "'", e);
      }
    }
    throw new IllegalArgumentException(
        "date must be a DATE or an ISO yyyy-MM-dd string, got a " + value.getClass().getSimpleName() + ": " + value);
  }
}
