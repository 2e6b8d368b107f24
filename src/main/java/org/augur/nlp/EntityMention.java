package org.augur.nlp;

/**
 * A named-entity mention as the tagger saw it: the sentence it is in, its token span within that
 * sentence, its char span and text (taken from the article text, so hyphens survive), and its coarse
 * type (PERSON, ORGANIZATION, LOCATION, MISC, ...).
 */
public record EntityMention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text,
                            String type) {
    public EntityMention {
        if (tokenEnd <= tokenBegin || end <= begin) {
            throw new IllegalArgumentException("empty mention " + text);
        }
    }
}
