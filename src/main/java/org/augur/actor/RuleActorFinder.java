package org.augur.actor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.EntityMention;
import org.augur.nlp.Lexicon;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Actors from the tagger's entity mentions and the alias table, grouped into one actor per real-world
 * entity of the article:
 * <ul>
 *   <li>alias-table names ("US", "DPRK") take the table's canonical name and type;</li>
 *   <li>hyphenated compounds of names are split ("Putin-Trump", "US-Russia"), "Kim Jong-un" is not;</li>
 *   <li>a one-word name joins the fuller name ending (or starting) with it ("Bolton" → "John Bolton"),
 *       an acronym joins the organisation it abbreviates ("IEC");</li>
 *   <li>the type is the majority of all mentions' tags, so one stray LOCATION does not make Trump a place;</li>
 *   <li>nationality adjectives, lower-case words and honorifics alone are never actors.</li>
 * </ul>
 */
public final class RuleActorFinder implements ActorFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
            "them", "us", "his", "hers", "its", "their", "our", "my", "your");

    /** Words that make a place's name of another's: "New South Wales", "North Macedonia". */
    private static final Set<String> PLACE_PREFIXES = Set.of("New", "South", "North", "East", "West", "Upper", "Lower",
            "Greater", "Old");

    /** "Northern Syria" is a part of Syria, not another place. */
    private static final Set<String> REGION_ADJECTIVES = Set.of("Northern", "Southern", "Eastern", "Western", "Central");

    private final AliasTable aliases;
    private final Set<String> titleHeads;
    private final Set<String> honorifics;

    private final Set<String> notNames;
    /** The titles the text gives a person ("energy minister", "Programme director of the Valdai Discussion Club"). */
    private final Titles titles;

    public RuleActorFinder(AliasTable aliases, Set<String> titleHeads, Set<String> honorifics, Set<String> notNames) {
        this.aliases = aliases;
        this.titleHeads = Set.copyOf(titleHeads);
        this.honorifics = Set.copyOf(honorifics);
        this.notNames = Set.copyOf(notNames);
        this.titles = new Titles(aliases, this.titleHeads);
    }

    public static RuleActorFinder standard() {
        return new RuleActorFinder(AliasTable.standard(),
                new HashSet<>(Lexicon.lines(RuleActorFinder.class, "titles.txt")),
                new HashSet<>(Lexicon.lines(RuleActorFinder.class, "honorifics.txt")),
                new HashSet<>(Lexicon.lines(RuleActorFinder.class, "not-names.txt")));
    }

    /**
     * A name as it occurs: where, its surface text, the name it stands for, and the type evidence; {@code sure}
     * when the type is certain (a table's name, or a place its noun names), not the tagger's guess.
     */
    private record Mention(int sentence, int tokenBegin, int tokenEnd, int begin, String surface, String name,
                           ActorType type, boolean fromTable, boolean sure) {
    }

    @Override
    public List<Actor> find(AnnotatedDoc doc) {
        ArticleNames article = new ArticleNames(doc);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            mentions.addAll(mentionsIn(s, doc.mentions().stream().filter(m -> m.sentence() == s.index()).toList(),
                    article));
        }
        return group(doc, mentions);
    }

    /** What the whole article says about its names, which one sentence's mentions cannot tell. */
    private record ArticleNames(String text, Set<String> surnames, Set<String> acronyms) {
        ArticleNames(AnnotatedDoc doc) {
            this(doc.article().text(), hyphenatedSurnames(doc), organisationAcronyms(doc));
        }
    }

    /**
     * The hyphenated last words of full names ("Christopher Gallego-Lazo"): alone ("Gallego-Lazo said") they
     * are that person's surname, not a compound of two names.
     */
    private static Set<String> hyphenatedSurnames(AnnotatedDoc doc) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : doc.mentions()) {
            String name = oneLine(m.text());
            int space = name.lastIndexOf(' ');
            if (ActorType.ofNer(m.type()) == ActorType.PERSON && space > 0 && name.indexOf('-', space) > 0) {
                out.add(name.substring(space + 1));
            }
        }
        return out;
    }

    /** The acronyms the tagger takes for an organisation somewhere in the article ("The NHC issued…"). */
    private static Set<String> organisationAcronyms(AnnotatedDoc doc) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : doc.mentions()) {
            if (ActorType.ofNer(m.type()) == ActorType.ORGANIZATION && !m.text().contains(" ") && isCapitals(m.text())) {
                out.add(m.text());
            }
        }
        return out;
    }

    private List<Mention> mentionsIn(Sentence s, List<EntityMention> tagged, ArticleNames article) {
        String text = article.text();
        List<Mention> found = new ArrayList<>();
        boolean[] covered = new boolean[s.tokens().size()];
        // Alias-table names first: they carry canonical names, and they see inside hyphenated tokens.
        for (Token t : s.tokens()) {
            int at = t.begin();
            while (at >= 0 && at < t.end()) {
                Optional<String> alias = aliases.longestAt(text, at, text.substring(at, t.end()));
                if (alias.isPresent() && isNameStart(text, at)) {
                    int end = at + alias.get().length();
                    int last = lastTokenBefore(s, end);
                    AliasTable.Entry e = aliases.lookup(alias.get()).orElseThrow();
                    found.add(new Mention(s.index(), t.index(), last + 1, at, alias.get(), e.canonical(), e.type(), true, true));
                    for (int i = t.index(); i <= last; i++) {
                        covered[i] = true;
                    }
                }
                int hyphen = text.indexOf('-', at);
                at = hyphen >= 0 && hyphen < t.end() ? hyphen + 1 : -1;
            }
        }
        for (EntityMention m : tagged) {
            boolean placeNamed = placeNamed(s, m);
            ActorType type = placeNamed ? ActorType.PLACE : ActorType.ofNer(m.type());
            // "His union, Havenbond, represents…", "Norwegian carrier Fjordwing": the tagger's person is the
            // organisation its kind says, whatever its other mentions were tagged.
            boolean kindNamed = type == ActorType.PERSON && (apposedToOrganisationNoun(s, m.tokenBegin(), m.tokenEnd())
                    || afterOrganisationNoun(s, m.tokenBegin()));
            if (kindNamed) {
                type = ActorType.ORGANIZATION;
            }
            if (type == null || isCovered(covered, m) && !containsMoreThanTable(covered, m, s)) {
                continue;
            }
            if (isCovered(covered, m) && type == ActorType.PLACE) {
                // "New Mexico", "American Samoa": the tagger's longer place name replaces the table's "Mexico".
                found.removeIf(f -> f.fromTable() && f.begin() >= m.begin() && f.begin() < m.end());
            }
            String glued = trimGlued(m.text());
            for (String part : article.surnames().contains(glued) ? List.of(glued) : splitCompound(glued)) {
                if (aliases.lookup(part).isPresent()) {
                    continue;   // already found as an alias-table name
                }
                String written = oneLine(part);
                String name = type == ActorType.PERSON ? stripHonorific(written) : written;
                if (isName(name, s, m)) {
                    int offset = m.text().indexOf(part);
                    found.add(new Mention(s.index(), m.tokenBegin(), m.tokenEnd(), m.begin() + offset, written, name, type,
                            false, placeNamed || kindNamed));
                }
            }
        }
        found.addAll(definedByAcronym(s, found, article.acronyms()));
        found.addAll(describedAsOrganisation(s, found));
        found.sort(java.util.Comparator.comparingInt(Mention::begin));
        return found;
    }

    /**
     * Whether a name stands in apposition to an organisation's kind right before it: "His union, Havenbond,
     * represents…", "The company building the plant, Pomorze Atom, said…" (a kind the actor package lists,
     * then a comma, the name, and a comma or the sentence's end).
     */
    private static boolean apposedToOrganisationNoun(Sentence s, int from, int to) {
        if (from < 2 || !s.token(from - 1).word().equals(",") || to < s.tokens().size()
                && !s.token(to).word().matches("[,.;]")) {
            return false;
        }
        if (!organisationKind(s.token(from - 2))) {
            return false;
        }
        // The kind heads the phrase the name is in apposition to, not a phrase inside it: "the leader of
        // the dockers' union, Kees van Dijk-Amrani," is the leader.
        int before = from - 3;
        while (before >= 0 && s.token(before).pos().matches("DT|PRP\\$|JJ.*|NNS?|POS|CD|HYPH")) {
            before--;
        }
        return before < 0 || !s.token(before).pos().matches("IN|TO");
    }

    /** Whether a kind of organisation stands right before a name: "carrier Fjordwing", "the daily Gelora Pagi". */
    private static boolean afterOrganisationNoun(Sentence s, int from) {
        if (from < 1) {
            return false;
        }
        Token kind = s.token(from - 1);
        return organisationKind(kind) && !PERSON_TOO.contains(kind.word().toLowerCase(Locale.ROOT))
                && s.sameParagraph(from - 1, from);
    }

    /** Whether a common noun is a kind of organisation (actor/organisation-nouns.txt): "union", "carrier". */
    private static boolean organisationKind(Token t) {
        return t.pos().equals("NN") && ActorType.ORGANISATION_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Kinds of organisation that also name a person's role right before a name: "its alleged operator Jong Woo Son". */
    private static final Set<String> PERSON_TOO = Set.of("operator", "broadcaster", "maker", "manufacturer", "service",
            "paper", "blog", "lender", "insurer", "retailer");

    /** Words between the capitalised words of a name that its acronym skips: "Organisation of Islamic Cooperation". */
    private static final Set<String> SKIPPED = Set.of("of", "for", "and", "the", "on", "in", "&");

    /**
     * An organisation the text defines by its acronym in brackets where the tagger missed the full name:
     * "the National Hurricane Center (NHC) reported" (Schwartz and Hearst's definitions of abbreviations):
     * the capitalised words right before the bracket whose initials spell it. Only an acronym the tagger
     * takes for an organisation elsewhere in the article, so that "Temporary Protected Status (TPS)" is none.
     */
    private static List<Mention> definedByAcronym(Sentence s, List<Mention> found, Set<String> acronyms) {
        List<Mention> out = new ArrayList<>();
        for (int i = 1; i + 2 < s.tokens().size(); i++) {
            String acronym = s.token(i + 1).word();
            if (!s.token(i).word().equals("(") || !s.token(i + 2).word().equals(")") || !acronyms.contains(acronym)) {
                continue;
            }
            int from = -1;
            for (int j = i - 1; j >= 0 && i - j <= 12 && s.sameParagraph(j, i); j--) {
                String w = s.token(j).word();
                if (Character.isUpperCase(w.codePointAt(0))) {
                    from = j;
                    if (isAcronym(acronym, s.span(j, i))) {
                        break;
                    }
                } else if (!SKIPPED.contains(w)) {
                    break;
                }
            }
            int start = from;
            int bracket = i;
            boolean named = start >= 0 && found.stream().anyMatch(m -> m.tokenBegin() < bracket && m.tokenEnd() > start);
            if (start < 0 || named || !isAcronym(acronym, s.span(start, i))) {
                continue;
            }
            String name = oneLine(s.span(start, i));
            out.add(new Mention(s.index(), start, i, s.token(start).begin(), name, name, ActorType.ORGANIZATION, false, false));
        }
        return out;
    }

    /**
     * An organisation the text names and then describes by its kind, where the tagger missed the name:
     * "Met Éireann, the national meteorological service, issued…", "Apex Shark Expeditions, a company…".
     * The capitalised words right before the comma (at most six, none a mention already), and an
     * apposition whose head is a noun of {@link ActorType#ORGANISATION_NOUNS} and that closes there or after
     * one "of"/"for" phrase, with a mark or a relative clause ("the group,", "the service for Ireland,"; not
     * "the group's leader" nor "Monday, the company said").
     */
    private static List<Mention> describedAsOrganisation(Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        int n = s.tokens().size();
        for (int comma = 1; comma + 2 < n; comma++) {
            if (!s.token(comma).word().equals(",") || !s.token(comma + 1).word().matches("the|a|an")) {
                continue;
            }
            int head = comma + 2;
            while (head + 1 < n && head - comma < 7 && s.token(head + 1).pos().matches("JJ.*|NN|NNP|VBN|HYPH")
                    && !ActorType.ORGANISATION_NOUNS.contains(s.token(head).word())) {
                head++;
            }
            // A closed apposition ("the national meteorological service for Ireland,"), not a reporting
            // frame: "Monday, the company said" names no organisation.
            int close = head + 1;
            if (close < n && s.token(close).word().matches("of|for|in|at")) {
                close++;
                while (close < n && close - head < 8 && s.token(close).pos().matches("DT|JJ.*|NNP?S?|CD|POS")) {
                    close++;
                }
            }
            boolean kind = s.token(head).pos().equals("NN") && ActorType.ORGANISATION_NOUNS.contains(s.token(head).word())
                    && (close >= n || s.token(close).word().matches("[,.;:)]|that|which|whose|based"));
            int start = comma;
            while (start > 0 && comma - start < 6 && s.token(start - 1).pos().matches("NNPS?|HYPH")
                    && s.sameParagraph(start - 1, comma)) {
                start--;
            }
            int from = start;
            int to = comma;
            boolean named = found.stream().anyMatch(m -> m.tokenBegin() < to && m.tokenEnd() > from);
            if (!kind || start == comma || named || !Character.isUpperCase(s.token(start).word().codePointAt(0))) {
                continue;
            }
            String name = oneLine(s.span(start, comma));
            out.add(new Mention(s.index(), start, comma, s.token(start).begin(), name, name, ActorType.ORGANIZATION,
                    false, false));
        }
        return out;
    }

    /**
     * A name the tagger took for a person that a place noun follows: "off the coast of Binh Thuan province",
     * "the Kern River", "in Ngong Hills". The noun names what it is.
     */
    private static boolean placeNamed(Sentence s, EntityMention m) {
        if (ActorType.ofNer(m.type()) != ActorType.PERSON || m.tokenEnd() >= s.tokens().size()) {
            return false;
        }
        Token next = s.token(m.tokenEnd());
        return PLACE_NOUNS.contains(next.word().toLowerCase(java.util.Locale.ROOT))
                && (next.pos().startsWith("NN") || Character.isUpperCase(next.word().charAt(0)));
    }

    /** Not "state", "town" or "city", which follow a person too ("a Xi state visit", "a Trump town hall"). */
    private static final Set<String> PLACE_NOUNS = Set.of("province", "provinces", "county", "district", "region",
            "prefecture", "governorate", "oblast", "municipality", "island", "islands", "river", "valley", "hills",
            "mountains", "lake", "peninsula", "desert");

    private static boolean isNameStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-';
    }

    private static int lastTokenBefore(Sentence s, int end) {
        int last = 0;
        for (Token t : s.tokens()) {
            if (t.begin() < end) {
                last = t.index();
            }
        }
        return last;
    }

    private static boolean isCovered(boolean[] covered, EntityMention m) {
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tagged organisation such as "United States Congress" is more than the table's "United States";
     * a tagged place such as "New Mexico" or "New South Wales" is more than "Mexico" or "Wales" when the
     * extra words, capitalised, come first.
     */
    private boolean containsMoreThanTable(boolean[] covered, EntityMention m, Sentence s) {
        ActorType type = ActorType.ofNer(m.type());
        if (type == ActorType.PLACE) {
            Token first = s.token(m.tokenBegin());
            int table = m.tokenBegin();
            while (table < m.tokenEnd() && !covered[table] && Character.isUpperCase(s.token(table).word().charAt(0))) {
                table++;
            }
            boolean prefixed = table > m.tokenBegin() && table < m.tokenEnd();
            for (int i = table; i < m.tokenEnd() && prefixed; i++) {
                prefixed = covered[i];
            }
            // More than one word before it only as places are named ("New South Wales"), not a tagger's
            // run of names ("South Carolina US", "World Wildlife Fund Mexico").
            for (int i = m.tokenBegin(); i < table && table - m.tokenBegin() > 1 && prefixed; i++) {
                prefixed = PLACE_PREFIXES.contains(s.token(i).word());
            }
            return prefixed && !REGION_ADJECTIVES.contains(first.word()) && aliases.lookup(m.text()).isEmpty();
        }
        if (type != ActorType.ORGANIZATION) {
            return false;
        }
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            if (!covered[i] && Character.isUpperCase(s.token(i).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** "Justin Amash.Image": a caption glued to a name by a missing space is not part of it. */
    static String trimGlued(String text) {
        java.util.regex.Matcher g = java.util.regex.Pattern.compile("^(.*\\p{Ll})\\.\\p{Lu}\\p{Ll}+$").matcher(text);
        return g.matches() ? g.group(1) : text;
    }

    /** "Putin-Trump" names two actors; "Kim Jong-un" and "Guinea-Bissau" one. */
    static List<String> splitCompound(String text) {
        if (!text.contains("-") || text.contains(" ")) {
            return List.of(text);
        }
        String[] parts = text.split("-");
        for (String p : parts) {
            if (p.length() < 2 || !Character.isUpperCase(p.charAt(0))) {
                return List.of(text);
            }
        }
        return List.of(parts);
    }

    /** A name as one line: "United⏎Nations", wrapped in the text, is "United Nations", the same actor. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private String stripHonorific(String name) {
        String[] words = name.split(" ");
        int i = 0;
        while (i < words.length - 1 && honorifics.contains(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private boolean isName(String name, Sentence s, EntityMention m) {
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.charAt(0))) {
            return false;
        }
        if (honorifics.contains(name) || notNames.contains(name) || titleHeads.contains(name.toLowerCase(Locale.ROOT))
                || PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (m.tokenEnd() - m.tokenBegin() == 1) {
            // "American president": a one-word adjective is a nationality, not an actor.
            if (s.token(m.tokenBegin()).pos().startsWith("JJ")) {
                return false;
            }
            // "Programme director": a lone word in front of a title is part of the title.
            if (m.tokenEnd() < s.tokens().size() && titleHeads.contains(s.token(m.tokenEnd()).key())
                    && ActorType.ofNer(m.type()) == ActorType.ORGANIZATION && !s.token(m.tokenEnd()).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    private List<Actor> group(AnnotatedDoc doc, List<Mention> mentions) {
        // Cluster key → mentions. Full names first, so that one-word names can join them.
        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(java.util.Comparator.comparingInt((Mention m) -> -words(m.name())).thenComparingInt(Mention::begin));
        for (Mention m : ordered) {
            String key = m.fromTable() ? m.name() : joinTarget(m, clusters).orElse(m.name());
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Actor> actors = new ArrayList<>();
        Map<Actor, Integer> begins = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, List<Mention>> c : clusters.entrySet()) {
            List<Mention> ms = new ArrayList<>(c.getValue());
            ms.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::begin));
            ActorType type = vote(ms);
            Set<String> surfaces = new LinkedHashSet<>();
            ms.forEach(m -> surfaces.add(m.surface()));
            String title = type == ActorType.PERSON ? titleOf(doc, ms) : "";
            Actor a = new Actor(written(c.getKey(), ms), type, title, ms.size(), ms.get(0).sentence(), new ArrayList<>(surfaces));
            actors.add(a);
            begins.put(a, firstBegin(ms));
        }
        actors.sort(java.util.Comparator.comparingInt(Actor::firstSentence).thenComparing(begins::get));
        return actors;
    }

    /**
     * The name as the article writes it in running text: a wire dateline's capitals ("GENEVA (Reuters) -")
     * give way to the same name in mixed case ("Geneva") where the article has it.
     */
    private static String written(String key, List<Mention> ms) {
        if (!isCapitals(key)) {
            return key;
        }
        return ms.stream().map(Mention::name).filter(n -> !isCapitals(n) && n.equalsIgnoreCase(key)).findFirst().orElse(key);
    }

    /** All capitals, at least two letters: "GENEVA", "NATO". */
    private static boolean isCapitals(String name) {
        return name.chars().filter(Character::isLetter).count() >= 2 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static int firstBegin(List<Mention> ms) {
        return ms.stream().mapToInt(Mention::begin).min().orElse(0);
    }

    private static int words(String s) {
        return s.split("[ ]+").length;
    }

    /** The existing cluster a shorter name belongs to: surname, first-name-free suffix, or acronym. */
    private static Optional<String> joinTarget(Mention m, Map<String, List<Mention>> clusters) {
        if (clusters.containsKey(m.name())) {
            return Optional.of(m.name());
        }
        String n = plain(m.name());
        for (String key : clusters.keySet()) {
            // The same letters in capitals are the same name: a dateline's "GENEVA", the Guardian's "Nato".
            String k = plain(key);
            if (k.equals(n) || (isCapitals(key) || isCapitals(m.name())) && k.equalsIgnoreCase(n)) {
                return Optional.of(key);
            }
        }
        String target = null;
        for (String key : clusters.keySet()) {
            // A table's name takes no surname-like part ("Korea" is not "North Korea"), but its acronym: "WHO".
            if (clusters.get(key).get(0).fromTable() && !isAcronym(m.name(), key)) {
                continue;
            }
            String k = plain(key);
            boolean joins = k.endsWith(" " + n) || m.type() == ActorType.PERSON && k.startsWith(n + " ")
                    && words(m.name()) == 1 && vote(clusters.get(key)) == ActorType.PERSON
                    || isAcronym(m.name(), key);
            if (joins) {
                if (target != null) {
                    return Optional.empty();   // ambiguous: two Smiths
                }
                target = key;
            }
        }
        return Optional.ofNullable(target);
    }

    /** A name without accents or curly apostrophes, so that "Erdogan" joins "Tayyip Erdoğan", "O’Rourke" "Beto O'Rourke". */
    static String plain(String name) {
        String d = java.text.Normalizer.normalize(name.replace('’', '\''), java.text.Normalizer.Form.NFD);
        // "John R. Bolton" is "John Bolton": middle initials are dropped too.
        return d.replaceAll("\\p{M}", "").replaceAll(" \\p{Lu}\\.(?= )", "");
    }

    static boolean isAcronym(String shortName, String longName) {
        if (shortName.length() < 2 || shortName.length() > 8 || !shortName.equals(shortName.toUpperCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : longName.split("[ -]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(shortName.replace(".", ""));
    }

    private static ActorType vote(List<Mention> ms) {
        Map<ActorType, Integer> votes = new EnumMap<>(ActorType.class);
        for (Mention m : ms) {
            if (m.sure()) {
                return m.type();
            }
            votes.merge(m.type(), 1, Integer::sum);
        }
        // "Michael Bloomberg" tagged a person, then "Bloomberg" four times an organisation: a full name the
        // tagger took for a person is one, whatever it made of the surname alone.
        if (ms.stream().anyMatch(m -> m.type() == ActorType.PERSON && words(m.name()) >= 2)
                && ms.stream().allMatch(m -> m.type() == ActorType.PERSON || words(m.name()) == 1)) {
            return ActorType.PERSON;
        }
        ActorType best = ActorType.PERSON;
        int bestVotes = -1;
        for (ActorType t : ActorType.values()) {   // ties go to the earlier type: PERSON, ORGANIZATION, PLACE
            int v = votes.getOrDefault(t, 0);
            if (v > bestVotes) {
                best = t;
                bestVotes = v;
            }
        }
        return best;
    }

    /** The first title the text gives next to a mention of the person ({@link Titles#of}). */
    private String titleOf(AnnotatedDoc doc, List<Mention> ms) {
        for (Mention m : ms) {
            String title = titles.of(doc.sentences().get(m.sentence()), m.tokenBegin(), m.tokenEnd());
            if (!title.isEmpty()) {
                return title;
            }
        }
        return "";
    }
}
