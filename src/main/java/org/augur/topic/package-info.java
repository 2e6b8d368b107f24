/**
 * Topics: taxonomy topics (canonical labels signalled by lemmatised phrases) and keyphrases (the
 * article's recurring noun phrases), per article and per sentence.
 */
package org.augur.topic;
