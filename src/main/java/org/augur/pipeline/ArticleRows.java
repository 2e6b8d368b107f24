package org.augur.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.augur.actor.Actor;
import org.augur.forecast.Forecast;
import org.augur.table.Rows;
import org.augur.table.Table;
import org.augur.topic.Topic;

/**
 * One article's rows in every table, as they are written: what a run writes for an article and what
 * the result cache stores and replays, so that a cached article gives the very same table bytes. Beside
 * them, the counts a run sums that are in no table: tokens, and characters no token holds.
 */
public record ArticleRows(Map<Table, List<List<Object>>> rows, long tokens, long untokenizable) {
    /** documents.csv's status of an article read with bad bytes as U+FFFD ({@code --bad-bytes replace}). */
    public static final String REPLACED = "replaced";

    public ArticleRows {
        rows = Map.copyOf(rows);
    }

    /** Rows without untokenizable characters (as a failed article has). */
    public ArticleRows(Map<Table, List<List<Object>>> rows, long tokens) {
        this(rows, tokens, 0);
    }

    /** The rows of an article Augur has just processed. */
    public static ArticleRows of(ArticleResult r) {
        String id = r.article().docId();
        List<List<Object>> actors = new ArrayList<>();
        for (Actor a : r.actors()) {
            actors.add(Rows.actor(id, a));
        }
        List<List<Object>> topics = new ArrayList<>();
        for (Topic t : r.topics()) {
            topics.add(Rows.topic(id, t));
        }
        List<List<Object>> forecasts = new ArrayList<>();
        for (Forecast f : r.forecasts()) {
            forecasts.add(Rows.forecast(id, f));
        }
        List<Object> doc = List.of(id, r.article().title().orElse(""),
                r.article().metadata().date().map(Object::toString).orElse(""), r.sentences(), r.tokens(),
                r.actors().size(), r.forecasts().size(), r.article().replaced().isPresent() ? REPLACED : "ok");
        return new ArticleRows(Map.of(Table.DOCUMENTS, List.of(doc), Table.ACTORS, actors, Table.TOPICS, topics,
                Table.FORECASTS, forecasts), r.tokens(), r.untokenizable());
    }

    /** The rows of one table (none for a table this article has no rows in). */
    public List<List<Object>> of(Table table) {
        return rows.getOrDefault(table, List.of());
    }
}
