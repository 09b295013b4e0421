package org.charcha.cli;

import org.charcha.job.PipelineJob;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"charcha " + PipelineJob.codeVersion()};
  }
}
