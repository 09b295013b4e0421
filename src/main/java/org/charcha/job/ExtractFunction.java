package org.charcha.job;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.charcha.extract.ArticleExtraction;
import org.charcha.extract.ArticleExtractor;
import org.charcha.extract.Mention;
import org.charcha.extract.MentionType;
import org.charcha.extract.SeatClaim;
import org.charcha.extract.SharedExtractor;
import org.charcha.kb.KnowledgeBase;
import org.charcha.kb.Leader;

/**
 * Runs the plain-Java extractor over a partition of ingested articles, with the knowledge base
 * broadcast once and the extractor built once per executor ({@link SharedExtractor}).
 */
final class ExtractFunction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final int CONTEXT_CHARS = 60;
  private final Broadcast<KnowledgeBase> kb;

  ExtractFunction(Broadcast<KnowledgeBase> kb) {
    this.kb = kb;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    KnowledgeBase base = kb.value();
    ArticleExtractor extractor = SharedExtractor.forKnowledgeBase(base);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return extract(base, extractor, articles.next());
      }
    };
  }

  private static Row extract(KnowledgeBase kb, ArticleExtractor extractor, Row in) {
    Date date = in.getAs("date");
    String title = in.getAs("title");
    String body = in.getAs("text");
    String source = in.getAs("source");
    ArticleExtraction result = extractor.extract(title, body, date == null ? null : date.toLocalDate(), source);
    List<Row> mentions = new ArrayList<>(result.mentions().size());
    for (Mention m : result.mentions()) {
      String entityId = m.type() == MentionType.PARTY ? m.key() : kb.leader(m.key()).map(Leader::id).orElse(m.key());
      mentions.add(RowFactory.create(m.type().label(), m.key(), entityId, m.start(), m.end(), m.surface(),
          context(result.text(), m.start(), m.end())));
    }
    List<Row> seats = new ArrayList<>(result.seats().size());
    for (SeatClaim s : result.seats()) {
      seats.add(RowFactory.create(s.party(), s.seats(), s.seatsMax(), s.kind(), s.election(), s.quote(), s.start(), s.end()));
    }
    return RowFactory.create(in.getAs("file"), in.getAs("line"), in.getAs("id"), source, in.getAs("url"), date,
        in.getAs("date_status"), title, in.getAs("category"), result.text().length(), result.state(), asSeq(mentions), asSeq(seats));
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
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }
}
