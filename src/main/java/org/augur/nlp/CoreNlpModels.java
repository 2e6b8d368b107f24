package org.augur.nlp;

/**
 * Everything Augur loads from CoreNLP: the tagger and parser, and the time tagger. They load side
 * by side (the tagger's models, the parser and SUTime's rules each on a thread), which on two cores
 * takes about as long as the slowest of them rather than their sum.
 */
public record CoreNlpModels(CoreNlpAnnotator annotator, CoreNlpTimeTagger timeTagger) {

    public static CoreNlpModels load(Models models) throws ModelException {
        models.verify();
        // SLF4J initialises on first use; from two threads at once it logs a warning about replayed calls.
        org.slf4j.LoggerFactory.getILoggerFactory();
        Loading<CoreNlpTimeTagger> time = Loading.start("sutime", () -> new CoreNlpTimeTagger(models));
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(models);
        return new CoreNlpModels(annotator, time.get());
    }
}
