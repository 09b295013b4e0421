package org.charcha.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/charcha.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"charcha " + properties.getProperty("version", "unknown")};
  }
}
