package org.charcha.kb;

import java.io.Serializable;
import java.util.List;

/** A person the extractor counts. {@code name} is the canonical key of the spec. */
public record Leader(String id, String name, String party, String place, List<String> names,
    List<String> shortNames) implements Serializable {}
