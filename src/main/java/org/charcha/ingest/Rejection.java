package org.charcha.ingest;

import java.io.Serializable;

/** An input line that could not be used, with where it was and why, and its first bytes for a human. */
public record Rejection(String file, long line, String reason, String snippet) implements Serializable {}
