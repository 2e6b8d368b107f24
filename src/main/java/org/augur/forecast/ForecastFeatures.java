package org.augur.forecast;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.attribution.SpeechSigns;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeWords;
import org.augur.nlp.Token;

/**
 * The features a trained model reads to decide whether a candidate sentence is a forecast and how
 * certain it is: the cue rules turned into evidence instead of the final word. Each feature is a string
 * that is present or absent; they are computed from Augur's own records only, so training,
 * cross-validation and extraction share this one code path. Families (prefix before {@code =}):
 * <ul>
 *   <li>the rules' verdict, per cue and for the sentence ({@code rule}, {@code cue+}, {@code kind+});</li>
 *   <li>each trigger cue's lemma and kind, the words around it and the verb it governs ("could have",
 *       "will not", "would be"), the clause it heads in the parse;</li>
 *   <li>tense and mood: past-tense verbs, "had", "was to", the root's tag;</li>
 *   <li>"will not" beside the trigger, "if"/"unless" clauses, the trigger inside a condition; not the
 *       polarity, since a forecast may be negative ("no breakthrough is expected");</li>
 *   <li>reported speech: reporting verbs and their tense, a speaker, quotation marks, first person;</li>
 *   <li>time: time words, years after or before the article's year;</li>
 *   <li>place: the title or first sentences;</li>
 *   <li>each cue word paired with the sentence's frame ({@code cw&vbd=would}).</li>
 * </ul>
 */
public final class ForecastFeatures {

    /**
     * What a sentence's neighbours and its article tell about it: {@code futureDates} the tokens that name
     * a time after the article's date ({@link #futureDates}).
     */
    public record Context(boolean anchored, boolean speaker, Optional<LocalDate> date, List<Integer> futureDates) {
    }

    private static final TimeWords TIME_WORDS = TimeWords.standard();

    /** The feature of a candidate the cue rules keep as a forecast. */
    static final String RULE_KEEPS = "rule=true";

    private ForecastFeatures() {
    }

    /**
     * The features of one candidate: {@code found} all cues of the sentence, {@code all} its trigger
     * cues, {@code passing} those the rules accept, {@code draft} the forecast the rules draft.
     */
    static List<String> of(Sentence s, List<Cue> found, List<Cue> all, List<Cue> passing, List<Cue> hints,
                           Forecast draft, Context context) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add(passing.isEmpty() ? "rule=false" : RULE_KEEPS);
        f.add("rulecert=" + draft.certainty().label());
        f.add("triggers=" + Math.min(all.size(), 3));
        for (Cue c : all) {
            boolean passes = passing.contains(c);
            String cue = c.phrase().toLowerCase(Locale.ROOT).replace('’', '\'');
            String word = s.token(c.from()).key();
            f.add("kind=" + c.kind());
            f.add("kind+" + c.kind() + "=" + passes);
            f.add("cue=" + word);
            f.add("cue+" + word + "=" + passes);
            cueContext(s, c, word, f);
        }
        if (all.isEmpty()) {
            f.add("hint-only");
        }
        for (Cue c : hints) {
            String word = s.token(c.from()).key();
            f.add("hint=" + word);
            f.add("hint:pos=" + word + "_" + s.token(c.from()).pos());
            cueContext(s, c, word, f);
        }
        for (Cue c : found) {
            switch (c.kind()) {
                case ANCHOR -> f.add("anchor=" + s.token(c.from()).key());
                case REPORT -> {
                    if (c.reports(s)) {
                        f.add("report");
                        f.add("report=" + s.token(c.from()).key());
                        f.add("report:pos=" + s.token(c.from()).pos());
                    }
                }
                default -> { }
            }
        }
        if (context.anchored()) {
            f.add("anchored");
        }
        if (context.speaker()) {
            f.add("speaker");
        }
        if (SpeechSigns.opensQuotation(s)) {
            f.add("quote");
        }
        if (SpeechSigns.accordingTo(s) >= 0) {
            f.add("according");
        }
        tense(s, f);
        time(s, context, f);
        f.add(s.index() == 0 ? "place=first" : s.index() < 3 ? "place=lede" : "place=body");
        conjoin(s, all.isEmpty() ? hints : all, f);
        int n = s.tokens().size();
        f.add(n < 8 ? "len=short" : n < 40 ? "len=mid" : "len=long");
        return List.copyOf(f);
    }

    /** The cuts of the sentence encoder's probability that its features mark ({@code enc>=0.5}). */
    private static final double[] ENCODER_CUTS = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    /**
     * One probability in each band the cuts make (0, then each cut): every set of encoder features a
     * candidate can have is {@code encoder} of one of these.
     */
    static double[] encoderBands() {
        double[] out = new double[ENCODER_CUTS.length + 1];
        System.arraycopy(ENCODER_CUTS, 0, out, 1, ENCODER_CUTS.length);
        return out;
    }

    /** The prefix of the encoder's features: a model that weighs one needs the encoder to run. */
    static final String ENCODER_PREFIX = "enc>=";

    /**
     * What the sentence encoder ({@code org.augur.encoder}) says of a candidate's sentence, as features
     * a linear model can weigh: one for each cut its probability reaches, so the model learns how far to
     * trust each band of it.
     */
    public static List<String> encoder(double probability) {
        List<String> out = new java.util.ArrayList<>();
        for (double cut : ENCODER_CUTS) {
            if (probability >= cut) {
                out.add(ENCODER_PREFIX + cut);
            }
        }
        return out;
    }

    private static final List<String> FRAMES = List.of("vbd", "present", "report", "quote", "first-person",
            "future-date", "future-word", "past-word", "had", "if", "anchored", "speaker", "was-to");

    /** Each cue word paired with the sentence's frame: "would" in past narration is not "would" in a quote. */
    private static void conjoin(Sentence s, List<Cue> cues, Set<String> f) {
        Set<String> frames = new LinkedHashSet<>();
        for (String frame : FRAMES) {
            if (f.contains(frame)) {
                frames.add(frame);
            }
        }
        for (Cue c : cues) {
            String word = s.token(c.from()).key();
            for (String frame : frames) {
                f.add("cw&" + frame + "=" + word);
            }
        }
    }

    /** The trigger's neighbourhood: the words beside it, the verb it governs, its clause in the parse. */
    private static void cueContext(Sentence s, Cue c, String word, Set<String> f) {
        List<Token> t = s.tokens();
        if (c.from() > 0) {
            f.add("w-1=" + word + "_" + t.get(c.from() - 1).key());
            f.add("p-1=" + word + "_" + t.get(c.from() - 1).pos());
        }
        int next = c.to();
        boolean negated = false;
        while (next < t.size() && (t.get(next).pos().equals("RB") || t.get(next).key().equals("not"))) {
            negated |= t.get(next).key().equals("not") || t.get(next).key().equals("never");
            next++;
        }
        if (negated) {
            f.add("cue-not=" + word);
        }
        if (next < t.size()) {
            Token after = t.get(next);
            f.add("w+1=" + word + "_" + after.key());
            f.add("p+1=" + word + "_" + after.pos());
            if (after.key().equals("have") && next + 1 < t.size() && t.get(next + 1).pos().equals("VBN")) {
                f.add("perfect=" + word);
            }
            if (after.key().equals("be") && next + 1 < t.size() && t.get(next + 1).pos().equals("VBN")) {
                f.add("passive=" + word);
            }
        }
        if (s.token(c.from()).pos().equals("MD")) {
            Triggers.eventVerb(c, s).ifPresent(v -> {
                f.add("event=" + v.key());
                f.add("event:pos=" + v.pos());
            });
        }
        if (s.parsed()) {
            int head = c.clauseHead(s);
            String rel = s.relation(head);
            f.add("rel=" + (rel.isEmpty() ? "root" : rel));
            f.add("rel+" + c.kind() + "=" + (rel.isEmpty() ? "root" : rel));
            int gov = s.head(head);
            if (gov >= 0) {
                f.add("gov=" + s.token(gov).key());
                f.add("gov:pos=" + s.token(gov).pos());
            }
            if (Conditions.inConditionClause(c, s)) {
                f.add("condition");
            }
        } else {
            f.add("unparsed");
        }
    }

    /** Tense and mood of the sentence: past narration, "had", "was to", the root verb's tag. */
    private static void tense(Sentence s, Set<String> f) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            String w = tok.word().toLowerCase(Locale.ROOT);
            switch (tok.pos()) {
                case "VBD" -> f.add("vbd");
                case "VBZ", "VBP" -> f.add("present");
                default -> { }
            }
            if (w.equals("had")) {
                f.add("had");
            }
            if ((w.equals("was") || w.equals("were")) && i + 2 < t.size() && t.get(i + 1).word().equals("to")
                    && t.get(i + 2).pos().equals("VB")) {
                f.add("was-to");
            }
            if (w.equals("if") || w.equals("unless")) {
                f.add("if");
            }
            if (tok.pos().equals("PRP") && (w.equals("i") || w.equals("we"))) {
                f.add("first-person");
            }
            if (w.equals("you")) {
                f.add("you");
            }
            if (tok.pos().equals("VB") && i > 0 && t.get(i - 1).word().equals("to")) {
                f.add("to-verb=" + tok.key());
            }
        }
        int root = s.root();
        if (root >= 0) {
            f.add("root:pos=" + s.token(root).pos());
            f.add("root=" + s.token(root).key());
        }
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * The tokens that name a time after the article's date: a year after its year ("by 2030"), or a day
     * of a month after its day ("on July 31", "31 July"), taken in the article's year unless a year
     * follows. Empty without an article date.
     */
    static List<Integer> futureDates(Sentence s, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return List.of();
        }
        LocalDate today = date.get();
        List<Token> t = s.tokens();
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int year = year(t.get(i));
            if (year > today.getYear()) {
                out.add(i);
                continue;
            }
            int month = MONTHS.indexOf(t.get(i).word().toLowerCase(Locale.ROOT)) + 1;
            if (month == 0 || !t.get(i).pos().startsWith("NNP")) {
                continue;
            }
            int day = i + 1 < t.size() ? day(t.get(i + 1)) : -1;
            if (day < 0 && i > 0) {
                day = day(t.get(i - 1));
            }
            if (day < 0) {
                continue;
            }
            int y = today.getYear();
            for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
                if (year(t.get(j)) > 0) {
                    y = year(t.get(j));
                    break;
                }
            }
            try {
                if (LocalDate.of(y, month, day).isAfter(today)) {
                    out.add(i);
                }
            } catch (java.time.DateTimeException e) {
                // "February 30": not a date
            }
        }
        return out;
    }

    private static int year(Token t) {
        String w = t.word();
        if (w.length() == 4 && t.pos().equals("CD") && w.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(w);
            return y >= 1900 && y <= 2100 ? y : -1;
        }
        return -1;
    }

    private static int day(Token t) {
        String w = t.word().replaceAll("(st|nd|rd|th)$", "");
        if (!t.pos().equals("CD") && !t.pos().equals("JJ") || w.isEmpty() || w.length() > 2
                || !w.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** Time words, and years after or before the article's own. */
    private static void time(Sentence s, Context context, Set<String> f) {
        if (!TIME_WORDS.timeTokens(s).isEmpty()) {
            f.add("time");
        }
        if (!context.futureDates().isEmpty()) {
            f.add("future-date");
        }
        int year = context.date().map(LocalDate::getYear).orElse(-1);
        for (Token tok : s.tokens()) {
            String w = tok.word();
            if (w.length() == 4 && tok.pos().equals("CD") && w.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(w);
                if (y >= 1900 && y <= 2100 && year > 0) {
                    f.add(y > year ? "year=after" : y < year ? "year=before" : "year=same");
                }
            }
            String k = tok.key();
            if (k.equals("tomorrow") || k.equals("next") || k.equals("upcoming") || k.equals("soon")) {
                f.add("future-word");
            }
            if (k.equals("yesterday") || k.equals("ago") || k.equals("last")) {
                f.add("past-word");
            }
        }
    }
}
