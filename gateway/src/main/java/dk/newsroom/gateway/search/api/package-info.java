/**
 * {@code GET /api/search}: the search's HTTP API. See {@code docs/search.md}.
 */
@NullMarked
package dk.newsroom.gateway.search.api;

import org.jspecify.annotations.NullMarked;
