package org.charcha.extract.seat;

/** A number read from tokens {@code [start, end)}; {@code digits} when written in figures. */
record NumberSpan(int start, int end, int value, boolean digits) {}
