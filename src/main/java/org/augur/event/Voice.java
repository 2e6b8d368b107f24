package org.augur.event;

/**
 * Who speaks a forecast, as its gist needs to know: the {@code predictor} ("" when unknown, or AUTHOR),
 * whether that predictor is a {@code person}, and the {@code state} a government's statement speaks for
 * ("" in any other document). "I" is the person who speaks; "we" is a group, so a person's "we" is never
 * the person ("We can master it only if we face it together", said Kofi Annan).
 */
public record Voice(String predictor, boolean person, String state) {
    /** Whether the author speaks: no predictor, or AUTHOR. */
    boolean author() {
        return predictor.isBlank() || predictor.equalsIgnoreCase("AUTHOR");
    }

    /** Whether a named predictor, not the author, speaks: "we"/"I" may become its name. */
    boolean named() {
        return !author() && Character.isUpperCase(predictor.codePointAt(0));
    }

    /** Whether the author of a statement whose state is known speaks: "we" may be that state. */
    boolean stateSpeaks() {
        return !state.isBlank() && author();
    }
}
