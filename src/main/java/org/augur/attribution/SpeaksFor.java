package org.augur.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.augur.actor.Actor;
import org.augur.actor.AliasTable;
import org.augur.nlp.WholeWords;

/**
 * The state a document speaks for, when it is a government's own statement (a UN General Debate speech,
 * a ministry's declaration): there "we" is that state, as the speeches gold writes it ("Brazil to keep
 * upholding democracy" for "We will continue to do so"). Read from three signs, all required:
 * <ul>
 *   <li>the document speaks as a government: outside quotations it says "my country", "our Government",
 *       "my delegation", "our nation" or "our people" at least once in every 3,000 words (news reports
 *       such words only inside quotations, an interview of a person seldom);</li>
 *   <li>one state dominates the places it names: at least {@value #MIN_MENTIONS} mentions and twice as
 *       many as any other state (regions, cities and seas do not count: "the Caribbean" is no speaker);</li>
 *   <li>that state is named as the speaker's own: in a sentence that also says "my country" (or the
 *       other words above), or in the opening ({@value #OPENING} sentences: "On behalf of the people of
 *       …"), or more than four times as often as any other state. A speech against a power it names
 *       often does not name that power so.</li>
 * </ul>
 * Checked on the 196 UN speeches of the bench corpus, whose file names give the speaking state: a replica
 * of the rule over the run's actors table finds a state for 125, the speaker's for every one (without the
 * third sign, one more and wrong: Antigua and Barbuda's speech names the United States three times as
 * often as itself), and in Augur's own run every one of the 104 speeches where a gist took the state names
 * the speaker; no news or interview article of the gold sets passes the first sign
 * (src/doc/gists-and-horizons.md). Where no state stands out, there is none, and "we" stays "we".
 */
final class SpeaksFor {
    static final int MIN_MENTIONS = 5;
    static final int OPENING = 4;

    private static final AliasTable ALIASES = AliasTable.standard();

    /** Words of a government speaking of itself. */
    private static final Pattern SELF = Pattern.compile("\\b(?:[Mm]y|[Oo]ur) (?:country|[Gg]overnment|delegation|nation|people)\\b");

    /** A quotation within a line, straight or curly. */
    private static final Pattern QUOTATION = Pattern.compile("\"[^\"\\n]*\"|“[^”\\n]*”");

    private SpeaksFor() {
    }

    static Optional<String> of(List<String> sentences, List<Actor> actors) {
        return of(sentences, actors, ALIASES);
    }

    /** The state that {@code sentences} (a document's, in order, as written) speak for, given its actors. */
    static Optional<String> of(List<String> sentences, List<Actor> actors, AliasTable aliases) {
        List<String> own = sentences.stream().map(s -> QUOTATION.matcher(s).replaceAll(" ")).toList();
        long words = own.stream().filter(s -> !s.isBlank()).mapToLong(s -> s.strip().split("\\s+").length).sum();
        long self = own.stream().mapToLong(s -> SELF.matcher(s).results().count()).sum();
        if (self == 0 || self * 3000 < words) {
            return Optional.empty();
        }
        List<Actor> states = actors.stream()
                .filter(a -> aliases.lookup(a.name()).filter(AliasTable.Entry::state).isPresent())
                .sorted(Comparator.comparingInt(Actor::mentions).reversed())
                .toList();
        if (states.isEmpty() || states.get(0).mentions() < MIN_MENTIONS
                || states.size() > 1 && states.get(0).mentions() < 2 * states.get(1).mentions()) {
            return Optional.empty();
        }
        Actor state = states.get(0);
        boolean overwhelming = states.size() < 2 || state.mentions() > 4 * states.get(1).mentions();
        boolean named = overwhelming || state.firstSentence() < OPENING || own.stream()
                .anyMatch(s -> SELF.matcher(s).find() && state.aliases().stream().anyMatch(a -> WholeWords.contains(s, a)));
        return named ? Optional.of(state.name()) : Optional.empty();
    }
}
