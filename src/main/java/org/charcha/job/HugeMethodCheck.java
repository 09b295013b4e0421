package org.charcha.job;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Finds the executors whose JVM leaves methods over 8,000 bytes of bytecode interpreted, HotSpot's
 * default. Spark's generated code that encodes each read row is one such method (12 KB), and
 * interpreted it took about ten times as long as compiled: 12 s against 1.1 s for 1.6 million rows
 * on two cores, 6% of the 8 GB job (docs/PERFORMANCE.md). The launchers turn the limit off
 * ({@code jobs/spark-jvm.options}), but executors started by a cluster manager take the cluster's
 * JVM options, so each read task notes its executor here and the driver warns after the read.
 */
final class HugeMethodCheck implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FLAG = "-XX:-DontCompileHugeMethods";
  /** The executor id of local mode, where the tasks run in the driver's JVM. */
  private static final String LOCAL_EXECUTOR = "driver";
  /** Executor ids are numbers as strings: 2 before 10. */
  private static final Comparator<String> BY_NUMBER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
  private final CollectionAccumulator<String> interpretingExecutors;

  private HugeMethodCheck(CollectionAccumulator<String> interpretingExecutors) {
    this.interpretingExecutors = interpretingExecutors;
  }

  static HugeMethodCheck register(SparkContext sc) {
    return new HugeMethodCheck(sc.collectionAccumulator("executors that interpret huge methods"));
  }

  /** Called in a task: notes this executor if its JVM leaves huge methods interpreted. */
  void noteThisJvm() {
    if (InThisJvm.INTERPRETS_HUGE_METHODS) {
      interpretingExecutors.add(SparkEnv.get().executorId());
    }
  }

  /** On the driver, after the tasks ran: what to tell the user, if any executor interpreted. */
  Optional<String> warning() {
    return warningFor(interpretingExecutors.value());
  }

  /** The warning for the executors noted, each as often as its tasks noted it. */
  static Optional<String> warningFor(Collection<String> noted) {
    TreeSet<String> executors = new TreeSet<>(BY_NUMBER);
    executors.addAll(noted);
    if (executors.isEmpty()) {
      return Optional.empty();
    }
    String slower = " leave methods over 8,000 bytes of bytecode interpreted, among them Spark's encoding of each read"
        + " row, which makes the job about 6% slower. ";
    if (executors.equals(Set.of(LOCAL_EXECUTOR))) {
      return Optional.of("warning: this JVM's options" + slower + "Start it with " + FLAG + ", as jobs/charcha does.");
    }
    return Optional.of("warning: the JVM options of executor(s) " + String.join(", ", executors) + slower
        + "Add " + FLAG + " to spark.executor.extraJavaOptions (docs/CLUSTER.md, section \"jobs/submit\").");
  }

  /** Read once per JVM. Not HotSpot, or no such option: nothing to warn of. */
  private static final class InThisJvm {
    static final boolean INTERPRETS_HUGE_METHODS = interpretsHugeMethods();

    private static boolean interpretsHugeMethods() {
      HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (hotSpot == null) {
        return false;
      }
      try {
        VMOption option = hotSpot.getVMOption("DontCompileHugeMethods");
        return Boolean.parseBoolean(option.getValue());
      } catch (IllegalArgumentException noSuchOption) {
        return false;
      }
    }
  }
}
