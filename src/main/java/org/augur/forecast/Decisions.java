package org.augur.forecast;

import java.util.List;
import java.util.Objects;
import org.augur.nlp.AnnotatedDoc;

/** What a finder decided on one annotation of an article ({@code doc}): the candidates kept, in order. */
public record Decisions(AnnotatedDoc doc, List<Decision> kept) {
    public Decisions {
        Objects.requireNonNull(doc);
        kept = List.copyOf(kept);
    }

    /** The sentences kept. */
    public List<Integer> sentences() {
        return kept.stream().map(Decision::sentence).toList();
    }
}
