package org.augur.attribution;

import java.util.List;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Signs of speech read from a sentence's words alone, before any parse: quotation marks, "according
 * to", a first person. The forecast stage reads them to choose which sentences to parse.
 */
public final class SpeechSigns {
    private SpeechSigns() {
    }

    public static boolean firstPerson(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().equals("PRP")
                && (t.word().equals("I") || t.word().equalsIgnoreCase("we")));
    }

    /** Whether a sentence that starts inside a quotation has no mark before its last word: all quoted. */
    static boolean quotedThrough(Sentence s) {
        String text = s.text().strip();
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        String words = text.substring(0, end);
        return words.indexOf('"') < 0 && words.indexOf('”') < 0 && words.indexOf('“') < 0;
    }

    /** Whether a text opens with an opening quotation mark: '“Dele will…', '"We have…', not '"   Ricardo…'. */
    static boolean reopens(String text) {
        String t = text.stripLeading();
        return t.startsWith("“") || t.length() > 1 && t.charAt(0) == '"' && (Character.isLetterOrDigit(t.charAt(1))
                || t.charAt(1) == '[' || t.charAt(1) == '\'');
    }

    /**
     * Whether the sentence opens a new paragraph of a quotation left open before it with a mark, as English
     * prints a quotation that runs on: that mark continues the quotation, it does not close it. {@code
     * previousEnd} is where the sentence before ended in {@code article}.
     */
    static boolean reopensQuotation(String article, int previousEnd, Sentence s, boolean open) {
        return open && previousEnd >= 0 && paragraphBreak(article, previousEnd, s.begin()) && reopens(s.text());
    }

    /** Whether a line break stands in {@code article} between {@code from} and {@code to}: a new paragraph. */
    static boolean paragraphBreak(String article, int from, int to) {
        int nl = article.indexOf('\n', from);
        return nl >= 0 && nl < to;
    }

    private static final java.util.regex.Pattern MARK_BEFORE_BREAK = java.util.regex.Pattern.compile("[\"”][ \t\u00a0]*\n");

    /**
     * Whether the sentence opens with the mark that closed the last paragraph's quotation, which the
     * sentence splitter left on the next paragraph ("…by Saturday evening.⏎⏎"Kakala News reported…" read
     * as '"⏎⏎Kakala News reported…'): that quotation closed in the sentence before.
     */
    static boolean opensWithLeftClosingMark(Sentence s) {
        return MARK_BEFORE_BREAK.matcher(s.text()).lookingAt();
    }

    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\n[ \t\u00a0]*\n");

    /** Whether a blank line stands in {@code article} between {@code from} and {@code to}: a paragraph a typesetter marks. */
    static boolean blankLine(String article, int from, int to) {
        return from < to && BLANK_LINE.matcher(article).region(from, to).find();
    }

    /** The text with its first quotation mark (the one {@link #reopens} saw) replaced by a space. */
    static String blankReopening(String text) {
        int at = text.length() - text.stripLeading().length();
        return text.substring(0, at) + " " + text.substring(at + 1);
    }

    /** Whether a quotation is open after {@code text}, given whether one was open before it. */
    static boolean quoteOpenAfter(String text, boolean open) {
        for (int i = 0; i < text.length(); i++) {
            open = openAfter(text.charAt(i), open);
        }
        return open;
    }

    /**
     * Which characters of {@code text} stand inside quotation marks (the marks themselves included), given
     * whether a quotation was open before it: the words a quotation's speaker said, not the frame's.
     */
    static boolean[] quoted(String text, boolean open) {
        boolean[] inside = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            boolean was = open;
            open = openAfter(text.charAt(i), open);
            inside[i] = was || open;
        }
        return inside;
    }

    /**
     * Whether the token stands inside quotation marks. The sentence starts outside any unless its first mark
     * closes a quotation: 'Seas will rise", read the warning.' ends one the sentence before opened.
     */
    public static boolean quotedToken(Sentence s, int token) {
        boolean[] inside = quoted(s.text(), startsInside(s.text()));
        int at = s.token(token).begin() - s.begin();
        return at >= 0 && at < inside.length && inside[at];
    }

    /**
     * Whether the first quotation mark of a text closes a quotation: a right mark, or a straight one that
     * stands after a word and before a space, a punctuation mark or the end ('rise", read'), or first in the
     * text before a line break (the mark closing the last paragraph's quotation, which the sentence
     * splitter leaves at the start of the next sentence: '"\n\nRicardo Llerandi also announced…').
     */
    static boolean startsInside(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '”') {
                return true;
            }
            if (c == '“') {
                return false;
            }
            if (c == '"') {
                if (text.substring(0, i).isBlank()) {
                    int next = i + 1;
                    while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    return next < text.length() && text.charAt(next) == '\n';
                }
                boolean afterWord = !Character.isWhitespace(text.charAt(i - 1));
                boolean beforeBreak = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || ",.;:!?)".indexOf(text.charAt(i + 1)) >= 0;
                return afterWord && beforeBreak;
            }
        }
        return false;
    }

    static boolean openAfter(char c, boolean open) {
        return c == '"' ? !open : c == '“' || open && c != '”';
    }

    /**
     * Whether a sentence reads as someone's report rather than the narrator's: a reporting adverb
     * ("reportedly", "allegedly"). The future of the past ("would", "was to") does not tell: the narration
     * has it as often ("If elected, Harris would be the first woman…").
     */
    static boolean reportedly(Sentence s) {
        return s.tokens().stream().anyMatch(t -> REPORTING_ADVERBS.contains(t.word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Whether the sentence narrates in the present, outside any quotation: its root, or the root's auxiliary,
     * in the present tense ("Lindqvist is to brief reporters on Tuesday", "A ruling is expected in the
     * spring"), where a report goes on in the past ("would", "was to", "said").
     */
    static boolean presentNarration(Sentence s, boolean quoted) {
        if (quoted || opensQuotation(s) || s.parsed() && s.root() < 0 || reportedly(s)) {
            return false;
        }
        if (!s.parsed()) {
            // "The deal is expected to close by June 2027", not a candidate to parse: its first finite verb
            return s.tokens().stream().filter(t -> t.pos().matches("MD|VBD|VBZ|VBP")).findFirst()
                    .filter(t -> t.pos().matches("VBZ|VBP")).isPresent();
        }
        int root = s.root();
        if (s.token(root).pos().matches("VBZ|VBP")) {
            return true;
        }
        List<Dependency> auxiliaries = s.children(root).stream()
                .filter(d -> d.relation().startsWith("aux") || d.relation().equals("cop")).toList();
        return !auxiliaries.isEmpty() && auxiliaries.stream().allMatch(d -> s.token(d.dependent()).pos().matches("VBZ|VBP"));
    }

    private static final java.util.Set<String> REPORTING_ADVERBS = java.util.Set.of("reportedly", "allegedly",
            "purportedly", "supposedly");

    /** Whether the sentence has a mark that can open a quotation. */
    public static boolean opensQuotation(Sentence s) {
        return s.text().indexOf('"') >= 0 || s.text().indexOf('“') >= 0;
    }

    /** Whether the sentence's first quotation opens right after a colon: 'In the words of Eisenhower: "If…"'. */
    static boolean quotesAfterColon(Sentence s) {
        String text = s.text();
        int mark = -1;
        for (int i = 0; i < text.length() && mark < 0; i++) {
            mark = text.charAt(i) == '"' || text.charAt(i) == '“' ? i : -1;
        }
        int before = mark - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && text.charAt(before) == ':';
    }

    /** The index of "according" in "according to", or -1. */
    public static int accordingTo(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).key().equals("accord") && t.get(i + 1).key().equals("to")) {
                return i;
            }
        }
        return -1;
    }
}
