package org.charcha.kb;

import java.io.Serializable;
import java.time.LocalDate;

/** A person's time in an office; {@code to} is null while they hold it. */
public record OfficeTerm(String office, String jurisdiction, String leader, LocalDate from, LocalDate to)
    implements Serializable {

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}
