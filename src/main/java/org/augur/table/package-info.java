/**
 * The output tables: their columns, how records become rows, and how rows reach disk (RFC 4180 or
 * TSV, formula-guarded cells, written to a temporary file and moved into place).
 */
package org.augur.table;
