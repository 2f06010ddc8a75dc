/**
 * {@code GET /api/feed/stream}: the feed's visibility changes as Server-Sent Events,
 * resumable from a bounded in-memory log, with a bounded buffer per client.
 */
@NullMarked
package dk.newsroom.gateway.feed.stream;

import org.jspecify.annotations.NullMarked;
