/**
 * The report: a finished run's tables (documents, actors, topics, forecasts, errors and manifest.json, as
 * {@code augur extract -o DIR} wrote them, CSV or TSV, with or without BOM or header) in, one
 * self-contained {@code report.html} out. The charts are SVG drawn here; the forecasts table, its filters
 * and the article pages are drawn in the browser by a small inlined script from the run's data, embedded
 * as JSON. The page makes no network request (a Content-Security-Policy forbids it), and every text from
 * the articles is escaped here or set as text by the script, never parsed as HTML.
 */
package org.augur.report;
