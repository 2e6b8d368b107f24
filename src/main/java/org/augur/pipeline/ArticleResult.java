package org.augur.pipeline;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.corpus.Article;
import org.augur.forecast.Forecast;
import org.augur.topic.Topic;

/** Everything Augur extracted from one article. */
public record ArticleResult(Article article, int sentences, int tokens, List<Actor> actors, List<Topic> topics,
                            List<Forecast> forecasts) {
    public ArticleResult {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        forecasts = List.copyOf(forecasts);
    }
}
