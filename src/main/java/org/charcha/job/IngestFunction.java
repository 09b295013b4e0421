package org.charcha.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.charcha.extract.ArticleExtraction;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.Mention;
import org.charcha.extract.MentionType;
import org.charcha.extract.RecordSummary;
import org.charcha.extract.SeatClaim;
import org.charcha.extract.SharedExtractor;
import org.charcha.ingest.FilePart;
import org.charcha.ingest.LineReader;
import org.charcha.ingest.ParsedLine;
import org.charcha.ingest.RawArticle;
import org.charcha.ingest.RecordParser;
import org.charcha.ingest.Rejection;
import org.charcha.kb.KnowledgeBase;
import org.charcha.sql.SummaryRows;

/**
 * Reads one input file, or part of one ({@link ReadTasks}), per call and extracts each good record
 * as it goes, into {@link Schemas#READ} rows: the text is parsed and matched once and never cached
 * or shuffled. The knowledge base is broadcast once and the extractor built once per executor
 * ({@link SharedExtractor}). Records outside the run's dates are read and counted but not
 * extracted.
 */
final class IngestFunction implements FlatMapFunction<FilePart, Row> {
  private static final long serialVersionUID = 1L;
  private static final int CONTEXT_CHARS = 60;
  private final PipelineOptions options;
  private final Broadcast<SerializableConfiguration> hadoopConf;
  private final Broadcast<KnowledgeBase> kb;
  private final HugeMethodCheck hugeMethods;

  IngestFunction(PipelineOptions options, Broadcast<SerializableConfiguration> hadoopConf, Broadcast<KnowledgeBase> kb,
      HugeMethodCheck hugeMethods) {
    this.options = options;
    this.hadoopConf = hadoopConf;
    this.kb = kb;
    this.hugeMethods = hugeMethods;
  }

  @Override
  public Iterator<Row> call(FilePart part) {
    hugeMethods.noteThisJvm();
    LineReader reader;
    try {
      reader = new LineReader(part, hadoopConf.value().value(), new RecordParser(options.maxTextChars(), options.latestDate()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open input " + part.path() + ": " + e.getMessage(), e);
    }
    KnowledgeBase base = kb.value();
    ArticleExtractor extractor = SharedExtractor.forKnowledgeBase(base);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public Row next() {
        return toRow(reader.next(), base, extractor);
      }
    };
  }

  private Row toRow(ParsedLine parsed, KnowledgeBase base, ArticleExtractor extractor) {
    if (!parsed.isOk()) {
      Rejection r = parsed.rejection();
      return RowFactory.create(r.file(), r.line(), null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, r.reason(), r.snippet());
    }
    RawArticle a = parsed.article();
    Date date = a.date() == null ? null : Date.valueOf(a.date());
    if (!options.includes(a.date())) {
      return RowFactory.create(a.file(), a.line(), a.id(), a.source(), a.url(), date, a.dateStatus().label(), a.title(),
          a.category(), null, null, asSeq(List.of()), asSeq(List.of()), asSeq(List.of()), asSeq(List.of()), 0, 0, 0,
          null, null);
    }
    ArticleExtraction result = extractor.extract(a.title(), a.text(), a.date(), a.source());
    RecordSummary summary = RecordSummary.of(a.id(), result);
    return RowFactory.create(a.file(), a.line(), a.id(), a.source(), a.url(), date, a.dateStatus().label(), a.title(),
        a.category(), result.text().length(), result.state(), asSeq(mentions(base, result)), asSeq(seats(result)),
        asSeq(SummaryRows.leaders(summary, base)), asSeq(SummaryRows.parties(summary)),
        summary.leaders().values().stream().mapToInt(RecordSummary.LeaderCounts::name).sum(),
        summary.leaders().values().stream().mapToInt(RecordSummary.LeaderCounts::role).sum(),
        summary.parties().values().stream().mapToInt(Integer::intValue).sum(), null, null);
  }

  private static List<Row> mentions(KnowledgeBase kb, ArticleExtraction result) {
    List<Row> rows = new ArrayList<>(result.mentions().size());
    for (Mention m : result.mentions()) {
      String entityId = m.type() == MentionType.PARTY ? m.key() : kb.leaderId(m.key());
      rows.add(RowFactory.create(m.type().label(), m.key(), entityId, m.start(), m.end(), m.surface(),
          context(result.text(), m.start(), m.end())));
    }
    return rows;
  }

  private static List<Row> seats(ArticleExtraction result) {
    List<Row> rows = new ArrayList<>(result.seats().size());
    for (SeatClaim s : result.seats()) {
      rows.add(RowFactory.create(s.party(), s.seats(), s.seatsMax(), s.kind(), s.election(), s.quote(), s.start(), s.end()));
    }
    return rows;
  }

  /** Spark rows hold arrays as Scala sequences. */
  private static scala.collection.immutable.Seq<Row> asSeq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  /** Keyword in context: the mention with some text either side, on one line. */
  static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT_CHARS);
    int to = Math.min(text.length(), end + CONTEXT_CHARS);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    StringBuilder line = new StringBuilder(to - from);
    boolean inSpaces = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean space = isRegexSpace(c);
      if (!space || !inSpaces) {
        line.append(space ? ' ' : c);
      }
      inSpaces = space;
    }
    return line.toString().strip();
  }

  /**
   * The whitespace of regex {@code \s}, which the contexts have always collapsed; collapsed by the
   * loop above, since a regex replacement per mention took 1.6 s of the 2 GB run's read tasks, a
   * tenth of what extracting the articles took (docs/PERFORMANCE.md).
   */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
