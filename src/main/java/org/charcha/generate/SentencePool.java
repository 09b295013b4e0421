package org.charcha.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The titles and sentences of real articles that generated articles are recombined from. Sentences
 * come from ICU's sentence breaker, which knows the danda (।) that ends Hindi sentences.
 */
public final class SentencePool {
  /** Shorter pieces are mostly bylines, datelines and stray punctuation. */
  private static final int MIN_SENTENCE_CHARS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> titles;
  private final List<String> sentences;

  private SentencePool(List<String> titles, List<String> sentences) {
    this.titles = List.copyOf(titles);
    this.sentences = List.copyOf(sentences);
  }

  /** Reads JSONL or JSONL.gz files of the corpus format, in the order given; unreadable lines are skipped. */
  public static SentencePool read(List<Path> files) {
    List<String> titles = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    BreakIterator breaker = BreakIterator.getSentenceInstance(new ULocale("hi"));
    for (Path file : files) {
      try (BufferedReader reader = open(file)) {
        String line;
        while ((line = reader.readLine()) != null) {
          add(line, titles, sentences, breaker);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences of " + MIN_SENTENCE_CHARS + "+ characters in " + files);
    }
    return new SentencePool(titles.isEmpty() ? sentences : titles, sentences);
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void add(String line, List<String> titles, List<String> sentences, BreakIterator breaker) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return;
    }
    if (node == null || !node.isObject()) {
      return;
    }
    String title = node.path("title").asText("").strip();
    if (!title.isEmpty()) {
      titles.add(title);
    }
    String text = node.path("text").asText("");
    breaker.setText(text);
    int start = breaker.first();
    for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
      String sentence = text.substring(start, end).strip();
      if (sentence.length() >= MIN_SENTENCE_CHARS) {
        sentences.add(sentence);
      }
    }
  }

  public List<String> titles() {
    return titles;
  }

  public List<String> sentences() {
    return sentences;
  }
}
