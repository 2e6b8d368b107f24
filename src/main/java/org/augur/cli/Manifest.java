package org.augur.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.augur.nlp.Models;
import org.augur.pipeline.RunOptions;
import org.augur.pipeline.RunSummary;
import org.augur.table.AtomicFiles;

/** manifest.json: what ran, with which models and options, what it found and how long it took. */
final class Manifest {
    private Manifest() {
    }

    static void write(Path file, Models models, RunOptions options, RunSummary s, boolean modelsLoaded,
                      double loadSeconds) throws IOException {
        String[] version = new Main.Version().getVersion();
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"augur\": ").append(q(version[0])).append(",\n");
        sb.append("  \"corenlp\": ").append(q(version[1])).append(",\n");
        sb.append("  \"models_file\": ").append(q(models.source().toString())).append(",\n");
        sb.append("  \"models\": {");
        boolean first = true;
        for (Map.Entry<String, String> e : models.entries().entrySet()) {
            sb.append(first ? "\n" : ",\n").append("    ").append(q(e.getKey())).append(": ").append(q(e.getValue()));
            first = false;
        }
        sb.append("\n  },\n");
        sb.append("  \"options\": {\"inputs\": [");
        for (int i = 0; i < options.inputs().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(q(options.inputs().get(i)));
        }
        sb.append("], \"format\": ").append(q(options.format().extension())).append(", \"threads\": ")
                .append(options.threads()).append(", \"bom\": ").append(options.bom()).append(", \"header\": ")
                .append(options.header()).append(", \"max_bytes\": ").append(options.maxBytes())
                .append(", \"encoding\": ").append(q(options.decoding().charset().name()))
                .append(", \"bad_bytes\": ").append(q(options.decoding().badBytes().label())).append("},\n");
        sb.append("  \"models_loaded\": ").append(modelsLoaded).append(",\n");
        sb.append("  \"counts\": {\"articles\": ").append(s.articles()).append(", \"failed\": ").append(s.failed())
                .append(", \"cached\": ").append(s.cached()).append(", \"replaced\": ").append(s.replaced())
                .append(", \"tokens\": ").append(s.tokens()).append(", \"actors\": ").append(s.actors())
                .append(", \"topics\": ").append(s.topics()).append(", \"forecasts\": ").append(s.forecasts())
                .append(", \"untokenizable\": ").append(s.untokenizable()).append("},\n");
        // by article only where there were any: a clean corpus of any size adds an empty object
        sb.append("  \"untokenizable_by_article\": {");
        first = true;
        for (Map.Entry<String, Long> e : s.untokenizableByArticle().entrySet()) {
            sb.append(first ? "\n" : ",\n").append("    ").append(q(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        sb.append(first ? "},\n" : "\n  },\n");
        sb.append(String.format(Locale.ROOT, "  \"timings\": {\"load_seconds\": %.3f, \"run_seconds\": %.3f}%n",
                loadSeconds, s.seconds()));
        sb.append("}\n");
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, sb.toString(), StandardCharsets.UTF_8);
        AtomicFiles.moveIntoPlace(temp, file);
    }

    static String q(String s) {
        return org.augur.report.JsonText.quote(s);
    }
}
