/**
 * Search queries: the parameters of {@code /api/search} read and checked, the reader's
 * text turned into a Lucene query without a query parser, and the search itself (ranking,
 * snippets, facets, cursors). See {@code docs/search.md}.
 */
@NullMarked
package dk.newsroom.gateway.search.query;

import org.jspecify.annotations.NullMarked;
