package org.augur.actor;

import java.util.Set;
import org.augur.nlp.Lexicon;

/** The kinds of actor Augur reports. States, cities and regions are places. */
public enum ActorType {
    PERSON, ORGANIZATION, PLACE;

    /**
     * Nouns by which news names an organisation by its kind (organisation-nouns.txt): "Met Éireann, the
     * national meteorological service"; "The company said".
     */
    public static final Set<String> ORGANISATION_NOUNS = Set.copyOf(Lexicon.lines(ActorType.class, "organisation-nouns.txt"));

    /** The nouns of {@link #ORGANISATION_NOUNS} that name any organisation: "the company", not "the court". */
    public static final Set<String> ANY_ORGANISATION = Set.of("company", "firm", "group", "organisation", "organization",
            "agency");

    /** The actor type for a coarse NER tag, or null when the tag names no actor. */
    public static ActorType ofNer(String tag) {
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> PLACE;
            default -> null;
        };
    }
}
