package org.charcha.extract;

import java.io.Serializable;

/**
 * One counted occurrence: {@code key} is the leader's canonical name or the party key; offsets are
 * into the article text ({@link ArticleText}), end exclusive, and {@code surface} is the exact
 * original substring.
 */
public record Mention(MentionType type, String key, int start, int end, String surface) implements Serializable {}
