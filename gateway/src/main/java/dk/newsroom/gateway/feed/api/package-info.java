/**
 * {@code GET /api/feed}: request parsing, opaque cursors, the JSON page and RFC 9457
 * problems.
 */
@NullMarked
package dk.newsroom.gateway.feed.api;

import org.jspecify.annotations.NullMarked;
