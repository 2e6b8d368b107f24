package org.augur.table;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.forecast.Forecast;
import org.augur.topic.Topic;

/** Records as table rows, in the column order of {@link Table}. */
public final class Rows {
    private Rows() {
    }

    public static List<Object> actor(String docId, Actor a) {
        return List.of(docId, a.name(), a.type().name(), a.title(), a.mentions(), a.firstSentence(),
                Cells.list(a.aliases()));
    }

    public static List<Object> topic(String docId, Topic t) {
        return List.of(docId, t.label(), t.source().label(), String.format(java.util.Locale.ROOT, "%.2f", t.score()),
                t.mentions(), t.firstSentence());
    }

    public static List<Object> forecast(String docId, Forecast f) {
        return List.of(docId, f.sentence(), f.begin(), f.end(), f.text(), f.gist(), f.certainty().label(),
                f.polarity().label(), Cells.list(f.cues()), f.predictor(), Cells.list(f.actors()),
                Cells.list(f.topics()), f.horizon(), f.horizonText());
    }

    public static List<Object> error(String docId, String stage, String error, String message) {
        return List.of(docId, stage, error, message);
    }
}
