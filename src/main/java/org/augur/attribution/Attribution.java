package org.augur.attribution;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.cue.CueLexicon;
import org.augur.nlp.AnnotatedDoc;

/**
 * The attribution stage: who speaks each sentence of an annotated article, given its actors, read once
 * into a {@link Discourse}. The reporting verbs are the lexicon's REPORT cues.
 */
public final class Attribution {
    private final CueLexicon cues;

    public Attribution(CueLexicon cues) {
        this.cues = java.util.Objects.requireNonNull(cues);
    }

    public Discourse read(AnnotatedDoc doc, List<Actor> actors) {
        return Discourse.of(doc, actors, doc.sentences().stream().map(cues::find).toList());
    }
}
