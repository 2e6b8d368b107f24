/**
 * Reading a corpus: folders, single files or path lists become {@link org.augur.corpus.Article}s,
 * with metadata.csv applied and the title taken from the first line where the corpus conventions say so.
 */
package org.augur.corpus;
