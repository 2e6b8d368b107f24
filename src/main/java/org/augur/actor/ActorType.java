package org.augur.actor;

import java.util.Set;

/** The kinds of actor Augur reports. States, cities and regions are places. */
public enum ActorType {
    PERSON, ORGANIZATION, PLACE;

    /**
     * Nouns by which news names an organisation by its kind: "Met Éireann, the national meteorological
     * service"; "The company said". Not "government", which the gold takes for a source of its own.
     */
    public static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "group", "agency", "carrier",
            "airline", "bank", "network", "organisation", "organization", "ministry", "department", "regulator",
            "operator", "utility", "insurer", "lender", "retailer", "broadcaster", "newspaper", "paper", "blog",
            "club", "union", "institute", "service", "council", "commission", "committee", "board", "party",
            "court", "league", "federation", "fund", "watchdog", "charity", "manufacturer", "carmaker", "maker");

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
