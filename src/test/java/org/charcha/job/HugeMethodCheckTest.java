package org.charcha.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * Which JVMs the run warns of. The tests' JVM runs with jobs/spark-jvm.options, as the launchers
 * do; StandaloneClusterTest checks executors started with and without the option.
 */
class HugeMethodCheckTest {
  @Test
  void tasksInAJvmThatCompilesHugeMethodsLeaveNothingToWarnOf() {
    HugeMethodCheck check = HugeMethodCheck.register(LocalSpark.get().sparkContext());

    long tasks = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext())
        .parallelize(List.of(1, 2, 3, 4), 4)
        .map(value -> {
          check.noteThisJvm();
          return value;
        })
        .count();

    assertThat(tasks).isEqualTo(4);
    assertThat(check.warning()).isEmpty();
  }

  @Test
  void localModeIsToldToStartTheJvmWithTheOption() {
    assertThat(HugeMethodCheck.warningFor(List.of("driver", "driver"))).hasValueSatisfying(warning -> assertThat(warning)
        .startsWith("warning: this JVM's options leave methods over 8,000 bytes of bytecode interpreted")
        .endsWith("Start it with -XX:-DontCompileHugeMethods, as jobs/charcha does."));
  }

  @Test
  void aClusterIsToldWhichExecutorsAndWhereTheOptionGoes() {
    assertThat(HugeMethodCheck.warningFor(List.of("2", "10", "2"))).hasValueSatisfying(warning -> assertThat(warning)
        .startsWith("warning: the JVM options of executor(s) 2, 10 leave methods over 8,000 bytes")
        .contains("Add -XX:-DontCompileHugeMethods to spark.executor.extraJavaOptions"));
    assertThat(HugeMethodCheck.warningFor(List.of())).isEmpty();
  }
}
