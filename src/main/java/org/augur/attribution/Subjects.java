package org.augur.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.cue.Cue;
import org.augur.cue.Verbs;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Who a reporting verb, a plan or a pronoun names: the subject of "said", the agent of "is expected by",
 * the person a "he" stands for ({@link References}). Immutable: the person and the organisation last named
 * when the question is asked are the only things of the article read so far that the answers depend on.
 */
final class Subjects {
    /** Auxiliaries of a foretold report: "she will report". */
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");

    private final Names names;
    private final List<List<Cue>> cuesOf;   // each sentence's cues, by sentence index
    /** Who a pronoun, a kind ("the company") or a document of the sentence stands for. */
    private final References refs;

    Subjects(Names names, List<List<Cue>> cuesOf, String lastPerson, String organisationBefore) {
        this.names = names;
        this.cuesOf = cuesOf;
        this.refs = new References(names, lastPerson, organisationBefore);
    }

    /**
     * Who commits to a plan or pledge, or is the agent of a passive expectation: "the president …
     * vowed to keep fighting", "projected by multiple media outlets to win".
     */
    Optional<String> committer(Sentence s, Cue trigger) {
        int verb = trigger.from();
        boolean commits = trigger.kind() == Cue.Kind.FUTURE && Verbs.PLANS.contains(s.token(verb).key())
                || trigger.kind() == Cue.Kind.HINT && s.token(verb).pos().startsWith("VB")
                && Verbs.COMMITTING.contains(s.token(verb).key());
        if (!s.parsed()) {
            return commits ? shallowSubject(s, verb).or(() -> openingSubject(s, verb)) : Optional.empty();
        }
        boolean passive = passive(s, verb);
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("obl:agent") || passive && byPhrase(s, d)) {
                return names.nounPhraseAt(s, Names.firstOfPhrase(s, d.dependent()));
            }
        }
        if (!commits) {
            return committingAbove(s, trigger);
        }
        if (s.token(verb).pos().startsWith("NN") && ownedBy(s, verb, Subjects::speakers)) {
            return Optional.empty();   // "It thrives on our common pledge to act": the speaker's pledge, not its
        }
        for (int v = verb, up = 0; v >= 0 && up < 3; v = governor(s, v), up++) {
            if (ownedBySpeaker(s, v)) {
                return Optional.empty();
            }
            Optional<String> subject = subjectOf(s, v);
            if (subject.isPresent() || pronounSubject(s, v)) {
                return subject;   // "I am happy to announce…": no one the sentence names commits
            }
            if (scheduledThing(s, v)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The verb a clause hangs on. A verb joined by ", and" to the verb of a relative clause closed by that
     * comma is the main clause's, whatever the parse says: "She spoke about her husband, who was arrested
     * in May, and promised to…" is what she promised, not what the husband did; a relative clause that goes
     * on names its pronoun again ("who was arrested and who…") or takes no comma.
     */
    static int governor(Sentence s, int verb) {
        int head = s.head(verb);
        if (head < 0 || !s.relation(verb).equals("conj") || !s.relation(head).equals("acl:relcl")
                || !afterCommaAnd(s, verb) || !opensAfterComma(s, head)) {
            return head;
        }
        for (int up = s.head(head); up >= 0; up = s.head(up)) {
            if (s.token(up).pos().startsWith("VB") || s.head(up) < 0) {
                return up;
            }
        }
        return head;
    }

    /** Whether a verb has a pronoun of its own as subject, outside quotation marks. */
    private static boolean pronounSubject(Sentence s, int verb) {
        return s.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                && s.token(d.dependent()).pos().equals("PRP") && !SpeechSigns.quotedToken(s, d.dependent()));
    }

    /** Whether the conjunct's "and" or "but" follows a comma: ", and promised". */
    private static boolean afterCommaAnd(Sentence s, int conjunct) {
        return s.children(conjunct).stream().anyMatch(d -> d.relation().equals("cc") && d.dependent() > 0
                && s.token(d.dependent() - 1).word().equals(","));
    }

    /**
     * Whether a relative clause opens after a comma: "her husband Siarhei, who…" (not "the man who…"),
     * whether the parser hangs that comma on the noun or on the clause.
     */
    private static boolean opensAfterComma(Sentence s, int relative) {
        int first = relative;
        for (Dependency d : s.children(relative)) {
            if (!d.relation().equals("punct") || d.dependent() > relative) {
                first = Math.min(first, d.dependent());
            }
        }
        return first > 0 && s.token(first - 1).word().equals(",");
    }

    /**
     * A report the sentence foretells rather than quotes: "we are hopeful that she will report substantive
     * progress", "…will protect them, affirming…". Whoever is to report says nothing in this sentence.
     */
    static boolean foretold(Sentence s, int verb) {
        if (!s.parsed()) {
            return verb > 0 && FUTURE_AUX.contains(s.token(verb - 1).word().toLowerCase(Locale.ROOT));
        }
        boolean participle = s.token(verb).pos().equals("VBG") && s.relation(verb).matches("advcl|xcomp|conj|dep");
        return futureAux(s, verb) || participle && s.head(verb) >= 0 && futureAux(s, s.head(verb));
    }

    /** A reporting verb that says nothing in this sentence: a purpose, a report foretold, or one supposed. */
    private static boolean unsaid(Sentence s, int verb) {
        return infinitive(s, verb) || foretold(s, verb) || supposed(s, verb);
    }

    /**
     * A report only supposed, in a condition: "If the United Nations once admits that disputes can be
     * settled by force, we will have destroyed…" (ConText's hypothetical trigger). Whoever "admits" says
     * nothing in this sentence.
     */
    private static boolean supposed(Sentence s, int verb) {
        return s.parsed() && s.children(verb).stream().anyMatch(d -> d.relation().equals("mark")
                && s.token(d.dependent()).word().matches("(?i)if|unless"));
    }

    private static boolean futureAux(Sentence s, int verb) {
        return s.children(verb).stream().anyMatch(d -> d.relation().equals("aux")
                && FUTURE_AUX.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a verb says what is planned rather than who plans: a passive ("they were originally planned for
     * April 28") or a participle on a noun ("the debate scheduled for November 20"). The subject of the
     * clause above it ("O'Rourke dropped out ahead of the debate…") commits to nothing.
     */
    private static boolean scheduledThing(Sentence s, int verb) {
        return s.relation(verb).startsWith("acl") || passive(s, verb);
    }

    /** Whether a verb is in the passive: a passive auxiliary or subject hangs on it. */
    private static boolean passive(Sentence s, int verb) {
        return s.children(verb).stream().anyMatch(c -> c.relation().equals("aux:pass") || c.relation().equals("nsubj:pass"));
    }

    /**
     * A "by" phrase the parser left a plain oblique: on a passive verb ("was projected by multiple media
     * outlets to have won": "outlets" is "obl", not "obl:agent") it is the agent all the same.
     */
    private static boolean byPhrase(Sentence s, Dependency d) {
        return d.relation().equals("obl") && s.children(d.dependent()).stream()
                .anyMatch(c -> c.relation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase("by"));
    }

    /**
     * The subject of an active verb of commitment that governs the trigger's clause: "McConnell reportedly
     * committed to proceeding with a trial, anticipated to begin in January" → McConnell; not through a
     * passive ("races were planned") nor a reporting verb, whose subject the speaker rules read.
     */
    private Optional<String> committingAbove(Sentence s, Cue trigger) {
        int steps = 0;
        for (int up = s.head(trigger.clauseHead(s)); up >= 0 && steps < 3; up = s.head(up), steps++) {
            Token t = s.token(up);
            int verb = up;
            boolean reports = cuesOf.get(s.index()).stream().anyMatch(c -> c.from() == verb && c.reports(s));
            if (t.pos().matches("VBD|VBZ|VBP|VBN") && Verbs.COMMITTING.contains(t.key()) && !reports
                    && !ownedBySpeaker(s, up)) {
                return subjectOf(s, up);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the verb's subject is the speaker's own ("my Government pledged", "our delegation will"):
     * the speaker commits, not a third party the article reports on.
     */
    private static boolean ownedBySpeaker(Sentence s, int verb) {
        return subjectOwnedBy(s, verb, Subjects::speakers);
    }

    /** "my", "our": the speaker's own. */
    private static boolean speakers(Token owner) {
        return owner.word().matches("(?i)my|our");
    }

    /** Whether the verb's subject is owned by a pronoun: "his government", "their union". */
    private static boolean subjectOwnedByPronoun(Sentence s, int verb) {
        return subjectOwnedBy(s, verb, t -> t.pos().equals("PRP$"));
    }

    private static boolean subjectOwnedBy(Sentence s, int verb, java.util.function.Predicate<Token> owner) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("nsubj")) {
                return ownedBy(s, d.dependent(), owner);
            }
        }
        return false;
    }

    /** Whether a noun's possessor is one {@code owner} accepts: "our pledge", "his government". */
    private static boolean ownedBy(Sentence s, int noun, java.util.function.Predicate<Token> owner) {
        return s.children(noun).stream().anyMatch(k -> k.relation().equals("nmod:poss") && owner.test(s.token(k.dependent())));
    }

    /**
     * The speaker of the reporting verb nearest above the trigger's clause, where the sentence has
     * several: "Duda said the victims were… while Brudziński wrote he had ordered checks that will…" is
     * Brudziński's; "…, transport secretary declares. Yesterday, Grant Shapps announced that X would…" is
     * Shapps's. Empty without a parse or without such a verb.
     */
    Optional<String> reporterOf(Sentence s, Cue trigger) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        List<Cue> cues = cuesOf.get(s.index());
        // "A broadcaster reported that analysts predicted a victory": an expectation verb that names who
        // expects is its own source, inside whatever reports it.
        // So does one that goes on from a verb whose subject it shares: "Aksoy underlined the rights, and
        // projected a failure if…".
        if (trigger.kind() == Cue.Kind.EXPECT && !passive(s, trigger.from())) {
            int verb = trigger.from();
            boolean reports = cues.stream().anyMatch(c -> c.from() == verb && c.reports(s));
            boolean shared = s.relation(verb).equals("conj") && s.head(verb) >= 0
                    && s.children(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj"));
            // Not a body the reporter speaks for: "…said that his government expected lawmakers to…"
            boolean speakersOwn = subjectOwnedByPronoun(s, verb);
            Optional<String> own = (reports && !speakersOwn ? subjectOf(s, verb) : Optional.<String>empty())
                    .or(() -> shared ? subjectOf(s, s.head(verb)) : Optional.empty())
                    .filter(names::acceptable).filter(p -> !names.isPlace(p));
            if (own.isPresent()) {
                return own;
            }
        }
        int steps = 0;
        for (int up = s.head(trigger.clauseHead(s)); up >= 0 && steps < 6; up = s.head(up), steps++) {
            int verb = up;
            if (cues.stream().anyMatch(c -> c.from() == verb && c.reports(s))
                    && !unsaid(s, verb)) {
                // A place as the subject here is more often a misparse ("…, however Bonham noted" read
                // with "Australia's" as subject) than a country speaking: the sentence's speaker decides then.
                return subjectOf(s, verb).filter(names::acceptable).filter(p -> !names.isPlace(p));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> HOLDING_VERBS = Set.of("believe", "think", "doubt", "fear", "suspect", "worry");

    /**
     * Who holds the view a verb of belief or fear governs: "Critics doubt the plant will be ready", "Its
     * neighbours fear the project will cut…". Not a reporting cue (as one it cost the speeches' "my country
     * believes" and "we think", the author's own, their predictor), so read only for the predictor: a
     * description or actor, never the speaker's own ("my country", "we").
     */
    Optional<String> holderOf(Sentence s, Cue trigger) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        int holding = -1;
        int steps = 0;
        for (int up = s.head(trigger.clauseHead(s)); up >= 0 && steps < 3 && holding < 0; up = s.head(up), steps++) {
            if (HOLDING_VERBS.contains(s.token(up).key()) && s.token(up).pos().startsWith("VB")) {
                holding = up;
            }
        }
        if (holding < 0) {
            // The parser sometimes hangs the verb under its clause ("Critics doubt the plant will be ready":
            // "ready" the root): then the first finite verb of belief before the trigger.
            holding = java.util.stream.IntStream.range(0, trigger.from()).filter(i -> HOLDING_VERBS.contains(s.token(i).key())
                    && s.token(i).pos().matches("VBP|VBZ|VBD")).findFirst().orElse(-1);
        }
        return holding < 0 || ownedBySpeaker(s, holding) ? Optional.empty()
                : subjectOf(s, holding).filter(names::acceptable).filter(p -> !names.isPlace(p));
    }

    Optional<String> attribution(Sentence s) {
        int according = SpeechSigns.accordingTo(s);
        for (Cue c : cuesOf.get(s.index())) {
            // "According to ISNA, the prosecutor said…": the one said to speak, where the sentence reports
            // his words; a reporting verb deeper down ("…optimistic that the telescope could reveal") is not.
            if (!c.reports(s) || unsaid(s, c.from())) {
                continue;   // "a mechanism to assess each member's capacity": a purpose, not a report
            }
            if (passive(s, c.from())) {
                continue;   // "Dalisay … is forecast to make landfall": what is forecast, not who forecasts
            }
            if (according >= 0) {
                Optional<String> said = s.parsed() && c.from() == s.root() ? subjectOf(s, c.from()) : Optional.empty();
                if (said.isPresent()) {
                    return said;
                }
                continue;
            }
            int verb = c.from();
            Optional<String> subject = Optional.empty();
            // "He continued by announcing, …": a subject-less reporting verb speaks for its governor's subject.
            // "I am happy to announce that…": a pronoun that names no one here still ends the climb.
            for (int v = verb, up = 0; s.parsed() && v >= 0 && up < 3; v = governor(s, v), up++) {
                subject = subjectOf(s, v);
                if (subject.isPresent() || pronounSubject(s, v)) {
                    break;
                }
            }
            // "I can assure Member States that…": a subject the parse found but that names no one is no
            // cue to look after the verb, where the name is the one addressed.
            boolean hasSubject = s.parsed() && s.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj")
                    && !SpeechSigns.quotedToken(s, d.dependent()));
            if (subject.isEmpty() && !hasSubject) {
                subject = refs.documentBefore(s, verb).or(() -> shallowSubject(s, participleOf(s, verb)));
            }
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (according >= 0) {
            Optional<String> cited = names.nounPhraseAt(s, according + 2);
            if (cited.filter(Names::isDocument).isPresent()) {
                return refs.issuerNamed(s, according + 2).or(() -> cited);
            }
            // "According to the team's head coach, Peter Kiprono, …": the person the description is, in an
            // apposition a comma closes ("According to his publicist, Mendez died…" is no apposition)
            int end = Names.phraseEnd(s, according + 2);
            int after = end + 1;
            while (after < s.tokens().size() && s.token(after).pos().startsWith("NNP")) {
                after++;
            }
            boolean apposed = cited.filter(names::isActor).isEmpty() && after > end + 1 && after < s.tokens().size()
                    && s.token(end).word().equals(",") && s.token(after).word().equals(",");
            if (apposed) {
                return names.actorAt(s, end + 1).filter(names::isPerson).or(() -> cited);
            }
            return cited.filter(names::isActor).isPresent() ? cited : employer(s, end).or(() -> cited);
        }
        // "Senator Lindsey Graham spoke on Fox News, "This is going to…"": who introduces a quotation speaks it.
        if (s.parsed() && SpeechSigns.opensQuotation(s) && s.root() >= 0) {
            for (Dependency d : s.children(s.root())) {
                if (d.relation().equals("nsubj") && d.dependent() < s.tokens().size()
                        && !SpeechSigns.quotedToken(s, d.dependent())) {
                    Optional<String> actor = names.actorAt(s, d.dependent());
                    if (actor.isPresent()) {
                        return actor;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The organisation a description of people works at, named in a phrase right after it: "according to
     * analysts at the Nairobi brokerage Kilima Securities" → Kilima Securities, not the city on the way.
     */
    private Optional<String> employer(Sentence s, int after) {
        if (after >= s.tokens().size() || !s.token(after).key().equals("at")) {
            return Optional.empty();
        }
        for (int i = after + 1; i < s.tokens().size() && i <= after + 8 && !s.token(i).pos().matches("[,.:;]|VB.*|MD"); i++) {
            Optional<String> at = names.actorAt(s, i).filter(names::isOrganisation);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /**
     * The attribution of the sentence, at most four ahead, where the quotation open after {@code s} closes:
     * a speaker, or a description that is none ("…," read the warning) for the caller to resolve.
     */
    Optional<String> closingAttribution(Sentence s) {
        boolean open = true;
        List<Sentence> all = names.doc().sentences();
        String article = names.doc().article().text();
        for (int i = s.index() + 1; i < all.size() && i <= s.index() + 4 && open; i++) {
            if (SpeechSigns.opensWithLeftClosingMark(all.get(i))) {
                // the quotation closed where the sentence before ended, with no attribution after it
                return i - 1 > s.index() ? attribution(all.get(i - 1)) : Optional.empty();
            }
            String text = all.get(i).text();
            boolean reopened = SpeechSigns.reopensQuotation(article, all.get(i - 1).end(), all.get(i), open);
            open = SpeechSigns.quoteOpenAfter(reopened ? SpeechSigns.blankReopening(text) : text, open);
            if (!open) {
                return attribution(all.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * A reporting verb in the infinitive with an object and no clause ("to assess each member's capacity"):
     * what someone is to do, not what anyone said; "went on to say thousands could die" and "declined to
     * comment" report.
     */
    static boolean infinitive(Sentence s, int verb) {
        return s.parsed() && verb > 0 && s.token(verb).pos().equals("VB")
                && s.token(verb - 1).word().equalsIgnoreCase("to")
                && !Verbs.SAYING.contains(s.token(verb).key())
                && s.children(verb).stream().anyMatch(d -> d.relation().equals("obj"))
                && s.children(verb).stream().noneMatch(d -> d.relation().matches("ccomp|parataxis"));
    }

    /**
     * The subject of a verb, never a word inside a quotation ("Prices will double," the envoy added: the
     * envoy, where the parser made both subjects); after a quotation the frame may invert, and the parser
     * takes the speaker for an object: '"…," said a former envoy'.
     */
    Optional<String> subjectOf(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj") && !SpeechSigns.quotedToken(s, d.dependent())) {
                return refs.resolve(s, d.dependent());
            }
        }
        boolean afterQuotation = verb > 0 && (s.token(verb - 1).pos().equals("''")
                || verb > 1 && s.token(verb - 1).word().equals(",") && s.token(verb - 2).pos().equals("''"));
        if (afterQuotation && s.token(verb).pos().startsWith("VB")) {
            for (Dependency d : s.children(verb)) {
                if (d.relation().equals("obj") && d.dependent() > verb) {
                    return refs.resolve(s, d.dependent());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The finite verb whose subject speaks through a reporting participle: "Trump issued a statement at his
     * club outside Washington, D.C. saying, "…"" is Trump's, not the place the participle follows. Other
     * verbs are their own.
     */
    private static int participleOf(Sentence s, int verb) {
        boolean progressive = verb > 0 && s.token(verb - 1).key().equals("be");   // "has been responding"
        if (s.token(verb).pos().equals("VBG") && !progressive) {
            for (int v = verb - 1; v >= 0; v--) {
                if (s.token(v).pos().matches("VBD|VBZ|VBP")) {
                    return v;
                }
            }
        }
        return verb;
    }

    /** "X said", "X has said", "said X", ", says X". */
    Optional<String> shallowSubject(Sentence s, int verb) {
        int before = verb - 1;
        boolean passive = false;
        while (before >= 0 && (s.token(before).pos().equals("VBZ") || s.token(before).pos().equals("VBP")
                || s.token(before).pos().equals("RB") || s.token(before).pos().equals("VBD")
                && s.token(before).key().equals("have"))) {
            passive |= s.token(before).key().equals("be");
            before--;
        }
        if (passive && s.token(verb).pos().equals("VBN")) {
            return Optional.empty();   // "Xi Jinping is expected to travel": expected by whom the sentence does not say
        }
        if (before >= 0 && (s.token(before).pos().startsWith("NNP") || s.token(before).pos().equals("PRP"))) {
            return refs.resolve(s, before);
        }
        if (before >= 0 && s.token(before).pos().equals("NNS")) {
            return described(s, before);
        }
        // "…," said Bash.": the name after the verb, also where the tagger took it for a common noun
        // ("Bash"/NN, "Day"/NN) and the entity tagger still saw a name.
        if (verb + 1 < s.tokens().size() && (s.token(verb + 1).pos().startsWith("NNP")
                || s.token(verb + 1).pos().startsWith("NN") && !s.token(verb + 1).ner().equals("O"))) {
            return refs.resolve(s, verb + 1);
        }
        return Optional.empty();
    }

    /**
     * Without a parse, a plural common noun right before the verb group: "Energy analysts said", "The
     * foreign ministers agreed to": the description, where it can make a forecast (source-nouns.txt), but
     * none that a name, an owner or a number qualifies ("Erdogan's aides", "EU diplomats", "two officials"),
     * which only the parse reads rightly.
     */
    private Optional<String> described(Sentence s, int head) {
        int start = head;
        while (start > 0 && s.token(start - 1).pos().matches("NNS?|JJ|VBN") && s.sameParagraph(start - 1, start)) {
            start--;
        }
        boolean qualified = start > 0 && s.token(start - 1).pos().matches("POS|PRP\\$|NNPS?|CD");
        String description = Names.description(s, start, head + 1);
        return qualified || !names.acceptable(description) || names.isActor(description)
                ? Optional.empty() : Optional.of(description);
    }

    /**
     * Without a parse, the subject a sentence opens with, for a verb of its main clause: "She spoke about
     * her husband, who was arrested in May, and promised to…". Only a pronoun or an actor, and only when
     * the verb is finite (not a participle on a noun or after "is") and nothing before it but the opening
     * subject is a finite verb's own subject.
     */
    Optional<String> openingSubject(Sentence s, int verb) {
        if (s.tokens().isEmpty() || !s.token(verb).pos().matches("VBD|VBZ|VBP|VBN")) {
            return Optional.empty();
        }
        if (s.token(verb).pos().equals("VBN") && (verb == 0 || s.token(verb - 1).pos().matches("NNS?")
                || s.token(verb - 1).key().equals("be"))) {
            // "…ahead of the debate scheduled for…", "…is planned till March 10": what is planned, by no one
            // named; "X, the leader, previously committed to…" and "Mitch McConnell committed to…" (tagged
            // VBN) are X's and McConnell's.
            return Optional.empty();
        }
        Token first = s.token(0);
        if (first.pos().equals("PRP")) {
            return refs.resolve(s, 0);
        }
        Optional<String> actor = names.actorAt(s, 0);
        if (actor.isPresent()) {
            for (int i = 1; i < verb; i++) {
                if (s.token(i).pos().equals("PRP") || s.token(i).word().equals("that")) {
                    return Optional.empty();   // "X said that she promised": another subject between
                }
            }
        }
        return actor;
    }
}
