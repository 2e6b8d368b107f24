package org.augur.nlp;

import java.lang.reflect.Field;

/**
 * Reflection into CoreNLP 4.5.10's private fields, for the two places Augur needs what CoreNLP does not
 * expose (the parser's weights, SUTime's rule environment). Callers fail loudly when a field moves.
 */
final class Internals {
    private Internals() {
    }

    /** The value of the field {@code name} that {@code declaring} declares, on {@code target}. */
    static Object field(Class<?> declaring, Object target, String name) throws ReflectiveOperationException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
