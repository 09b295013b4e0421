package org.charcha.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charcha.CorpusBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a JSONL line before extraction, one thread, on the lines of the same corpora as
 * ExtractionBenchmark (as UTF-8 bytes, the parser's input): one operation is a pass over every line. MB/s = corpus MB (printed at
 * setup) / seconds per operation.
 */
public class RecordParserBenchmark extends CorpusBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RecordParser parser = new RecordParser(RecordParser.DEFAULT_MAX_TEXT_CHARS, LocalDate.of(2100, 1, 1));
  private List<byte[]> lines;

  @Setup
  public void setUp() throws IOException {
    Path home = Path.of(System.getProperty("charcha.home", "."));
    lines = new ArrayList<>();
    long bytes = 0;
    for (Path file : corpusFiles(home)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          byte[] encoded = line.getBytes(StandardCharsets.UTF_8);
          lines.add(encoded);
          bytes += encoded.length;
        }
      }
    }
    System.out.printf("%ncorpus: %d lines, %.2f MB%n", lines.size(), bytes / 1048576.0);
  }

  /** The whole {@link RecordParser}: strict UTF-8, the JSON tree, the fields checked. */
  @Benchmark
  public void parse(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(parser.parse("bench.jsonl", 1, line, line.length));
    }
  }

  /** The UTF-8 step alone, as the parser does it: a reporting decoder, so bad bytes are found. */
  @Benchmark
  public void decodeUtf8(Blackhole sink) throws CharacterCodingException {
    for (byte[] line : lines) {
      sink.consume(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString());
    }
  }

  /**
   * Jackson's tree straight from the bytes, decoding as it parses: the reference for what skipping
   * the separate decoding would save. The parser does not do it, since Jackson's decoding accepts
   * overlong forms and encoded surrogates that must be rejected as bad UTF-8.
   */
  @Benchmark
  public void jsonTreeFromBytes(Blackhole sink) throws IOException {
    for (byte[] line : lines) {
      sink.consume(JSON.readTree(line, 0, line.length));
    }
  }
}
