package org.charcha.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a large corpus for benchmarks by recombining real titles and sentences into new articles
 * with new ids, sources and dates. One seeded random stream drives every choice, and Java's gzip
 * header carries no timestamp, so the same seed and pool give the same bytes.
 */
public final class CorpusGenerator {
  static final int SOURCES = 24;
  private static final int MIN_SENTENCES = 5;
  private static final int MAX_SENTENCES = 40;
  private static final int SENTENCES_PER_PARAGRAPH = 4;
  private static final JsonFactory JSON = new JsonFactory();

  private final SentencePool pool;
  private final GeneratorOptions options;

  public CorpusGenerator(SentencePool pool, GeneratorOptions options) {
    this.pool = pool;
    this.options = options;
  }

  /** Told after each file is complete: how many files and JSONL bytes have been written so far. */
  @FunctionalInterface
  public interface FileWritten {
    void written(int files, long bytes);
  }

  public GeneratedCorpus generate(FileWritten progress) {
    try {
      Files.createDirectories(options.output());
      return write(progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus to " + options.output(), e);
    }
  }

  private GeneratedCorpus write(FileWritten progress) throws IOException {
    SplittableRandom random = new SplittableRandom(options.seed());
    long days = options.to().toEpochDay() - options.from().toEpochDay() + 1;
    List<Path> files = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);
    OutputStream out = null;
    long fileBytes = 0;
    long total = 0;
    long articles = 0;
    try {
      while (total < options.size()) {
        line.reset();
        writeArticle(line, articles, random, days);
        if (out == null || fileBytes + line.size() > options.fileSize()) {
          if (out != null) {
            out.close();
            progress.written(files.size(), total);
          }
          Path file = options.output().resolve(String.format("part-%05d.jsonl.gz", files.size()));
          files.add(file);
          out = fastGzip(Files.newOutputStream(file));
          fileBytes = 0;
        }
        line.writeTo(out);
        fileBytes += line.size();
        total += line.size();
        articles++;
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    progress.written(files.size(), total);
    return new GeneratedCorpus(files, articles, total);
  }

  private void writeArticle(ByteArrayOutputStream line, long n, SplittableRandom random, long days) throws IOException {
    String id = "gen-" + options.seed() + "-" + n;
    String source = String.format("Charcha Synthetic Daily %02d", 1 + random.nextInt(SOURCES));
    String published = options.from().plusDays(random.nextLong(days)).toString();
    List<String> titles = pool.titles();
    String title = titles.get(random.nextInt(titles.size()));
    try (JsonGenerator json = JSON.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("source", source);
      json.writeStringField("url", "https://synthetic.charcha.invalid/" + id);
      json.writeStringField("published", published);
      json.writeStringField("title", title);
      json.writeStringField("text", body(random));
      json.writeStringField("category", "generated");
      json.writeEndObject();
    }
    line.write('\n');
  }

  private String body(SplittableRandom random) {
    List<String> sentences = pool.sentences();
    int count = random.nextInt(MIN_SENTENCES, MAX_SENTENCES + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(i % SENTENCES_PER_PARAGRAPH == 0 ? "\n" : " ");
      }
      text.append(sentences.get(random.nextInt(sentences.size())));
    }
    return text.toString();
  }

  /** Level 1: the benchmark corpus is written once and read many times; speed beats a smaller file. */
  private static OutputStream fastGzip(OutputStream file) throws IOException {
    return new GZIPOutputStream(file, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }
}
