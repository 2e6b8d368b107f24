package org.augur.actor;

import java.util.List;
import org.augur.nlp.AnnotatedDoc;

/** Finds the actors of an annotated article, one per real-world actor, in order of first mention. */
public interface ActorFinder {
    List<Actor> find(AnnotatedDoc doc);
}
