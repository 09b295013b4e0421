package org.charcha.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charcha.MiniKb;
import org.charcha.cli.Charcha;
import org.charcha.job.LocalSpark;
import org.charcha.job.PipelineJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report of a small run in headless Chromium (Debian's package; jobs/setup-browser installs
 * it) and checks, in the DOM after the chart script ran, that every chart drew data marks. The raw
 * HTML has no marks at all, so a count above zero means the browser rendered the chart.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final List<String> CHARTS = List.of("chart-top-leaders", "chart-top-parties", "chart-movers",
      "chart-daily-leaders", "chart-share-of-voice", "chart-quality", "chart-seat-claims");
  @TempDir
  static Path tmp;
  static Path html;
  static String dom;
  static Path screenshot;

  @BeforeAll
  static void runReportAndOpenIt() throws IOException, InterruptedException {
    assertThat(Files.isExecutable(CHROMIUM)).as("no %s: run jobs/setup-browser (apt-get install chromium) before the tests",
        CHROMIUM).isTrue();
    Path in = tmp.resolve("in.jsonl");
    List<String> lines = new ArrayList<>();
    String[][] days = {
        {"2025-07-21", "Amar Ujala", "नरेंद्र मोदी ने कांग्रेस पर निशाना साधा।"},
        {"2025-07-24", "Dainik Bhaskar", "राहुल गांधी ने भाजपा पर हमला किया।"},
        {"2025-07-28", "Amar Ujala", "नरेंद्र मोदी ने भाजपा सांसदों से बात की। मोदी ने कहा।"},
        {"2025-07-29", "Naidunia (Jagran) - Indore RSS", "मोहन यादव ने कहा कि भाजपा 29 सीटें जीतेगी।"},
        {"2025-07-30", "Dainik Bhaskar", "राहुल गांधी ने कहा कि कांग्रेस ने 66 सीटें जीतीं।"},
        {"2025-08-01", "Amar Ujala", "प्रधानमंत्री नरेंद्र मोदी और मुख्यमंत्री मोहन यादव की भेंट। भाजपा खुश।"},
        {"2025-08-02", "Dainik Bhaskar", "आम आदमी पार्टी और कांग्रेस ने प्रदर्शन किया।"}};
    for (int i = 0; i < days.length; i++) {
      lines.add("{\"id\":\"r" + i + "\",\"source\":\"" + days[i][1] + "\",\"published\":\"" + days[i][0]
          + "\",\"text\":\"" + days[i][2] + "\"}");
    }
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add("{\"id\":\"u1\",\"source\":\"BBC Hindi\",\"published\":null,\"text\":\"राहुल गांधी ने कहा।\"}");
    Files.writeString(in, String.join("\n", lines) + "\n");
    Path output = tmp.resolve("out");
    new PipelineJob(LocalSpark.get(), MiniKb.options(in.toString(), output.toString()), step -> { }).execute();
    html = tmp.resolve("report.html");
    int exit = Charcha.commandLine().execute("report", "--output", output.toString(), "--master", "local[2]",
        "--html", html.toString());
    assertThat(exit).isZero();
    screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(screenshot.getParent());
    Files.deleteIfExists(screenshot);
    chromium("--screenshot=" + screenshot, "--window-size=1400,2000", html.toUri().toString());
    dom = chromium("--dump-dom", html.toUri().toString());
  }

  static String chromium(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + tmp.resolve("chromium-profile")));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectError(tmp.resolve("chromium.log").toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(process.exitValue()).as("chromium exit code, see " + tmp.resolve("chromium.log")).isZero();
    return out;
  }

  /** The rendered markup of one chart: from its figure element to the next closing figure tag. */
  static String figure(String id) {
    int start = dom.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id + " present").isPositive();
    return dom.substring(dom.lastIndexOf("<figure", start), dom.indexOf("</figure>", start));
  }

  @Test
  void everyChartRenderedDataMarks() {
    assertThat(dom).contains("data-charts-done=\"true\"");
    for (String id : CHARTS) {
      String chart = figure(id);
      Matcher marks = Pattern.compile("class=\"mark[ \"]").matcher(chart);
      int count = 0;
      while (marks.find()) {
        count++;
      }
      assertThat(chart).as(id).contains("data-rendered=\"true\"").doesNotContain("data-empty");
      assertThat(count).as(id + " marks").isPositive();
      assertThat(chart).as(id + " data-marks").contains("data-marks=\"" + count + "\"");
      assertThat(chart).as(id + " title").containsPattern("<figcaption>[^<]+");
    }
  }

  @Test
  void chartsHaveAxisLabelsAndLegends() {
    for (String id : List.of("chart-top-leaders", "chart-top-parties", "chart-movers", "chart-daily-leaders",
        "chart-share-of-voice", "chart-quality")) {
      assertThat(figure(id)).as(id).contains("class=\"axis-label x\"", "class=\"axis-label y\"", "class=\"legend\"");
    }
  }

  @Test
  void theFiguresAreRightAndWrittenBesideTheHtml() throws IOException {
    String json = Files.readString(tmp.resolve("report.json"));
    assertThat(json).contains("\"from\" : \"2025-07-27\"", "\"to\" : \"2025-08-02\"", "\"quote\"");
    assertThat(figure("chart-seat-claims")).contains("29 सीटें", "66 सीटें");
    assertThat(figure("chart-top-leaders")).contains("data-value=\"2\"");
  }

  @Test
  void theScreenshotWasTaken() throws IOException {
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }
}
