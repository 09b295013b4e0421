package org.charcha.ingest;

import java.io.Serializable;

/** One input file found for a run, with the size the ledger and the manifest record. */
public record InputFile(String path, long size) implements Serializable {}
