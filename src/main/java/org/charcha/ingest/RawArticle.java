package org.charcha.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One input line that parsed into a usable record. {@code date} is null when the record has no usable
 * date, and {@code dateStatus} says why ({@link DateStatus}).
 */
public record RawArticle(String file, long line, String id, String source, String url, LocalDate date,
    DateStatus dateStatus, String title, String text, String category) implements Serializable {}
