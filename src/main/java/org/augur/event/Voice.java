package org.augur.event;

/**
 * Who speaks a forecast, as its gist needs to know: the {@code predictor} ("" when unknown, or AUTHOR),
 * whether that predictor is a {@code person}, and the {@code state} a government's statement speaks for
 * ("" in any other document). "I" is the person who speaks; "we" is a group, so a person's "we" is never
 * the person ("We can master it only if we face it together", said Kofi Annan).
 */
public record Voice(String predictor, boolean person, String state) {
    static final Voice NONE = new Voice("", false, "");

    /** A voice whose predictor is no person. */
    static Voice of(String predictor) {
        return new Voice(predictor, false, "");
    }

    /** Whether a named predictor, not the author, speaks: "we"/"I" may become its name. */
    boolean named() {
        return !predictor.isBlank() && Character.isUpperCase(predictor.codePointAt(0))
                && !predictor.equalsIgnoreCase("AUTHOR");
    }
}
