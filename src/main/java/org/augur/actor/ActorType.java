package org.augur.actor;

/** The kinds of actor Augur reports. States, cities and regions are places. */
public enum ActorType {
    PERSON, ORGANIZATION, PLACE;

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
