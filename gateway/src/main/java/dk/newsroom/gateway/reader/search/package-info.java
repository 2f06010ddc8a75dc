/**
 * The reader site's search page ({@code /soeg}): the gateway's Danish full-text search
 * ({@code dk.newsroom.gateway.search}) rendered as a Danish HTML page, with facets,
 * sorting and paging as plain links, readable without JavaScript.
 */
@NullMarked
package dk.newsroom.gateway.reader.search;

import org.jspecify.annotations.NullMarked;
