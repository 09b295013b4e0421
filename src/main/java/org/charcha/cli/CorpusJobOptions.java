package org.charcha.cli;

import picocli.CommandLine.Mixin;

/** The options of the commands that read a corpus on Spark (run, nightly): --kb, --max-text-chars, --master. */
final class CorpusJobOptions {
  @Mixin
  KnowledgeBaseOption kb = new KnowledgeBaseOption();

  @Mixin
  TextLimitOption limits = new TextLimitOption();

  @Mixin
  SparkOption spark = new SparkOption();
}
