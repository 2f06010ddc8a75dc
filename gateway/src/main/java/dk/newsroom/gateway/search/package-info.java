/**
 * Danish full-text search over the feed's content (issue 17, {@code docs/search.md}): the
 * index kept from the content topics ({@code index}), the Danish analysis
 * ({@code analysis}), queries ({@code query}), the API ({@code api}); this package wires
 * them.
 */
@NullMarked
package dk.newsroom.gateway.search;

import org.jspecify.annotations.NullMarked;
