package org.augur.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.augur.actor.ActorType;
import org.augur.actor.RunNames;
import org.augur.table.Cells;
import org.augur.table.Table;
import org.augur.table.TableRewriter;

/**
 * The run-level pass over finished tables that gives each person one canonical name across the run
 * ({@link RunNames}): actors.csv's actor column and forecasts.csv's actors and predictor columns. A
 * short name is left alone in an article that already has an actor under the full name.
 */
public final class CanonicalNames {
    private static final int DOC = 0;
    private static final int ACTOR = 1;
    private static final int TYPE = 2;
    private static final int PREDICTOR = Table.FORECASTS.columns().indexOf("predictor");
    private static final int ACTORS = Table.FORECASTS.columns().indexOf("actors");

    private CanonicalNames() {
    }

    /** Rewrites the tables in {@code dir}; returns how many short names were given their full name. */
    public static int apply(java.nio.file.Path dir, RunOptions o) throws IOException {
        RunNames names = new RunNames();
        Set<String> persons = new LinkedHashSet<>();
        Set<String> docNames = new HashSet<>();
        TableRewriter.read(dir, Table.ACTORS, o.format(), o.header(), row -> {
            ActorType type = ActorType.valueOf(row.get(TYPE));
            names.observe(row.get(ACTOR), type);
            if (type == ActorType.PERSON) {
                persons.add(row.get(ACTOR));
            }
            docNames.add(row.get(DOC) + "\n" + row.get(ACTOR));
        });
        Map<String, String> renames = names.renames(persons);
        if (renames.isEmpty()) {
            return 0;
        }
        TableRewriter.rewrite(dir, Table.ACTORS, o.format(), o.header(), o.bom(), row -> {
            List<String> out = new ArrayList<>(row);
            out.set(ACTOR, rename(row.get(DOC), row.get(ACTOR), renames, docNames));
            return out;
        });
        TableRewriter.rewrite(dir, Table.FORECASTS, o.format(), o.header(), o.bom(), row -> {
            List<String> out = new ArrayList<>(row);
            String doc = row.get(DOC);
            out.set(PREDICTOR, rename(doc, row.get(PREDICTOR), renames, docNames));
            List<String> actors = new ArrayList<>();
            for (String a : row.get(ACTORS).isEmpty() ? new String[0] : row.get(ACTORS).split("\\|")) {
                actors.add(rename(doc, a, renames, docNames));
            }
            out.set(ACTORS, Cells.list(actors));
            return out;
        });
        return renames.size();
    }

    private static String rename(String doc, String name, Map<String, String> renames, Set<String> docNames) {
        String full = renames.get(name);
        return full == null || docNames.contains(doc + "\n" + full) ? name : full;
    }
}
