/**
 * Reads the content topics from the beginning into the feed projection and reports when
 * it has caught up.
 */
@NullMarked
package dk.newsroom.gateway.feed.ingest;

import org.jspecify.annotations.NullMarked;
