package org.charcha.extract.seat;

/** A word, a number or one punctuation char of normalised text, with its normalised offsets. */
record Token(String text, int start, int end) {}
