/**
 * The forecast decision: which sentences of an article claim something about the future, how certain,
 * which polarity, the cues that decided them and who predicts. Consumes an {@link
 * org.augur.nlp.AnnotatedDoc}, its actors and its {@link org.augur.attribution.Discourse} (who speaks
 * each sentence); produces {@link org.augur.forecast.Decisions} on the first annotation and, once the
 * kept sentences are parsed, one {@link org.augur.forecast.Forecast} per kept sentence (its gist from
 * {@link org.augur.event.Gist}; the horizon is added after, by {@link org.augur.event.Horizons}).
 * <ul>
 *   <li>{@link org.augur.forecast.RuleForecastFinder}: candidates (a trigger cue, not a question) and
 *       their drafts; {@link org.augur.forecast.ModelForecastFinder}: the trained model's decision over
 *       the same candidates ({@code ForecastFeatures}, {@code ForecastModel}, {@code ForecastTraining}),
 *       which also reads the fine-tuned sentence encoder's probability of each candidate
 *       ({@link org.augur.encoder.SentenceEncoder}, run only where it can change the outcome).</li>
 *   <li>Whether a trigger predicts: {@code Triggers}; why it does not, one class per family of veto,
 *       ordered by {@code Vetoes} ({@code Conditions}, {@code Refusals}, {@code Roles},
 *       {@code Obligations}, {@code Judgements}, {@code Wishes}, {@code Provisions}, {@code Habits},
 *       {@code PastReadings}).</li>
 *   <li>How certain and which polarity: {@code Certainties}, {@code Negations}.</li>
 * </ul>
 */
package org.augur.forecast;
