package org.charcha.extract;

import java.io.Serializable;
import java.util.List;

/**
 * What one article yields: the text that was read, every counted mention in text order, the seat
 * claims, and the state the article was judged to be about (a places.tsv code, or null).
 */
public record ArticleExtraction(String text, List<Mention> mentions, List<SeatClaim> seats, String state)
    implements Serializable {}
