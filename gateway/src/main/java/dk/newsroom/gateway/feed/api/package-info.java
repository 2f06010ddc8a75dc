/**
 * {@code GET /api/feed}: the JSON page, its links, its caching and the links to older
 * items.
 */
@NullMarked
package dk.newsroom.gateway.feed.api;

import org.jspecify.annotations.NullMarked;
