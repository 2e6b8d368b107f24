package org.augur.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.augur.forecast.ForecastModel;
import org.augur.nlp.CoreNlpModels;
import org.augur.nlp.ModelException;
import org.augur.nlp.Models;
import org.augur.pipeline.Pipeline;
import org.augur.topic.Taxonomy;

/**
 * What an executor needs to build the same pipeline as the driver's {@code augur extract} would: the
 * models.txt entries (classpath resources inside the job's jar, or files every node has), the topic
 * taxonomy's rows when {@code --topics} replaced the built-in one, and the article size limit. Sent to
 * the tasks instead of the pipeline, which is never serialised.
 */
record PipelineSpec(String modelsName, Map<String, String> models, List<List<String>> taxonomy, long maxBytes)
        implements Serializable {
    /** The models.txt key that names the trained forecast model (as in {@code augur extract}). */
    static final String FORECAST_MODEL = "forecast.model";
    /** The models.txt key that names the sentence encoder's weights (as in {@code augur extract}). */
    static final String FORECAST_ENCODER = "forecast.encoder";

    PipelineSpec {
        models = Map.copyOf(models);
        taxonomy = taxonomy == null ? null : taxonomy.stream().map(List::copyOf).toList();
    }

    Models declared() {
        return new Models(Path.of(modelsName), models);
    }

    /** Loads the models (tens of seconds) and builds the pipeline. */
    Pipeline build() throws ModelException, IOException {
        Models declared = declared();
        Optional<ForecastModel> forecastModel = models.containsKey(FORECAST_MODEL)
                ? Optional.of(ForecastModel.load(models.get(FORECAST_MODEL), models.get(FORECAST_ENCODER)))
                : Optional.empty();
        Taxonomy topics = taxonomy == null ? Taxonomy.standard()
                : new Taxonomy(taxonomy.stream().map(r -> r.toArray(String[]::new)).toList());
        CoreNlpModels loaded = CoreNlpModels.load(declared);
        if (forecastModel.isPresent()) {
            forecastModel.get().loadEncoder();
        }
        return Pipeline.standard(loaded.annotator(), loaded.timeTagger(), topics, forecastModel);
    }
}
