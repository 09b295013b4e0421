package org.charcha.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.charcha.ingest.LineReader;
import org.charcha.ingest.ParsedLine;
import org.charcha.ingest.RawArticle;
import org.charcha.ingest.RecordParser;
import org.charcha.ingest.Rejection;

/** Reads one input file per call into {@link Schemas#INGESTED} rows, lazily, line by line. */
final class IngestFunction implements FlatMapFunction<String, Row> {
  private static final long serialVersionUID = 1L;
  private final int maxTextChars;
  private final LocalDate latestDate;
  private final Map<String, String> hadoopConf;

  IngestFunction(int maxTextChars, LocalDate latestDate, Map<String, String> hadoopConf) {
    this.maxTextChars = maxTextChars;
    this.latestDate = latestDate;
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Row> call(String file) {
    Configuration conf = new Configuration();
    hadoopConf.forEach(conf::set);
    LineReader reader;
    try {
      reader = new LineReader(file, conf, new RecordParser(maxTextChars, latestDate));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open input " + file + ": " + e.getMessage(), e);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public Row next() {
        return toRow(reader.next());
      }
    };
  }

  private static Row toRow(ParsedLine parsed) {
    if (!parsed.isOk()) {
      Rejection r = parsed.rejection();
      return RowFactory.create(r.file(), r.line(), null, null, null, null, null, null, null, null, r.reason(), r.snippet());
    }
    RawArticle a = parsed.article();
    return RowFactory.create(a.file(), a.line(), a.id(), a.source(), a.url(), a.date() == null ? null : Date.valueOf(a.date()),
        a.dateStatus().label(), a.title(), a.text(), a.category(), null, null);
  }
}
