/**
 * {@code GET /api/changes}: the feed's changes since a token, each resource once with its
 * latest state, read from the event log's changes journal
 * ({@link dk.newsroom.gateway.feed.stream.FeedEventLog#changes}), whose positions are the
 * stream's event ids.
 */
@NullMarked
package dk.newsroom.gateway.feed.changes;

import org.jspecify.annotations.NullMarked;
