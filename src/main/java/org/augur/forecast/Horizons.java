package org.augur.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.TimeExpression;
import org.augur.nlp.TimeTagger;

/**
 * Adds the horizon to forecasts: the first time expression of the forecast's sentence that points at or
 * past the article's date. Time is tagged only in forecast sentences, which is where it is needed.
 */
public final class Horizons {
    private final TimeTagger tagger;

    public Horizons(TimeTagger tagger) {
        this.tagger = tagger;
    }

    /** The forecasts of {@code doc}, in the same order, each with its horizon (or none). */
    public List<Forecast> add(AnnotatedDoc doc, List<Forecast> forecasts) {
        List<Forecast> out = new ArrayList<>(forecasts.size());
        for (Forecast f : forecasts) {
            List<TimeExpression> times = tagger.find(doc.article(), doc.sentences().get(f.sentence()));
            out.add(first(times, doc.article().metadata().date())
                    .map(t -> f.withHorizon(t.value(), t.text())).orElse(f));
        }
        return out;
    }

    /**
     * The first expression that is not a vague past or present ({@code PAST_REF}, {@code PRESENT_REF}),
     * not a recurrence ({@code SET}), and not a date before {@code today}.
     */
    static Optional<TimeExpression> first(List<TimeExpression> times, Optional<LocalDate> today) {
        String now = today.map(Object::toString).orElse("");
        for (TimeExpression t : times) {
            String v = t.value();
            if (v.isEmpty() || v.equals("PAST_REF") || v.equals("PRESENT_REF") || t.type().equals("SET")) {
                continue;
            }
            if (!now.isEmpty() && Character.isDigit(v.charAt(0)) && v.length() >= 4
                    && v.compareTo(now.substring(0, Math.min(now.length(), v.length()))) < 0) {
                continue;
            }
            return Optional.of(t);
        }
        return Optional.empty();
    }
}
