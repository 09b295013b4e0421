package org.charcha.output;

/** How the records of one input file were accounted for. */
public record FileCounts(String path, long size, long read, long processed, long rejected, long skipped) {

  public boolean balances() {
    return read == processed + rejected + skipped;
  }
}
