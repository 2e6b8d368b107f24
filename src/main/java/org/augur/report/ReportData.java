package org.augur.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run's rows as the report's script reads them: one JSON object, names stored once and referred to
 * by number. It holds only what the tables hold (no timings), so the same tables always give the same
 * text; {@code ReportDataTest} keeps it against a golden file.
 *
 * <pre>
 * docs        [doc_id, title, date, status, sentences, tokens]
 * predictors, actors, topics   names; forecasts and per-article rows refer to them by index
 * forecasts   [doc, sentence, text, gist, certainty, polarity, cues, predictor (-1: none), [actor], [topic],
 *              horizon, horizon_text, horizon key (2019 or 2019-05, "" undated), [[cue begin, end]]]
 * docActors   [doc, actor, type, mentions]      docTopics [doc, topic, source, score]
 * errors      [doc, stage, error, message]
 * </pre>
 */
final class ReportData {
    private final Map<String, Integer> docs = new LinkedHashMap<>();
    private final Names predictors = new Names();
    private final Names actors = new Names();
    private final Names topics = new Names();

    private ReportData() {
    }

    static String json(RunTables run) {
        return new ReportData().write(run);
    }

    private String write(RunTables run) {
        Map<String, RunTables.Document> byId = new HashMap<>();
        for (RunTables.Document d : run.documents()) {
            docs.putIfAbsent(d.docId(), docs.size());
            byId.putIfAbsent(d.docId(), d);
        }
        StringBuilder f = new StringBuilder();
        JsonText fj = new JsonText(f);
        for (RunTables.ForecastRow r : run.forecasts()) {
            f.append(f.isEmpty() ? "\n[" : ",\n[");
            fj.number(doc(r.docId())).comma().number(r.sentence()).comma().string(r.text()).comma().string(r.gist()).comma()
                    .string(r.certainty()).comma().string(r.polarity()).comma();
            strings(fj, r.cues());
            fj.comma().number(r.predictor().isEmpty() ? -1 : predictors.index(r.predictor())).comma();
            indexes(fj, actors, r.actors());
            fj.comma();
            indexes(fj, topics, r.topics());
            fj.comma().string(r.horizon()).comma().string(r.horizonText()).comma()
                    .string(Horizon.of(r.horizon()).map(Horizon::key).orElse("")).comma().raw("[");
            List<int[]> marks = CueMarks.find(r.text(), r.cues());
            for (int i = 0; i < marks.size(); i++) {
                f.append(i > 0 ? "," : "").append('[').append(marks.get(i)[0]).append(',').append(marks.get(i)[1]).append(']');
            }
            f.append("]]");
        }
        StringBuilder a = new StringBuilder();
        for (RunTables.ActorRow r : run.actors()) {
            a.append(a.isEmpty() ? "\n[" : ",\n[");
            new JsonText(a).number(doc(r.docId())).comma().number(actors.index(r.actor())).comma().string(r.type()).comma()
                    .number(r.mentions());
            a.append(']');
        }
        StringBuilder t = new StringBuilder();
        for (RunTables.TopicRow r : run.topics()) {
            t.append(t.isEmpty() ? "\n[" : ",\n[");
            new JsonText(t).number(doc(r.docId())).comma().number(topics.index(r.topic())).comma().string(r.source()).comma()
                    .string(r.score());
            t.append(']');
        }
        StringBuilder e = new StringBuilder();
        for (RunTables.ErrorRow r : run.errors()) {
            e.append(e.isEmpty() ? "\n[" : ",\n[");
            new JsonText(e).number(doc(r.docId())).comma().string(r.stage()).comma().string(r.error()).comma()
                    .string(r.message());
            e.append(']');
        }
        StringBuilder out = new StringBuilder("{\"docs\":[");
        JsonText j = new JsonText(out);
        boolean first = true;
        for (Map.Entry<String, Integer> d : docs.entrySet()) {
            Optional<RunTables.Document> row = Optional.ofNullable(byId.get(d.getKey()));
            out.append(first ? "\n[" : ",\n[");
            first = false;
            j.string(d.getKey()).comma().string(row.map(RunTables.Document::title).orElse("")).comma()
                    .string(row.map(RunTables.Document::date).orElse("")).comma()
                    .string(row.map(RunTables.Document::status).orElse("")).comma()
                    .number(row.map(RunTables.Document::sentences).orElse(0)).comma()
                    .number(row.map(RunTables.Document::tokens).orElse(0));
            out.append(']');
        }
        out.append("],\n\"predictors\":");
        strings(j, predictors.list);
        out.append(",\n\"actors\":");
        strings(j, actors.list);
        out.append(",\n\"topics\":");
        strings(j, topics.list);
        out.append(",\n\"forecasts\":[").append(f).append("],\n\"docActors\":[").append(a).append("],\n\"docTopics\":[")
                .append(t).append("],\n\"errors\":[").append(e).append("]}\n");
        return out.toString();
    }

    /** The index of an article; one named only in another table (hand-made tables) is added. */
    private int doc(String docId) {
        return docs.computeIfAbsent(docId, k -> docs.size());
    }

    private static void strings(JsonText j, List<String> values) {
        j.raw("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                j.comma();
            }
            j.string(values.get(i));
        }
        j.raw("]");
    }

    private static void indexes(JsonText j, Names names, List<String> values) {
        j.raw("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                j.comma();
            }
            j.number(names.index(values.get(i)));
        }
        j.raw("]");
    }

    /** Names in order of first use, each with its index. */
    private static final class Names {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int index(String name) {
            return index.computeIfAbsent(name, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }
}
