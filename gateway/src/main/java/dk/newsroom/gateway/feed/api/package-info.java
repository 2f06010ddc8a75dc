/**
 * {@code GET /api/feed} and {@code GET /api/changes}: the JSON page, its links and
 * caching, and the changes since a token.
 */
@NullMarked
package dk.newsroom.gateway.feed.api;

import org.jspecify.annotations.NullMarked;
