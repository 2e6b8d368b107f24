package org.augur.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.actor.ActorType;
import org.augur.cue.Cue;
import org.augur.cue.Verbs;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Syntax;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;

/**
 * Who a reporting verb, a plan or a pronoun names: the subject of "said", the agent of "is expected by",
 * the person a "he" stands for. Immutable: {@code lastPerson} is the person last named when the
 * question is asked, the only thing of the article read so far that the answers depend on.
 */
final class Subjects {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "this", "that", "one",
            "anyone", "someone", "everyone", "everybody", "nobody", "somebody", "those", "who", "which", "you");
    private static final Set<String> ISSUED = Set.of("of", "from", "by");

    private final Names names;
    private final List<List<Cue>> cuesOf;   // each sentence's cues, by sentence index
    /** Auxiliaries of a foretold report: "she will report". */
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");

    private final String lastPerson;
    private final String organisationBefore;

    Subjects(Names names, List<List<Cue>> cuesOf, String lastPerson, String organisationBefore) {
        this.names = names;
        this.cuesOf = cuesOf;
        this.lastPerson = lastPerson;
        this.organisationBefore = organisationBefore;
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
        return subjectOwnedBy(s, verb, t -> t.word().matches("(?i)my|our"));
    }

    /** Whether the verb's subject is owned by a pronoun: "his government", "their union". */
    private static boolean subjectOwnedByPronoun(Sentence s, int verb) {
        return subjectOwnedBy(s, verb, t -> t.pos().equals("PRP$"));
    }

    private static boolean subjectOwnedBy(Sentence s, int verb, java.util.function.Predicate<Token> owner) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("nsubj")) {
                return s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("nmod:poss")
                        && owner.test(s.token(k.dependent())));
            }
        }
        return false;
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
                    && !infinitive(s, verb) && !foretold(s, verb)) {
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
            if (!c.reports(s) || infinitive(s, c.from()) || foretold(s, c.from())) {
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
                subject = documentBefore(s, verb).or(() -> shallowSubject(s, participleOf(s, verb)));
            }
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (according >= 0) {
            Optional<String> cited = names.nounPhraseAt(s, according + 2);
            if (cited.filter(Names::isDocument).isPresent()) {
                return issuerNamed(s, according + 2).or(() -> cited);
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
                return resolve(s, d.dependent());
            }
        }
        boolean afterQuotation = verb > 0 && (s.token(verb - 1).pos().equals("''")
                || verb > 1 && s.token(verb - 1).word().equals(",") && s.token(verb - 2).pos().equals("''"));
        if (afterQuotation && s.token(verb).pos().startsWith("VB")) {
            for (Dependency d : s.children(verb)) {
                if (d.relation().equals("obj") && d.dependent() > verb) {
                    return resolve(s, d.dependent());
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
            return resolve(s, before);
        }
        if (before >= 0 && s.token(before).pos().equals("NNS")) {
            return described(s, before);
        }
        // "…," said Bash.": the name after the verb, also where the tagger took it for a common noun
        // ("Bash"/NN, "Day"/NN) and the entity tagger still saw a name.
        if (verb + 1 < s.tokens().size() && (s.token(verb + 1).pos().startsWith("NNP")
                || s.token(verb + 1).pos().startsWith("NN") && !s.token(verb + 1).ner().equals("O"))) {
            return resolve(s, verb + 1);
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
            return resolve(s, 0);
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

    Optional<String> resolve(Sentence s, int token) {
        String w = s.token(token).word().toLowerCase(Locale.ROOT);
        if (s.parsed() && (w.equals("one") || s.token(token).pos().equals("CD"))) {
            // "one of the diplomats said", "two of the sources said": the diplomats, the sources.
            for (Dependency d : s.children(token)) {
                if (d.relation().startsWith("nmod") && s.token(d.dependent()).pos().startsWith("NN")) {
                    return resolve(s, d.dependent());
                }
            }
        }
        if (PRONOUNS.contains(w)) {
            if (w.equals("he") || w.equals("she")) {
                return subjectBefore(s, token).or(() -> lastPerson != null ? Optional.of(lastPerson) : personBefore(s, token));
            }
            if (w.equals("you")) {
                return names.mainPerson("");   // an interview: "you" is the person interviewed
            }
            if (w.equals("it")) {
                // "The operator, Energia Norte, said it expects…"; "Namib Hydrogen… It expects costs to rise"
                // Without a parse only an "it" that opens the sentence: "PG&E stated it…" may be PG&E's.
                int subject = subjectBeforeIt(s, token);
                return subject >= 0 ? organisationAt(s, subject)
                        : s.parsed() || token == 0 ? Optional.ofNullable(organisationBefore) : Optional.empty();
            }
            return Optional.empty();   // "I said" inside a quotation: the quotation's speaker decides
        }
        Optional<String> joint = jointNames(s, token);
        if (joint.isPresent()) {
            return joint;
        }
        Optional<String> actor = names.actorAt(s, token);
        if (actor.isPresent()) {
            return actor.filter(names::isPerson).isPresent() ? actor : officeHolder(s, token).or(() -> actor);
        }
        // "…," read a bulletin from the civil protection agency: a document that says who issued it
        // speaks for its issuer, as with "according to".
        if (Names.isDocument(s.token(token).word())) {
            Optional<String> issuer = ownerOf(s, token).or(() -> issuerNamed(s, Names.firstOfPhrase(s, token)));
            if (issuer.isPresent()) {
                return issuer;
            }
        }
        // "a senior US official told reporters", "three EU diplomats said", "his spokesman said": a source
        // described by a common noun is that description, not the country or organisation that modifies it.
        if (s.parsed() && (s.token(token).pos().equals("NN") || s.token(token).pos().equals("NNS"))) {
            int start = Names.firstOfPhrase(s, token);
            int from = start;
            while (from < token && s.token(from).pos().matches("DT|PRP\\$|CD")) {
                from++;
            }
            // Only a source counted or qualified by a name: "two sources", "three EU diplomats".
            boolean counted = java.util.stream.IntStream.range(start, token).anyMatch(i -> s.token(i).pos().equals("CD"))
                    || from < token && names.actorIn(s, from, token).isPresent();
            String described = Names.description(s, from, token + 1);
            Optional<String> person = names.actorIn(s, from, token + 1).filter(names::isPerson);
            // Not an owner's ("Reform UK's Welsh leader") nor one named after the noun ("economists at ING").
            boolean owned = java.util.stream.IntStream.range(from, token).anyMatch(i -> s.token(i).pos().equals("POS"));
            boolean namedAfter = java.util.stream.IntStream.range(token + 1, Math.min(s.tokens().size(), token + 9))
                    .anyMatch(i -> Syntax.dominates(s, token, i) && names.actorAt(s, i).isPresent());
            if (counted && person.isEmpty() && !owned && !namedAfter && names.acceptable(described) && !names.isActor(described)) {
                return Optional.of(described);
            }
            // "Romania's health ministry said", "Goa's government announced": the body speaks, with its
            // country as the text gives it, not the country; "the energy minister" the article named is
            // that person. Not a person's ("Erdogan's office"), whose owner the rules below name.
            boolean placeOwned = owned && names.actorIn(s, from, token).filter(names::isPlace).isPresent();
            boolean apposed = s.children(token).stream().anyMatch(d -> d.relation().equals("appos"));
            if (placeOwned && person.isEmpty() && !namedAfter && !apposed) {
                Optional<String> holder = names.titled(s.token(token), s.index());
                if (holder.isPresent()) {
                    return holder;
                }
                if (names.acceptable(described) && !names.isActor(described)) {
                    return Optional.of(described);
                }
            }
        }
        // "Conservative Party leader and Prime Minister Boris Johnson said": the name in the subject's own
        // words (compounds, appositions, conjuncts), not a word of the clause beyond it.
        if (s.parsed()) {
            int from = token;
            int to = token + 1;
            for (int i = Math.max(0, token - 8); i < Math.min(s.tokens().size(), token + 9); i++) {
                if (i != token && Syntax.dominates(s, token, i)) {
                    from = Math.min(from, i);
                    to = Math.max(to, i + 1);
                }
            }
            Optional<String> inside = names.actorIn(s, from, to);
            // "officials in Podgorica expected…": people a place only locates are the description
            boolean located = inside.filter(names::isPlace).isPresent() && s.token(token).pos().equals("NNS")
                    && names.acceptable(s.token(token).word());
            if (inside.isPresent() && !located) {
                return inside;
            }
        }
        Optional<String> titled = names.titled(s.token(token), s.index());
        if (titled.isPresent()) {
            return titled;
        }
        Optional<String> phrase = names.nounPhraseAt(s, Names.firstOfPhrase(s, token));
        return byKind(s, token) ? Optional.of(organisationBefore) : phrase;
    }

    /**
     * Whether a word is "the company" or another organisation named by its kind alone, for an organisation
     * the sentences before named ({@code organisationBefore}): any for "the company", "the group", "the
     * agency"; for "the court", "the bank", one whose name says so ("the Supreme Court"), so that "A court
     * fined Tranvias del Sur. The court said…" stays the court's.
     */
    private boolean byKind(Sentence s, int token) {
        String kind = s.token(token).word().toLowerCase(Locale.ROOT);
        return organisationBefore != null && token > 0 && s.token(token - 1).word().equalsIgnoreCase("the")
                && (ActorType.ANY_ORGANISATION.contains(kind) || ActorType.ORGANISATION_NOUNS.contains(kind)
                && WholeWords.contains(organisationBefore.toLowerCase(Locale.ROOT), kind));
    }


    /**
     * The person named after an organisation or a country in the subject's own words, who holds an office
     * in it: "Bangladeshi Road Transport and Bridges Minister Obaidul Quader said", "the Agency's director,
     * Dr. Ana Ruiz, said". The person speaks, not the body the office belongs to.
     */
    private Optional<String> officeHolder(Sentence s, int token) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        for (int i = token + 1; i < Math.min(s.tokens().size(), token + 12); i++) {
            if (Syntax.dominates(s, token, i) && !inClause(s, token, i) && !SpeechSigns.quotedToken(s, i)) {
                Optional<String> person = names.actorAt(s, i).filter(names::isPerson);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a clause ("the agency, which Ana Ruiz leads") stands between a word and one it dominates. */
    private static boolean inClause(Sentence s, int ancestor, int token) {
        for (int up = token; up >= 0 && up != ancestor; up = s.head(up)) {
            if (s.relation(up).startsWith("acl") || s.relation(up).startsWith("advcl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person who is the subject of an earlier clause of the sentence, for a "he" or "she" after it:
     * "John Rhys-Davies broke news when he revealed…". Without a parse, the person the sentence opens with.
     */
    Optional<String> subjectBefore(Sentence s, int pronoun) {
        if (!s.parsed()) {
            return pronoun > 0 ? names.actorAt(s, 0).filter(names::isPerson) : Optional.empty();
        }
        int subject = subjectBefore(s, pronoun, i -> names.actorAt(s, i).filter(names::isPerson).isPresent());
        return subject >= 0 ? names.actorAt(s, subject) : Optional.empty();
    }

    /** The nearest subject before a pronoun, outside quotation marks, that {@code fits}; -1 if none. */
    private static int subjectBefore(Sentence s, int pronoun, java.util.function.IntPredicate fits) {
        for (int i = pronoun - 1; s.parsed() && i >= 0; i--) {
            if (s.relation(i).equals("nsubj") && !SpeechSigns.quotedToken(s, i) && fits.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject of an earlier clause of the sentence that an "it" after it stands for: the nearest outside
     * quotation marks that is no person ("PG&E stated it scheduled…", "China said it would…"), or -1.
     */
    private int subjectBeforeIt(Sentence s, int pronoun) {
        return subjectBefore(s, pronoun, i -> names.actorAt(s, i).filter(names::isPerson).isEmpty());
    }

    /** The organisation a subject names, itself or in apposition: "The dam's operator, Energia Norte,". */
    private Optional<String> organisationAt(Sentence s, int subject) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(subject), s.children(subject).stream()
                        .filter(d -> d.relation().equals("appos")).map(Dependency::dependent))
                .flatMap(n -> names.actorAt(s, n).filter(a -> !names.isPerson(a) && !names.isPlace(a)).stream())
                .findFirst();
    }

    /**
     * Names joined by "and" as the subject, as the sentence writes them: "Biden and Sanders announced…" →
     * "Biden and Sanders"; "Cyprus, Greece and Israel". Each must be one of the article's actors,
     * written as its name alone; a conjunct that is a common noun ("Biden and his aides") or a name with a
     * title ("Transport and Bridges Minister Obaidul Quader") makes it no joint.
     */
    private Optional<String> jointNames(Sentence s, int token) {
        if (!s.parsed() || !s.token(token).pos().startsWith("NNP")) {
            return Optional.empty();
        }
        List<Integer> conjuncts = new java.util.ArrayList<>(List.of(token));
        boolean and = false;
        for (Dependency d : s.children(token)) {
            if (d.relation().equals("conj")) {
                conjuncts.add(d.dependent());
                and |= s.children(d.dependent()).stream().anyMatch(c -> c.relation().equals("cc")
                        && s.token(c.dependent()).word().equalsIgnoreCase("and"));
            }
        }
        if (conjuncts.size() < 2 || !and) {
            return Optional.empty();
        }
        List<String> written = new java.util.ArrayList<>();
        java.util.Set<String> actors = new java.util.HashSet<>();
        for (int c : conjuncts) {
            Optional<String> actor = names.actorAt(s, c);
            if (!s.token(c).pos().startsWith("NNP") || actor.isEmpty() || !actors.add(actor.get())
                    || SpeechSigns.quotedToken(s, c)) {
                return Optional.empty();
            }
            int from = c;
            int to = c + 1;
            while (from > 0 && s.token(from - 1).pos().startsWith("NNP")) {
                from--;
            }
            while (to < s.tokens().size() && s.token(to).pos().startsWith("NNP")) {
                to++;
            }
            String name = s.span(from, to);
            if (!names.isAliasOf(name, actor.get())) {
                return Optional.empty();   // "Road Transport and Bridges Minister Obaidul Quader": one title
            }
            written.add(name);
        }
        int last = written.size() - 1;
        return Optional.of(String.join(", ", written.subList(0, last)) + " and " + written.get(last));
    }

    /**
     * The person the sentence names first before a "he" or "she", outside quotation marks, where no sentence
     * before named one: "The statement by Jane Doe said she would…". A name after the pronoun is no
     * antecedent of it ("She spoke about her husband Siarhei").
     */
    private Optional<String> personBefore(Sentence s, int pronoun) {
        for (int i = 0; i < pronoun; i++) {
            Optional<String> person = names.actorAt(s, i).filter(names::isPerson);
            if (person.isPresent() && !SpeechSigns.quotedToken(s, i)) {
                return person;
            }
        }
        return Optional.empty();
    }

    /**
     * The actor that owns a document: "The WHO's annual report projects…" → the WHO, who issued it; "A
     * World Bank report…" → the World Bank (not a place: "a US report" says only where it comes from).
     */
    private Optional<String> ownerOf(Sentence s, int document) {
        for (Dependency d : s.children(document)) {
            if (d.relation().equals("nmod:poss") && !s.token(d.dependent()).pos().startsWith("PRP")) {
                // "The agency's revised schedule foresees…": the agency the article named; "the bank's
                // bulletin", the article's one organisation with "Bank" in its name
                int owner = d.dependent();
                return byKind(s, owner) ? Optional.of(organisationBefore) : names.actorAt(s, owner)
                        .or(() -> names.titled(s.token(owner), s.index()).filter(names::isOrganisation));
            }
        }
        for (Dependency d : s.children(document)) {
            if (d.relation().equals("compound") && s.token(d.dependent()).pos().startsWith("NNP")) {
                Optional<String> owner = names.actorAt(s, d.dependent()).filter(a -> !names.isPlace(a));
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who issued the document at {@code document}, where its own phrase says: an owner ("the bank's
     * bulletin", "a World Bank report") or "by", "from", "of" ("A study by the Andean Mountain Research
     * Centre"). Empty without a parse.
     */
    Optional<String> documentIssuer(Sentence s, int document) {
        if (!s.parsed() || !Names.isDocument(s.token(document).word())) {
            return Optional.empty();
        }
        return ownerOf(s, document).or(() -> issuerNamed(s, Names.firstOfPhrase(s, document)))
                .or(() -> issuedBy(s, document)).filter(names::acceptable).filter(a -> !names.isPlace(a));
    }

    /**
     * The issuer of a document that a participle's phrase separates from its verb, where the parser made
     * the participle the main verb: "A study published on Monday by the Tien Shan Agrarian Institute in
     * Bishkek projects that…" ("published" the root, "projects" left without a subject).
     */
    private Optional<String> documentBefore(Sentence s, int verb) {
        for (int i = verb - 1; i > 0 && verb - i <= 14; i--) {
            Token t = s.token(i);
            if (t.pos().matches("VBD|VBZ|VBP|MD|[.,:;]")) {
                return Optional.empty();
            }
            if (t.pos().equals("VBN") && s.token(i - 1).pos().startsWith("NN") && !s.token(i - 1).pos().startsWith("NNP")) {
                return documentIssuer(s, i - 1);
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ISSUING = Set.of("publish", "release", "issue", "commission", "prepare", "conduct");

    /**
     * "A study published on Monday by the Tien Shan Agrarian Institute": the "by" of its participle, whether
     * the parser hung the participle on the document or made the document its subject.
     */
    private Optional<String> issuedBy(Sentence s, int document) {
        List<Integer> participles = new java.util.ArrayList<>();
        for (Dependency acl : s.children(document)) {
            if (acl.relation().startsWith("acl")) {
                participles.add(acl.dependent());
            }
        }
        int head = s.head(document);
        if (head >= 0 && s.relation(document).startsWith("nsubj") && s.token(head).pos().equals("VBN")) {
            participles.add(head);
        }
        for (int participle : participles) {
            if (!ISSUING.contains(s.token(participle).key())) {
                continue;
            }
            for (Dependency d : s.children(participle)) {
                boolean by = s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                        && s.token(k.dependent()).key().equals("by"));
                if (d.relation().startsWith("obl") && by) {
                    return names.actorAt(s, d.dependent()).or(() -> resolve(s, d.dependent()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who issued the document a phrase names, where the phrase says it: "according to a statement from the
     * Saudi foreign ministry", "the latest projections of the Norwegian Polar Institute".
     */
    Optional<String> issuerNamed(Sentence s, int start) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        int head = Names.phraseEnd(s, start) - 1;
        for (Dependency d : head >= start ? s.children(head) : List.<Dependency>of()) {
            boolean from = s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                    && ISSUED.contains(s.token(k.dependent()).key()));
            if (d.relation().startsWith("nmod") && from) {
                Optional<String> issuer = resolve(s, d.dependent());
                if (issuer.isPresent() && names.acceptable(issuer.get())) {
                    return issuer;
                }
            }
        }
        return Optional.empty();
    }
}
