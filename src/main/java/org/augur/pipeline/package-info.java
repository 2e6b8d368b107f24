/**
 * Composition: {@link org.augur.pipeline.Pipeline} runs the stages on one article;
 * {@link org.augur.pipeline.Run} drives a whole corpus through it on worker threads and streams the
 * tables to disk in doc_id order.
 */
package org.augur.pipeline;
