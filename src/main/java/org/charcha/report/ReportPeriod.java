package org.charcha.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The reported days, inclusive, and the equally long period just before them that changes are measured against. */
public record ReportPeriod(LocalDate from, LocalDate to) {
  public static final int DEFAULT_DAYS = 7;

  public ReportPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** --from and --to as given; a missing end is filled from the other, or from the latest dated article. */
  public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate latest) {
    LocalDate end = to != null ? to : from != null ? from.plusDays(DEFAULT_DAYS - 1) : latest;
    LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
    return new ReportPeriod(start, end);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public ReportPeriod previous() {
    return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
  }
}
