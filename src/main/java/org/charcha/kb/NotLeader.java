package org.charcha.kb;

import java.io.Serializable;
import java.util.List;

/** A namesake who is not a leader: their names are matched only to be discarded. */
public record NotLeader(String name, List<String> names) implements Serializable {}
