package org.charcha.extract;

import java.io.Serializable;

/**
 * A number of legislature seats attributed to a party, GOV, OPP or TOTAL (spec section 3).
 * {@code seatsMax} is the high end of a range and null otherwise; {@code quote} is the exact
 * substring {@code [start, end)} of the article text.
 */
public record SeatClaim(String party, int seats, Integer seatsMax, String kind, String election, String quote,
    int start, int end) implements Serializable {}
