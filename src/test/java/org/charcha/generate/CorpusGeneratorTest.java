package org.charcha.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.charcha.ingest.ParsedLine;
import org.charcha.ingest.RecordParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final long SIZE = 300 * 1024;
  private static final long FILE_SIZE = 100 * 1024;
  private static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);
  private static SentencePool pool;

  @TempDir
  Path tmp;

  @BeforeAll
  static void readSample() throws IOException {
    Path sample = Path.of(System.getProperty("charcha.home", ".")).resolve("data/sample");
    try (Stream<Path> files = Files.list(sample)) {
      pool = SentencePool.read(files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList());
    }
  }

  private GeneratedCorpus generate(String dir, long seed) {
    return new CorpusGenerator(pool, new GeneratorOptions(SIZE, tmp.resolve(dir), seed, FILE_SIZE, FROM, TO)).generate((f, b) -> { });
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    GeneratedCorpus first = generate("a", 7);
    GeneratedCorpus again = generate("b", 7);
    GeneratedCorpus other = generate("c", 8);

    assertThat(first.files()).hasSameSizeAs(again.files());
    for (int i = 0; i < first.files().size(); i++) {
      assertThat(Files.readAllBytes(again.files().get(i))).isEqualTo(Files.readAllBytes(first.files().get(i)));
    }
    assertThat(Files.readAllBytes(other.files().get(0))).isNotEqualTo(Files.readAllBytes(first.files().get(0)));
  }

  @Test
  void reportsEachFileAsItIsCompleteWithTheBytesSoFar() throws IOException {
    List<long[]> reports = new ArrayList<>();
    GeneratedCorpus corpus = new CorpusGenerator(pool, new GeneratorOptions(SIZE, tmp.resolve("reported"), 5, FILE_SIZE,
        FROM, TO)).generate((files, bytes) -> reports.add(new long[] {files, bytes}));

    long bytesSoFar = 0;
    for (int i = 0; i < corpus.files().size(); i++) {
      bytesSoFar += gunzip(corpus.files().get(i)).length;
      assertThat(reports.get(i)).containsExactly(i + 1, bytesSoFar);
    }
    assertThat(reports).hasSameSizeAs(corpus.files());
  }

  @Test
  void writesAtLeastTheSizeInFilesOfBoundedSize() throws IOException {
    GeneratedCorpus corpus = generate("sized", 1);

    long total = 0;
    long longestLine = 0;
    for (Path file : corpus.files()) {
      byte[] jsonl = gunzip(file);
      assertThat((long) jsonl.length).isLessThanOrEqualTo(FILE_SIZE);
      total += jsonl.length;
      for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
        longestLine = Math.max(longestLine, line.getBytes(StandardCharsets.UTF_8).length + 1);
      }
    }
    assertThat(total).isEqualTo(corpus.bytes());
    assertThat(total).isBetween(SIZE, SIZE + longestLine - 1);
    assertThat(corpus.files()).hasSizeBetween(3, 5);
  }

  @Test
  void everyArticleIsValidInputWithANewIdAndADateInRange() throws IOException {
    GeneratedCorpus corpus = generate("valid", 3);
    RecordParser parser = new RecordParser(RecordParser.DEFAULT_MAX_TEXT_CHARS, TO);

    Set<String> ids = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    List<String> sources = new ArrayList<>();
    long lines = 0;
    for (Path file : corpus.files()) {
      for (String line : new String(gunzip(file), StandardCharsets.UTF_8).split("\n")) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        ParsedLine parsed = parser.parse(file.toString(), ++lines, bytes, bytes.length);
        assertThat(parsed.rejection()).isNull();
        ids.add(parsed.article().id());
        years.add(parsed.article().date().getYear());
        sources.add(parsed.article().source());
      }
    }
    assertThat(lines).isEqualTo(corpus.articles());
    assertThat(ids).hasSize((int) lines).allMatch(id -> id.startsWith("gen-3-"));
    assertThat(years).hasSizeGreaterThan(5).allMatch(y -> y >= 2016 && y <= 2025);
    assertThat(sources).allMatch(s -> s.startsWith("Charcha Synthetic Daily "));
  }

  @Test
  void sizesReadWithBinaryUnits() {
    assertThat(ByteSize.parse("2GB")).isEqualTo(2L << 30);
    assertThat(ByteSize.parse("500mb")).isEqualTo(500L << 20);
    assertThat(ByteSize.parse("0.5 KB")).isEqualTo(512);
    assertThat(ByteSize.parse("123")).isEqualTo(123);
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
