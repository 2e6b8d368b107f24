/**
 * The predicted event: what a kept forecast says and by when. Consumes a forecast's sentence (parsed
 * where it can give a horizon) and its cues; produces the gist ({@link org.augur.event.Gist}, checked by
 * {@link org.augur.event.GistRules}) and the horizon ({@link org.augur.event.Horizons}), both made only
 * from the event's own clause ({@code EventClause}), so that neither takes the words of another clause:
 * the reporter's "said", the day a warning was given, a relative clause's time. Reads cues and the
 * parse, never the forecast decision.
 */
package org.augur.event;
