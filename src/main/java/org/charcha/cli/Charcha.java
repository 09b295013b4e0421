package org.charcha.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code charcha} command line: one subcommand per task, each with its own --help. */
@Command(name = "charcha",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Measures how Hindi news covers India's leaders and parties: who is mentioned (by name and by",
        "office), which parties, and every claimed number of legislature seats.",
        ""},
    subcommands = {RunCommand.class, NightlyCommand.class, ReportCommand.class, ExtractCommand.class, EvaluateCommand.class,
        KbCommand.class, GenerateCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Start with:  jobs/charcha run        (the bundled sample, results in out/)",
        "Then:        jobs/charcha help run   (every option of the main job)"})
public final class Charcha implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Charcha());
    // The descriptions and examples are written for a 110-column terminal; picocli's default 80
    // would break example commands across lines.
    cli.setUsageHelpWidth(110);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
