package org.charcha.cli;

import org.charcha.kb.KnowledgeBaseException;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (a bad option value, a missing path, a broken knowledge-base row)
 * into one clear line and exit code 2 instead of a stack trace; anything else is a bug and keeps its
 * trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    if (e instanceof IllegalArgumentException || e instanceof KnowledgeBaseException) {
      cli.getErr().println("charcha " + cli.getCommandName() + ": " + e.getMessage());
      return 2;
    }
    cli.getErr().println("charcha " + cli.getCommandName() + " failed: " + e);
    e.printStackTrace(cli.getErr());
    return 1;
  }
}
