package org.augur.nlp;

/** The models cannot be found or loaded; Augur cannot run at all (exit code 3). */
public class ModelException extends Exception {
    public ModelException(String message) {
        super(message);
    }
}
