package org.augur.topic;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.nlp.AnnotatedDoc;

/** Finds the topics of an annotated article; actors already found are not repeated as topics. */
public interface TopicFinder {
    List<Topic> find(AnnotatedDoc doc, List<Actor> actors);
}
