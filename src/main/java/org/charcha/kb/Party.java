package org.charcha.kb;

import java.io.Serializable;
import java.util.List;

/** A party or alliance; {@code ambiguousNames} are also ordinary words and need a party cue. */
public record Party(String key, String name, String kind, String country, List<String> names,
    List<String> ambiguousNames) implements Serializable {}
