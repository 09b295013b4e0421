package org.charcha.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charcha.aggregate.CoverageTables;
import org.charcha.MiniKb;
import org.charcha.job.LocalSpark;
import org.charcha.job.PipelineJob;
import org.charcha.job.PublishedTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark standalone master and two workers, each its own JVM on 127.0.0.1, run the application
 * jar through SparkSubmit exactly as docs/CLUSTER.md tells a user to; the tables must equal those
 * of an embedded local run row for row. Executors are started by the workers from SPARK_HOME/jars,
 * so the application's own libraries reach them only through the jar and --jars, as on a cluster.
 */
class StandaloneClusterTest {
  /** What the cluster profile puts in the application jar: libraries a Spark distribution lacks. */
  private static final List<String> APP_LIBRARIES = List.of(
      "icu4j-", "lucene-analysis-common-", "lucene-analysis-icu-", "lucene-core-", "aho-corasick-double-array-trie-", "picocli-");
  /**
   * Seven JVMs share two cores here: quick-starting JIT and GC settings suit such short lives. They
   * come after jobs/spark-jvm.options, whose parallel collector they switch off for the serial one.
   */
  private static final List<String> SHORT_LIVED_JVM =
      List.of("-XX:TieredStopAtLevel=1", "-XX:-UseParallelGC", "-XX:+UseSerialGC");
  private static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions=" + String.join(" ", SHORT_LIVED_JVM);
  /** What docs/CLUSTER.md tells a user to add to the executors' JVM options. */
  private static final String COMPILE_HUGE_METHODS = "-XX:-DontCompileHugeMethods";
  /** Hang guards only: a healthy cluster is ready and done far sooner. */
  private static final int READY_SECONDS = 90;
  private static final int SUBMIT_MINUTES = 4;

  @TempDir
  static Path tmp;
  static final List<Process> processes = new ArrayList<>();
  static Path home;
  static Path logs;
  static String masterUrl;
  static Path appJar;
  static Path input;
  static Path localOut;
  static List<String> names;
  static Map<String, List<String>> local;

  @BeforeAll
  static void startCluster() throws Exception {
    home = sparkHome(tmp.resolve("spark-home"));
    logs = Files.createDirectories(tmp.resolve("logs"));
    // Port 0 everywhere: the master reports the ports it bound, so nothing can take them in between.
    start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0",
        "--webui-port", "0",
        "--properties-file", properties(tmp.resolve("master.conf"), "spark.master.rest.enabled false"));
    masterUrl = awaitLogLine("master", Pattern.compile("Starting Spark master at (spark://\\S+)"));
    int masterUi = Integer.parseInt(awaitLogLine("master", Pattern.compile("'MasterUI' on port (\\d+)")));
    for (int i = 1; i <= 2; i++) {
      start("worker" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--port", "0",
          "--webui-port", "0", "--cores", "1", "--memory", "1g",
          "--work-dir", Files.createDirectories(tmp.resolve("work" + i)).toString(), masterUrl);
    }
    awaitAliveWorkers(masterUi, 2);
    appJar = applicationJar(tmp.resolve("charcha-app.jar"));
  }

  @AfterAll
  static void stopCluster() throws InterruptedException, IOException {
    for (Process process : processes) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
    for (Process process : processes) {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
    if (home != null) {
      unlinkJars();
    }
  }

  @BeforeAll
  static void runLocally() throws IOException {
    input = tmp.resolve("in/day1.jsonl");
    Files.createDirectories(input.getParent());
    Files.writeString(input, ClusterInput.RECORDS);
    localOut = tmp.resolve("local-out");
    new PipelineJob(LocalSpark.get(), MiniKb.options(input.toString(), localOut.toString()), step -> { }).execute();
    names = tableNames(localOut);
    local = ClusterInput.tables(LocalSpark.get(), localOut.toString(), names);
  }

  @Test
  void submittedRunEqualsLocalRunRowForRow() throws Exception {
    Path clusterOut = tmp.resolve("cluster-out");
    submit("run", List.of(), "run", "--input", input.toString(), "--output", clusterOut.toString());
    assertThat(names).contains("articles", "mentions", "leader_mentions", "party_mentions", "seat_claims");
    assertThat(local.get("articles")).hasSize(4);
    assertThat(local.get("leader_mentions")).isNotEmpty();
    assertThat(tableNames(clusterOut)).isEqualTo(names);
    assertThat(ClusterInput.tables(LocalSpark.get(), clusterOut.toString(), names)).isEqualTo(local);
    assertThat(warnings("run")).as("the executors' JVM options lack the flag").singleElement().asString()
        .containsPattern("executor\\(s\\) [01](, 1)? leave methods over 8,000 bytes of bytecode interpreted")
        .contains("Add " + COMPILE_HUGE_METHODS);
    assertThat(manifestWarnings(clusterOut)).as("the manifest keeps what the run printed")
        .singleElement().satisfies(warning -> assertThat(warnings("run").get(0)).endsWith(warning));
  }

  /**
   * The paths a large corpus takes, on the cluster: the input file, larger than a part at 200
   * bytes, read in parts by both executors with its lines counted first; the repeated id joined the
   * distributed way (not broadcast, as Spark would for so few) and the marked lines cached again
   * over both executors; and the month, larger than a task at a 1 KiB advisory size, split over
   * several tasks and files. The rows, line numbers included, are still the local run's. Its
   * executors compile methods of any size, as docs/CLUSTER.md asks, so the driver does not warn.
   */
  @Test
  void partsOfAFileDistributedDuplicatesAndASplitMonthGiveTheSameRows() throws Exception {
    Path clusterOut = tmp.resolve("cluster-split-out");
    assertThat(Files.size(input)).as("input bytes").isGreaterThan(3 * 200);
    submit("split-run", List.of(PipelineJob.MAX_DUPLICATES_IN_DRIVER + "=0", "spark.sql.autoBroadcastJoinThreshold=-1",
        "spark.sql.adaptive.advisoryPartitionSizeInBytes=1k", "spark.sql.files.maxPartitionBytes=200b",
        EXECUTOR_JAVA_OPTIONS + " " + COMPILE_HUGE_METHODS),
        "run", "--input", input.toString(), "--output", clusterOut.toString());
    assertThat(warnings("split-run")).as("the executors compile huge methods").isEmpty();
    assertThat(manifestWarnings(clusterOut)).isEmpty();
    assertThat(PublishedTables.files(clusterOut, "articles", "2025-07")).as("files of July").isGreaterThan(1);
    assertThat(ClusterInput.tables(LocalSpark.get(), clusterOut.toString(), names)).isEqualTo(local);
  }

  /**
   * The scheduled nightly job as the schedules submit it: a first night with one file, a second
   * with a later delivery beside it. Its tables equal one local full run over both files.
   */
  @Test
  void twoSubmittedNightsEqualOneLocalFullRun() throws Exception {
    Path nightlyIn = Files.createDirectories(tmp.resolve("nightly-in"));
    Files.writeString(nightlyIn.resolve("day1.jsonl"), ClusterInput.RECORDS);
    Path clusterOut = tmp.resolve("cluster-nightly-out");
    submit("night1", List.of(), "nightly", "--input", nightlyIn.toString(), "--output", clusterOut.toString(),
        "--date", "2025-07-22");
    Files.writeString(nightlyIn.resolve("day2.jsonl"), ClusterInput.LATER_RECORDS);
    submit("night2", List.of(), "nightly", "--input", nightlyIn.toString(), "--output", clusterOut.toString(),
        "--date", "2025-08-01");

    Path fullOut = tmp.resolve("local-full-out");
    new PipelineJob(LocalSpark.get(), MiniKb.options(nightlyIn.toString(), fullOut.toString()), step -> { }).execute();
    Map<String, List<String>> full = ClusterInput.tables(LocalSpark.get(), fullOut.toString(), CoverageTables.PUBLISHED);
    assertThat(full.get("articles")).hasSize(5);
    assertThat(ClusterInput.tables(LocalSpark.get(), clusterOut.toString(), CoverageTables.PUBLISHED)).isEqualTo(full);
    assertThat(manifestWarnings(clusterOut)).as("the second night's").singleElement().asString()
        .contains("Add " + COMPILE_HUGE_METHODS);
  }

  /**
   * Submits a Charcha command with the mini knowledge base to the cluster, with extra
   * {@code --conf} settings; each worker must run an executor for it.
   */
  private static void submit(String name, List<String> conf, String... command) throws Exception {
    List<Path> workDirs = List.of(tmp.resolve("work1"), tmp.resolve("work2"));
    List<Integer> executorsBefore = new ArrayList<>();
    for (Path workDir : workDirs) {
      executorsBefore.add(executorDirs(workDir).size());
    }
    List<String> args = new ArrayList<>(List.of("--master", masterUrl, "--class", "org.charcha.cli.Charcha",
        "--jars", String.join(",", classpathJars(APP_LIBRARIES)),
        "--executor-memory", "512m", "--total-executor-cores", "2",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
        "--conf", "spark.sql.shuffle.partitions=4",
        "--conf", EXECUTOR_JAVA_OPTIONS));
    conf.forEach(setting -> args.addAll(List.of("--conf", setting)));
    args.add(appJar.toString());
    args.addAll(List.of(command));
    args.addAll(List.of("--kb", MiniKb.dir().toString()));
    Process submit = start(name, "org.apache.spark.deploy.SparkSubmit", args.toArray(String[]::new));
    assertThat(submit.waitFor(SUBMIT_MINUTES, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
    assertThat(submit.exitValue()).as("spark-submit exit code; its log:\n%s", log(name)).isZero();
    for (int worker = 0; worker < workDirs.size(); worker++) {
      assertThat(executorDirs(workDirs.get(worker))).as("worker %d ran an executor", worker + 1)
          .hasSizeGreaterThan(executorsBefore.get(worker));
    }
  }

  /** A worker keeps each executor's folder as work-dir/APP_ID/EXECUTOR_ID. */
  private static List<Path> executorDirs(Path workDir) throws IOException {
    try (Stream<Path> entries = Files.walk(workDir, 2)) {
      return entries.filter(p -> workDir.relativize(p).getNameCount() == 2 && Files.isDirectory(p)).toList();
    }
  }

  /** The master's REST submission server would take fixed port 6066; nothing here uses it. */
  private static String properties(Path file, String line) throws IOException {
    return Files.writeString(file, line + "\n").toString();
  }

  private static List<String> tableNames(Path output) throws IOException {
    try (Stream<Path> entries = Files.list(output)) {
      return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("_")).sorted().toList();
    }
  }

  /**
   * A Spark installation as the worker's launcher expects it (org.apache.spark.launcher's
   * findJarsDir): a RELEASE marker and jars/ with Spark, Scala, Hadoop and their dependencies,
   * here links to the test classpath's copies.
   */
  private static Path sparkHome(Path dir) throws IOException {
    Path jars = Files.createDirectories(dir.resolve("jars"));
    Files.writeString(dir.resolve("RELEASE"), "Spark for StandaloneClusterTest\n");
    for (String jar : classpathJars(List.of())) {
      String name = Path.of(jar).getFileName().toString();
      if (!isAppLibrary(name)) {
        Files.createSymbolicLink(jars.resolve(name), Path.of(jar));
      }
    }
    return dir;
  }

  /** Removes the links so that the temporary folder's cleanup has nothing outside it to warn about. */
  private static void unlinkJars() throws IOException {
    try (Stream<Path> links = Files.list(home.resolve("jars"))) {
      for (Path link : links.toList()) {
        Files.delete(link);
      }
    }
  }

  private static boolean isAppLibrary(String name) {
    // icu4j is also Spark's own dependency (collations), so a Spark installation carries it.
    return !name.startsWith("icu4j-") && APP_LIBRARIES.stream().anyMatch(name::startsWith);
  }

  /**
   * The project's runtime jars (target/classpath.txt, which Maven writes before the tests; test-scope
   * libraries are not part of a Spark installation); with prefixes, only those whose file name
   * starts with one.
   */
  private static List<String> classpathJars(List<String> prefixes) throws IOException {
    String runtime = Files.readString(Path.of(System.getProperty("charcha.home", ".")).resolve("target/classpath.txt"));
    return Arrays.stream(runtime.strip().split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .filter(entry -> prefixes.isEmpty()
            || prefixes.stream().anyMatch(Path.of(entry).getFileName().toString()::startsWith))
        .toList();
  }

  /** target/classes as a jar, which is what the cluster profile's jar holds apart from libraries. */
  private static Path applicationJar(Path jar) throws IOException {
    Path classes = Path.of(System.getProperty("charcha.home", ".")).resolve("target/classes");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** A JVM like spark-class starts: Spark's jars only, the project's module flags, output to a log. */
  private static Process start(String name, String mainClass, String... args) throws IOException {
    Path project = Path.of(System.getProperty("charcha.home", "."));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
    command.add("@" + project.resolve("jobs/spark-jvm.options"));
    command.addAll(SHORT_LIVED_JVM);
    command.addAll(List.of("-cp", home.resolve("jars") + File.separator + "*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(logs.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_HOME", home.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // Scratch space of the daemons, the driver and the executors stays inside the test's folder.
    builder.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(tmp.resolve("local")).toString());
    builder.environment().remove("SPARK_CONF_DIR");
    builder.environment().remove("HADOOP_CONF_DIR");
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  /** Polls a process's log until a line matches; returns the pattern's first group. */
  private static String awaitLogLine(String name, Pattern line) throws InterruptedException {
    for (int i = 0; i < READY_SECONDS * 2; i++) {
      Matcher matcher = line.matcher(fullLog(name));
      if (matcher.find()) {
        return matcher.group(1);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no line /" + line + "/ in the " + name + " log:\n" + log(name));
  }

  /** Polls the master's JSON status page until enough workers have registered. */
  private static void awaitAliveWorkers(int masterUi, int workers) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build();
    Pattern expected = Pattern.compile("\"aliveworkers\"\\s*:\\s*" + workers + "\\b");
    String last = "";
    for (int i = 0; i < READY_SECONDS * 2; i++) {
      try {
        last = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        if (expected.matcher(last).find()) {
          return;
        }
      } catch (IOException notListeningYet) {
        last = notListeningYet.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("standalone cluster not ready; master said " + last + "\nmaster log:\n" + log("master")
        + "\nworker1 log:\n" + log("worker1"));
  }

  /** The end of a process's log, for failure messages. */
  private static String log(String name) {
    String text = fullLog(name);
    return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
  }

  private static List<String> manifestWarnings(Path output) throws IOException {
    List<String> warnings = new ArrayList<>();
    PublishedTables.manifest(output).get("warnings")
        .forEach(warning -> warnings.add(warning.asText()));
    return warnings;
  }

  /** The driver's warnings to the user, which the command prints as progress lines. */
  private static List<String> warnings(String name) {
    return fullLog(name).lines().filter(line -> line.contains("warning:")).toList();
  }

  private static String fullLog(String name) {
    try {
      return Files.readString(logs.resolve(name + ".log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
