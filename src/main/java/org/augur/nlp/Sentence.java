package org.augur.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens. {@code dependencies} are filled only for sentences that were selected
 * for parsing ({@code parsed} true); elsewhere they are empty.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
                       boolean parsed, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** A sentence before parsing. */
    public static Sentence shallow(int index, int begin, int end, String text, List<Token> tokens) {
        return new Sentence(index, begin, end, text, tokens, false, List.of());
    }

    public Sentence withAnalysis(List<Dependency> deps) {
        return new Sentence(index, begin, end, text, tokens, true, deps);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The governor of token {@code i}, or -1 for the root or when unparsed. */
    public int head(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.governor();
            }
        }
        return -1;
    }

    /** The relation linking token {@code i} to its governor, or "" when none. */
    public String relation(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.relation();
            }
        }
        return "";
    }

    /** Dependents of token {@code i}, in token order. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Dependency::dependent));
        return out;
    }

    /** Root token index, or -1 when unparsed. */
    public int root() {
        for (Dependency d : dependencies) {
            if (d.governor() == -1) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * An empty line: where one paragraph ends and the next begins. Not a line of spaces, which text taken
     * from a PDF leaves at page breaks in the middle of a sentence ("…by working with the⏎ ⏎international
     * community…"): 437 of the 540 such lines of the 196 bench speeches stand inside a sentence, while the
     * news folders' paragraphs are set apart by empty lines.
     */
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n\\r?\\n");

    /**
     * Whether two tokens stand in the same paragraph: no blank line between them. The sentence splitter
     * joins a headline or a dateline to the sentence under it ("COVID-19 may spread like flu, say
     * scientists⏎⏎In a report released … on Wednesday"): the words across the break are another
     * sentence's, to be parsed apart and never read as one clause.
     */
    public boolean sameParagraph(int a, int b) {
        int from = tokens.get(Math.min(a, b)).end() - begin;
        int to = tokens.get(Math.max(a, b)).begin() - begin;
        return from >= to || !BLANK_LINE.matcher(text.substring(from, to)).find();
    }

    /** Text of tokens [from, to) as it stands in the sentence. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
