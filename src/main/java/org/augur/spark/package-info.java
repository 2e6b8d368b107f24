/**
 * Augur as an Apache Spark job: the CLI's corpus conventions, reader, CoreNLP adapter and extractors run
 * inside Spark tasks and write the same five tables. {@link org.augur.spark.SparkExtract} is the
 * {@code spark-submit} entry point; {@link org.augur.spark.SparkCorpus} lists a corpus on any Hadoop file
 * system; {@link org.augur.spark.ExecutorPipeline} holds one pipeline per executor JVM;
 * {@link org.augur.spark.SparkNames} is the run-wide canonical names pass as Spark joins. Spark itself is
 * a provided dependency: nothing outside this package uses it, and the CLI runs without it.
 */
package org.augur.spark;
