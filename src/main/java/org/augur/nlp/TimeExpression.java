package org.augur.nlp;

/**
 * A time expression found by the temporal tagger: its char span, surface text, TIMEX3 type
 * (DATE, TIME, DURATION, SET) and normalised value (e.g. {@code 2018-07}, {@code PRESENT_REF}).
 */
public record TimeExpression(int begin, int end, String text, String type, String value) {
}
