/**
 * {@code GET /api/feed/stream}: the feed's visibility changes as Server-Sent Events,
 * resumable from a bounded in-memory log, with a bounded buffer per client. The same log
 * keeps the changes journal that {@code feed.changes} serves as {@code GET /api/changes}.
 */
@NullMarked
package dk.newsroom.gateway.feed.stream;

import org.jspecify.annotations.NullMarked;
