package org.charcha.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size such as {@code 500MB}, {@code 2GB} or {@code 64KB} (binary units: 1KB = 1024 bytes), or plain bytes. */
public final class ByteSize {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB|TB)?");

  private ByteSize() {}

  public static long parse(String text) {
    Matcher m = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("size '" + text + "' is not a number with an optional unit B, KB, MB, GB or TB");
    }
    int shift = switch (m.group(2) == null ? "B" : m.group(2)) {
      case "KB" -> 10;
      case "MB" -> 20;
      case "GB" -> 30;
      case "TB" -> 40;
      default -> 0;
    };
    long bytes = (long) (Double.parseDouble(m.group(1)) * (1L << shift));
    if (bytes <= 0) {
      throw new IllegalArgumentException("size '" + text + "' must be more than zero bytes");
    }
    return bytes;
  }
}
