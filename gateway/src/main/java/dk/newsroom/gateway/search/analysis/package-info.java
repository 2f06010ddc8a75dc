/**
 * Danish text analysis for the gateway's full-text search: the Lucene analyzers that turn
 * Danish news text and queries into terms (folded spellings, compound parts, stems). See
 * {@code docs/search.md}, "Danish analysis".
 */
@NullMarked
package dk.newsroom.gateway.search.analysis;

import org.jspecify.annotations.NullMarked;
